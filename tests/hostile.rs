//! Hostile and broken inputs: each is processed, quarantined with a reason,
//! skipped with a reason or (hidden/temp names) left alone — never lost, never
//! a crash — and the other inputs are unaffected. Then `replay` after a config fix.
use std::path::{Path, PathBuf};
use std::process::Command;

type TestResult = Result<(), Box<dyn std::error::Error>>;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Fate {
    Record,
    Quarantined,
    Duplicate,
    LeftAlone,
}

fn prose(n: usize) -> String {
    "The delegations met in the capital on Monday and agreed to continue the talks next week, officials said. ".repeat(n)
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend(if big_endian { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
    }
    for unit in text.encode_utf16() {
        out.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    out
}

fn corpus() -> Vec<(String, Vec<u8>, Fate)> {
    let body = prose(4);
    let text = |s: &str| s.as_bytes().to_vec();
    let mut random = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..4096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        random.push((x >> 16) as u8);
    }
    vec![
        ("empty.txt".into(), vec![], Fate::Quarantined),
        ("image.txt".into(), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec(), Fate::Quarantined),
        ("archive.txt".into(), b"PK\x03\x04\x14\0\0\0\x08\0".to_vec(), Fate::Quarantined),
        ("program.txt".into(), b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec(), Fate::Quarantined),
        ("document.txt".into(), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(), Fate::Quarantined),
        ("compressed.txt".into(), b"\x1f\x8b\x08\0\0\0\0\0\0\x03".to_vec(), Fate::Quarantined),
        ("random.txt".into(), random, Fate::Quarantined),
        ("nuls.txt".into(), [b"Title\n\n".as_slice(), &[0u8; 64], body.as_bytes()].concat(), Fate::Quarantined),
        ("whitespace.txt".into(), text("   \n\n\t\r\n   "), Fate::Quarantined),
        ("no-text.html".into(), text("<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>"), Fate::Quarantined),
        ("bomb-deep.html".into(), format!("<html><body>{}x</body></html>", "<div>".repeat(100_000)).into_bytes(), Fate::Quarantined),
        ("too-large.txt".into(), prose(70_000).into_bytes(), Fate::Quarantined),
        ("invalid-utf8.txt".into(), [b"Headline here\n\n".as_slice(), body.as_bytes(), b"\xff\xfe\xc3 end."].concat(), Fate::Record),
        ("utf16le-nobom.txt".into(), utf16(&format!("Headline\n\n{body}"), false, false), Fate::Record),
        ("utf16be-bom.txt".into(), utf16(&format!("Headline\n\n{body}"), true, true), Fate::Record),
        ("utf8-bom.txt".into(), [b"\xef\xbb\xbf".as_slice(), format!("Headline\n\n{body}").as_bytes()].concat(), Fate::Record),
        ("cp1252.txt".into(), [b"Caf\xe9 talks \x93resume\x94\n\n".as_slice(), body.as_bytes()].concat(), Fate::Record),
        ("mojibake.txt".into(), format!("Baku\u{e2}\u{20ac}\u{2122}s view\n\n{body}").into_bytes(), Fate::Record),
        ("crlf.txt".into(), format!("Headline\r\n\r\n{}", body.replace(". ", ".\r\n")).into_bytes(), Fate::Record),
        ("long-line.txt".into(), prose(40_000).into_bytes(), Fate::Record),
        ("entity-bomb.html".into(), format!("<html><body><p>{}</p><p>{body}</p></body></html>", "&amp;".repeat(200_000)).into_bytes(), Fate::Record),
        ("broken.html".into(), format!("<html><body><div><p>{body}<p>{body}</div></span></table><b>").into_bytes(), Fate::Record),
        ("controls.txt".into(), format!("Head\u{7}line\n\n{body}\u{1b}[31m").into_bytes(), Fate::Record),
        ("arabic.txt".into(), "عنوان الخبر\n\nاجتمع الوفدان في العاصمة يوم الاثنين واتفقا على مواصلة المحادثات الأسبوع المقبل.".as_bytes().to_vec(), Fate::Record),
        ("emoji.txt".into(), format!("🚀 Launch 🚀\n\n{body} 🎉🎉🎉").into_bytes(), Fate::Record),
        ("json.txt".into(), format!("{{\"title\": \"x\", \"text\": \"{body}\"}}").into_bytes(), Fate::Record),
        ("name with spaces.txt".into(), format!("Spaces\n\n{body} one").into_bytes(), Fate::Record),
        ("new\nline.txt".into(), format!("Newline\n\n{body} two").into_bytes(), Fate::Record),
        ("ünïcødé-名前.txt".into(), format!("Unicode\n\n{body} three").into_bytes(), Fate::Record),
        ("-dash-start.txt".into(), format!("Dash\n\n{body} four").into_bytes(), Fate::Record),
        ("dup-a.txt".into(), format!("Same\n\n{body} five").into_bytes(), Fate::Record),
        ("dup-b.txt".into(), format!("Same\n\n{body} five").into_bytes(), Fate::Duplicate),
        ("a.txt".into(), format!("Same stem\n\n{body} six").into_bytes(), Fate::Record),
        ("a.html".into(), format!("<html><body><h1>Same stem</h1><p>{body} seven</p></body></html>").into_bytes(), Fate::Record),
        (".hidden.txt".into(), text("hidden"), Fate::LeftAlone),
        ("partial.txt.tmp".into(), text("being written"), Fate::LeftAlone),
        ("download.part".into(), text("being written"), Fate::LeftAlone),
        ("editor.txt~".into(), text("backup"), Fate::LeftAlone),
        ("...txt".into(), text("dots"), Fate::LeftAlone),
        ("x".repeat(200) + ".txt", format!("Long name\n\n{body} eight").into_bytes(), Fate::Record),
    ]
}

/// The shipped pipeline, taking every file name (no patterns).
fn config(dir: &Path) -> std::io::Result<PathBuf> {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(repo.join("pipeline.toml"))?;
    let text: String = text
        .lines()
        .map(|l| if l.starts_with("patterns") { "patterns = []".to_string() } else { l.replace("\"config/", &format!("\"{}/config/", repo.display())) })
        .collect::<Vec<_>>()
        .join("\n");
    let path = dir.join("pipeline.toml");
    std::fs::write(&path, text)?;
    Ok(path)
}

fn run(args: &[&str], inbox: &Path, outbox: &Path, max_bytes: &str) -> std::io::Result<std::process::Output> {
    let dir = inbox.parent().unwrap_or(inbox);
    Command::new(env!("CARGO_BIN_EXE_newsflow"))
        .args(args)
        .arg("--config")
        .arg(config(dir)?)
        .arg("--inbox")
        .arg(inbox)
        .arg("--outbox")
        .arg(outbox)
        .env("NEWSFLOW__INBOX__MAX_BYTES", max_bytes)
        .env("NEWSFLOW__INBOX__ON_SUCCESS", "move")
        .env("NEWSFLOW_LOG", "warn")
        .output()
}

#[test]
fn every_hostile_input_is_processed_quarantined_or_left_alone() -> TestResult {
    let dir = tempfile::tempdir()?;
    let (inbox, outbox) = (dir.path().join("in"), dir.path().join("out"));
    std::fs::create_dir_all(inbox.join("a-directory"))?;
    let corpus = corpus();
    assert!(corpus.len() >= 40);
    for (name, bytes, _) in &corpus {
        std::fs::write(inbox.join(name), bytes)?;
    }
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, prose(3))?;
    std::os::unix::fs::symlink(&outside, inbox.join("link-outside.txt"))?;
    std::os::unix::fs::symlink(inbox.join("loop-b.txt"), inbox.join("loop-a.txt"))?;
    std::os::unix::fs::symlink(inbox.join("loop-a.txt"), inbox.join("loop-b.txt"))?;
    let fifo = Command::new("mkfifo").arg(inbox.join("pipe.txt")).status()?.success();

    let out = run(&["batch"], &inbox, &outbox, "6000000")?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    let quarantine = outbox.join(".newsflow/quarantine");
    let processed = outbox.join(".newsflow/processed");
    let records: Vec<serde_json::Value> = std::fs::read_dir(&outbox)?
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| std::fs::read(e.path()).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default())
        .collect();
    for (name, _, fate) in &corpus {
        let recorded = records.iter().any(|r| r["source"]["path"].as_str().is_some_and(|p| p.ends_with(name.as_str())));
        let quarantined = quarantine.join(name).exists() && quarantine.join(format!("{name}.error.json")).exists();
        let left = inbox.join(name).exists();
        let moved = processed.join(name).exists();
        let got = match (recorded, quarantined, left, moved) {
            (true, false, false, true) => Fate::Record,
            (false, true, false, false) => Fate::Quarantined,
            (false, false, false, true) => Fate::Duplicate,
            (false, false, true, false) => Fate::LeftAlone,
            other => panic!("{name:?}: inconsistent state {other:?}\n{stderr}"),
        };
        assert_eq!(got, *fate, "{name:?}\n{stderr}");
    }
    for r in &records {
        let id = r["id"].as_str().unwrap_or_default();
        assert!(!id.is_empty() && !id.contains('/') && !id.starts_with('.'), "{id}");
    }
    let ids: std::collections::HashSet<&str> = records.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids.len(), records.len(), "no two inputs share a record");
    let report = std::fs::read_to_string(quarantine.join("too-large.txt.error.json"))?;
    assert!(report.contains("too large"), "{report}");
    let report = std::fs::read_to_string(quarantine.join("bomb-deep.html.error.json"))?;
    assert!(report.contains("nested deeper"), "{report}");
    for skipped in ["a-directory", "link-outside.txt", "loop-a.txt"] {
        assert!(stderr.contains(skipped), "{skipped} reported as skipped: {stderr}");
        assert!(inbox.join(skipped).symlink_metadata().is_ok(), "{skipped} left in place");
    }
    if fifo {
        assert!(stderr.contains("pipe.txt"), "{stderr}");
    }
    assert!(outside.exists(), "a link target outside the inbox is never touched");

    // After a config fix (a larger limit), replay processes the oversized input
    // and keeps its error history.
    let out = run(&["replay"], &inbox, &outbox, "50000000")?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("replaying"), "{stderr}");
    assert!(outbox.join("too-large.json").exists(), "{stderr}");
    assert!(quarantine.join("too-large.txt.error.1.json").exists());
    assert!(quarantine.join("empty.txt.error.json").exists(), "still failing inputs are quarantined again");
    Ok(())
}

