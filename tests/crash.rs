//! Crash safety: kill -9 the batch at random moments, restart, and check that
//! every input ends with exactly one complete record (by content hash), that no
//! input is lost and that no record is truncated.
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn sha256_hex(bytes: &[u8]) -> Result<String, Box<dyn std::error::Error>> {
    // The record's own hash field is checked against the input; sha256sum is
    // on every Linux machine, so the test needs no hashing crate of its own.
    let out = Command::new("sha256sum").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().and_then(|mut child| {
        use std::io::Write;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(bytes)?;
        }
        child.wait_with_output()
    })?;
    Ok(String::from_utf8(out.stdout)?.split_whitespace().next().unwrap_or_default().to_string())
}

fn command(inbox: &Path, outbox: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsflow"));
    cmd.arg("batch")
        .arg("--config")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pipeline.toml"))
        .arg("--inbox")
        .arg(inbox)
        .arg("--outbox")
        .arg(outbox)
        .env("NEWSFLOW__INBOX__ON_SUCCESS", "move")
        .env("NEWSFLOW_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

#[test]
fn kill_9_at_random_moments_then_restart_gives_exactly_one_record_per_input() -> TestResult {
    let dir = tempfile::tempdir()?;
    let (inbox, outbox) = (dir.path().join("in"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox)?;
    let seeds: Vec<String> = std::fs::read_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("inbox"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(std::fs::read_to_string)
        .collect::<Result<_, _>>()?;
    let mut expected: HashMap<String, String> = HashMap::new();
    for i in 0..2000 {
        let text = format!("{}\n\nClosing line {i}, unique to this copy.\n", seeds[i % seeds.len()]);
        expected.insert(sha256_hex(text.as_bytes())?, format!("a{i:04}"));
        std::fs::write(inbox.join(format!("a{i:04}.txt")), text)?;
    }
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..5 {
        let mut child = command(&inbox, &outbox).spawn()?;
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(150 + seed % 900));
        child.kill()?; // SIGKILL
        child.wait()?;
    }
    let status = command(&inbox, &outbox).status()?;
    assert_eq!(status.code(), Some(0));

    assert_eq!(std::fs::read_dir(&inbox)?.count(), 0, "every input left the inbox");
    let mut seen: HashMap<String, String> = HashMap::new();
    for entry in std::fs::read_dir(&outbox)? {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if path.is_dir() {
            continue;
        }
        assert!(name.ends_with(".json"), "stray file in the outbox: {name}");
        let record: serde_json::Value = serde_json::from_slice(&std::fs::read(&path)?).map_err(|e| format!("{name} is not a complete record: {e}"))?;
        let sha = record["source"]["sha256"].as_str().unwrap_or_default().to_string();
        let id = record["id"].as_str().unwrap_or_default().to_string();
        assert_eq!(expected.get(&sha), Some(&id), "{name}: record of an unknown input or under the wrong id");
        assert!(seen.insert(sha, id).is_none(), "{name}: a second record of the same input");
    }
    assert_eq!(seen.len(), expected.len(), "exactly one record per input");
    let processed = std::fs::read_dir(outbox.join(".newsflow/processed"))?.count();
    assert_eq!(processed, 2000, "every input was moved to processed/, once");
    Ok(())
}
