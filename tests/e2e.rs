//! End-to-end runs of the real `newsflow` binary on the seed articles shipped in
//! `inbox/` and on small fixtures written here.
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsflow() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsflow"));
    cmd.arg("--log-format").arg("human");
    cmd.env("NEWSFLOW_LOG", "warn");
    cmd
}

/// A temp dir with an inbox holding the five seeds and an empty outbox.
fn workspace() -> Result<(tempfile::TempDir, PathBuf, PathBuf), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let inbox = dir.path().join("inbox");
    let outbox = dir.path().join("outbox");
    std::fs::create_dir_all(&inbox)?;
    for entry in std::fs::read_dir(repo().join("inbox"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, inbox.join(path.file_name().unwrap_or_default()))?;
        }
    }
    Ok((dir, inbox, outbox))
}

fn batch(inbox: &Path, outbox: &Path, env: &[(&str, &str)]) -> std::io::Result<Output> {
    let mut cmd = newsflow();
    cmd.arg("batch").arg("--config").arg(repo().join("pipeline.toml")).arg("--inbox").arg(inbox).arg("--outbox").arg(outbox);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output()
}

fn records(outbox: &Path) -> Result<Vec<serde_json::Value>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(outbox)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            out.push(serde_json::from_slice(&std::fs::read(&path)?)?);
        }
    }
    out.sort_by_key(|r: &serde_json::Value| r["id"].as_str().unwrap_or_default().to_string());
    Ok(out)
}

fn wait_for(mut check: impl FnMut() -> bool, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    check()
}

#[test]
fn batch_over_the_seeds_writes_one_complete_record_each() -> TestResult {
    let (_dir, inbox, outbox) = workspace()?;
    let out = batch(&inbox, &outbox, &[])?;
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&outbox)?;
    assert_eq!(recs.len(), 5);
    for r in &recs {
        for key in ["id", "source", "title", "published", "outlet", "body", "removed", "entities", "quotes", "stance", "language", "word_count", "pipeline"] {
            assert!(r.get(key).is_some(), "{key} missing in {}", r["id"]);
        }
        assert!(r["body"].as_array().is_some_and(|b| b.len() >= 5), "{}", r["id"]);
        assert_eq!(r["source"]["sha256"].as_str().map(str::len), Some(64));
        assert!(r["stance"]["label"].is_string());
    }
    let by_id = |prefix: &str| recs.iter().find(|r| r["id"].as_str().is_some_and(|i| i.starts_with(prefix))).cloned().unwrap_or_default();
    assert_eq!(by_id("004")["published"], "2020-11-23T14:17:00");
    // The fields say where they came from.
    assert_eq!(by_id("004")["published_source"], "date_line \"November 23, 2020 at 2:17 pm\"");
    assert_eq!(by_id("004")["title_source"], "headline line");
    assert_eq!(by_id("001")["outlet"]["name"], "Asbarez");
    assert!(by_id("002")["removed"].as_array().is_some_and(|r| r.iter().any(|x| x["kind"] == "advertisement")));
    // Reported speech is a quote too: "Pashinyan said that they were ready to begin work on …".
    let reported = |r: &serde_json::Value| r["quotes"].as_array().cloned().unwrap_or_default().into_iter().filter(|q| q["kind"] == "reported").collect::<Vec<_>>();
    assert!(reported(&by_id("002")).iter().any(|q| q["speaker"] == "Nikol Pashinyan" && q["text"].as_str().is_some_and(|t| t.starts_with("they were ready to begin work"))), "{}", by_id("002")["quotes"]);
    let first_direct = by_id("000")["quotes"].as_array().and_then(|q| q.iter().find(|q| q["kind"] == "direct").cloned()).unwrap_or_default();
    assert_eq!(first_direct["speaker"], "Vladimir Putin", "{}", by_id("000")["quotes"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("processed 5") && stderr.contains("docs/s"), "{stderr}");
    Ok(())
}

#[test]
fn rerunning_batch_and_duplicate_content_add_no_records() -> TestResult {
    let (_dir, inbox, outbox) = workspace()?;
    assert_eq!(batch(&inbox, &outbox, &[])?.status.code(), Some(0));
    let first: Vec<String> = records(&outbox)?.iter().map(|r| r.to_string()).collect();
    std::fs::copy(inbox.join("003_97a05f0624988ff8.txt"), inbox.join("copy of 003.txt"))?;
    let again = batch(&inbox, &outbox, &[])?;
    assert_eq!(again.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("processed 0") && stderr.contains("duplicates 6"), "{stderr}");
    let second: Vec<String> = records(&outbox)?.iter().map(|r| r.to_string()).collect();
    assert_eq!(first, second, "records are neither duplicated nor rewritten");
    Ok(())
}