/// The daemon meets the same inputs arriving one by one: it quarantines or
/// skips each bad one, keeps running, processes a good article dropped in
/// after all of them, and exits 0 on SIGTERM.
#[test]
fn the_daemon_survives_the_hostile_inputs_and_keeps_taking_files() -> TestResult {
    let dir = tempfile::tempdir()?;
    let (inbox, outbox, staging) = (dir.path().join("in"), dir.path().join("out"), dir.path().join("staging"));
    std::fs::create_dir_all(&inbox)?;
    std::fs::create_dir_all(&staging)?;
    let mut daemon = Command::new(env!("CARGO_BIN_EXE_newsflow"))
        .arg("run")
        .arg("--config")
        .arg(config(dir.path())?)
        .arg("--inbox")
        .arg(&inbox)
        .arg("--outbox")
        .arg(&outbox)
        .env("NEWSFLOW__INBOX__MAX_BYTES", "6000000")
        .env("NEWSFLOW__INBOX__ON_SUCCESS", "move")
        .env("NEWSFLOW__INBOX__MIN_AGE_MS", "200")
        .env("NEWSFLOW_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let corpus = corpus();
    // Written aside, then renamed in: the producer convention.
    for (name, bytes, _) in &corpus {
        if name.starts_with('.') || name.contains('\n') {
            continue;
        }
        std::fs::write(staging.join(name), bytes)?;
        std::fs::rename(staging.join(name), inbox.join(name))?;
    }
    std::os::unix::fs::symlink(inbox.join("loop-b.txt"), inbox.join("loop-a.txt"))?;
    std::os::unix::fs::symlink(inbox.join("loop-a.txt"), inbox.join("loop-b.txt"))?;
    let settled = |name: &str| {
        let quarantine = outbox.join(".newsflow/quarantine").join(name);
        let processed = outbox.join(".newsflow/processed").join(name);
        quarantine.exists() || processed.exists()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(240);
    let expected: Vec<&str> = corpus.iter().filter(|(n, _, f)| !n.starts_with('.') && !n.contains('\n') && *f != Fate::LeftAlone).map(|(n, _, _)| n.as_str()).collect();
    while !expected.iter().all(|n| settled(n)) {
        assert!(daemon.try_wait()?.is_none(), "the daemon stopped");
        assert!(std::time::Instant::now() < deadline, "not settled: {:?}", expected.iter().filter(|n| !settled(n)).collect::<Vec<_>>());
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // Still alive and still working.
    std::fs::write(staging.join("after.txt"), format!("After the storm\n\n{}", prose(4)))?;
    std::fs::rename(staging.join("after.txt"), inbox.join("after.txt"))?;
    while !outbox.join("after.json").exists() {
        assert!(daemon.try_wait()?.is_none(), "the daemon stopped");
        assert!(std::time::Instant::now() < deadline, "after.txt was not processed");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Command::new("kill").arg("-TERM").arg(daemon.id().to_string()).status()?;
    let status = daemon.wait()?;
    assert_eq!(status.code(), Some(0), "drains and exits 0 on SIGTERM");
    Ok(())
}