#[test]
fn undecodable_and_binary_inputs_are_quarantined_with_a_reason() -> TestResult {
    let (dir, inbox, outbox) = workspace()?;
    std::fs::write(inbox.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10")?;
    std::fs::write(inbox.join("empty.txt"), b"")?;
    let out = batch(&inbox, &outbox, &[("NEWSFLOW__INBOX__ON_SUCCESS", "move")])?;
    assert_eq!(out.status.code(), Some(3), "quarantine has its own exit code: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(records(&outbox)?.len(), 5, "the other inputs are processed");
    let quarantine = outbox.join(".newsflow/quarantine");
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(quarantine.join("image.txt.error.json"))?)?;
    assert_eq!(report["stage"], "clean");
    assert!(report["error"].as_str().is_some_and(|e| e.contains("PNG")), "{report}");
    assert!(quarantine.join("image.txt").exists() && quarantine.join("empty.txt").exists());
    assert!(!inbox.join("image.txt").exists());
    assert!(outbox.join(".newsflow/processed/000_89b538ea9f42608b.txt").exists(), "moved only after its record");
    drop(dir);
    Ok(())
}

struct Daemon(Child);

impl Daemon {
    fn start(inbox: &Path, outbox: &Path, env: &[(&str, &str)]) -> std::io::Result<Self> {
        let mut cmd = newsflow();
        cmd.arg("run").arg("--config").arg(repo().join("pipeline.toml")).arg("--inbox").arg(inbox).arg("--outbox").arg(outbox);
        cmd.stdout(Stdio::null()).stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.spawn().map(Daemon)
    }

    fn terminate(&mut self) -> Result<Option<i32>, Box<dyn std::error::Error>> {
        Command::new("kill").arg("-TERM").arg(self.0.id().to_string()).status()?;
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Some(status) = self.0.try_wait()? {
                return Ok(status.code());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(None)
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn daemon_takes_a_renamed_file_and_drains_on_sigterm() -> TestResult {
    let dir = tempfile::tempdir()?;
    let (inbox, outbox) = (dir.path().join("in"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox)?;
    let mut daemon = Daemon::start(&inbox, &outbox, &[("NEWSFLOW__INBOX__ON_SUCCESS", "move")])?;
    std::thread::sleep(Duration::from_millis(500));
    let seed = std::fs::read(repo().join("inbox/002_532e919b6eb4de28.txt"))?;
    std::fs::write(inbox.join(".wire.txt.tmp"), &seed)?;
    std::fs::rename(inbox.join(".wire.txt.tmp"), inbox.join("wire.txt"))?;
    assert!(wait_for(|| outbox.join("wire.json").exists(), Duration::from_secs(15)), "record of a renamed-in file");
    // Many more files, then SIGTERM while they are in flight.
    for i in 0..30 {
        let mut text = seed.clone();
        text.extend(format!("\nUnique closing paragraph number {i} of this copy, so that its content differs.\n").as_bytes());
        std::fs::write(inbox.join(format!(".n{i}.tmp")), &text)?;
        std::fs::rename(inbox.join(format!(".n{i}.tmp")), inbox.join(format!("n{i}.txt")))?;
    }
    assert!(wait_for(|| outbox.join("n0.json").exists(), Duration::from_secs(15)));
    assert_eq!(daemon.terminate()?, Some(0), "SIGTERM drains and exits 0");
    for i in 0..30 {
        let taken = !inbox.join(format!("n{i}.txt")).exists();
        assert_eq!(taken, outbox.join(format!("n{i}.json")).exists(), "n{i}: an input leaves the inbox only with its record");
    }
    Ok(())
}

#[test]
fn daemon_does_not_take_a_file_still_being_written() -> TestResult {
    let dir = tempfile::tempdir()?;
    let (inbox, outbox) = (dir.path().join("in"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox)?;
    let _daemon = Daemon::start(&inbox, &outbox, &[("NEWSFLOW__INBOX__MIN_AGE_MS", "1500")])?;
    let seed = String::from_utf8(std::fs::read(repo().join("inbox/000_89b538ea9f42608b.txt"))?)?;
    let paragraphs: Vec<&str> = seed.lines().collect();
    let path = inbox.join("slow.txt");
    let mut file = std::fs::File::create(&path)?;
    for p in &paragraphs {
        use std::io::Write;
        writeln!(file, "{p}")?;
        file.flush()?;
        std::thread::sleep(Duration::from_millis(300));
        assert!(!outbox.join("slow.json").exists(), "taken while still being written");
    }
    drop(file);
    assert!(wait_for(|| outbox.join("slow.json").exists(), Duration::from_secs(15)));
    let record: serde_json::Value = serde_json::from_slice(&std::fs::read(outbox.join("slow.json"))?)?;
    let last = paragraphs.last().copied().unwrap_or_default();
    assert!(record["body"].as_array().is_some_and(|b| b.iter().any(|p| p == last)), "the record holds the whole file");
    Ok(())
}

#[test]
fn validate_names_stage_and_key_and_explain_shows_each_stage() -> TestResult {
    let dir = tempfile::tempdir()?;
    let config = dir.path().join("bad.toml");
    std::fs::write(&config, "[[stage]]\nkind = \"clean\"\nname = \"decode\"\nrepair_mojibak = true\n")?;
    let out = newsflow().arg("validate").arg("--config").arg(&config).output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("decode") && stderr.contains("repair_mojibak"), "{stderr}");
    std::fs::write(&config, "[[stage]]\nkind = \"nope\"\n")?;
    let out = newsflow().arg("validate").arg("--config").arg(&config).output()?;
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown kind `nope`"));

    let out = newsflow().arg("explain").arg(repo().join("inbox/004_56512247764a868a.txt")).arg("--config").arg(repo().join("pipeline.toml")).output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for needle in ["== clean", "== boilerplate", "removed (RelatedLinks", "== extract", "evidence", "== emit [skipped"] {
        assert!(stdout.contains(needle), "{needle} in:\n{stdout}");
    }
    let out = newsflow().arg("stages").output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    for kind in ["clean", "boilerplate", "extract", "stance", "emit"] {
        assert!(stdout.contains(kind));
    }
    Ok(())
}
