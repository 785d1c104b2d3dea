//! End-to-end runs of the binary with custom stages: declarative kinds and exec
//! children (the Python example, a child that crashes, a child that hangs).
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A config: the built-in stages, then `custom`, then emit.
fn config(dir: &Path, custom: &str) -> std::io::Result<PathBuf> {
    let profile = repo().join("config/stance/karabakh.toml");
    let text = format!(
        "[inbox]\npath = \"in\"\n[outbox]\npath = \"out\"\n\
         [[stage]]\nkind = \"clean\"\n[[stage]]\nkind = \"boilerplate\"\n[[stage]]\nkind = \"extract\"\n\
         [[stage]]\nkind = \"stance\"\nprofile = {profile:?}\n{custom}\n[[stage]]\nkind = \"emit\"\n"
    );
    let path = dir.join("pipeline.toml");
    std::fs::write(&path, text)?;
    Ok(path)
}

fn seeds_into(inbox: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(inbox)?;
    for entry in std::fs::read_dir(repo().join("inbox"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, inbox.join(path.file_name().unwrap_or_default()))?;
        }
    }
    Ok(())
}

fn batch(config: &Path) -> std::io::Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_newsflow")).arg("batch").arg("--config").arg(config).env("NEWSFLOW_LOG", "warn").output()
}

fn record(dir: &Path, id: &str) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    Ok(serde_json::from_slice(&std::fs::read(dir.join("out").join(format!("{id}.json")))?)?)
}

fn script(dir: &Path, name: &str, body: &str) -> std::io::Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, body)?;
    Ok(path)
}

const SHORT: &str = "Ceasefire talks\n\nThe sides met briefly on Monday and agreed to meet again next week.\n";

#[test]
fn filter_tag_and_the_python_exec_example() -> TestResult {
    let dir = tempfile::tempdir()?;
    seeds_into(&dir.path().join("in"))?;
    std::fs::write(dir.path().join("in/short.txt"), SHORT)?;
    let example = repo().join("examples/exec_stage.py");
    let custom = format!(
        "[[stage]]\nkind = \"filter\"\nmin_words = 50\n\
         [[stage]]\nkind = \"tag\"\n[[stage.rule]]\ntag = \"ceasefire\"\nterms = [\"ceasefire\", \"truce\"]\n\
         [[stage]]\nkind = \"exec\"\nname = \"reading-time\"\ncommand = [\"python3\", {example:?}]\npool = 2\nenv = {{ WORDS_PER_MINUTE = \"200\" }}\n"
    );
    let out = batch(&config(dir.path(), &custom)?)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("processed 5") && stderr.contains("dropped 1"), "{stderr}");
    assert!(!dir.path().join("out/short.json").exists(), "a document under 50 words is dropped");
    let r = record(dir.path(), "003_97a05f0624988ff8")?;
    assert!(r["tags"].as_array().is_some_and(|t| t.iter().any(|x| x == "ceasefire")), "{}", r["tags"]);
    assert!(r["extra"]["reading_minutes"].as_f64().is_some_and(|m| m > 0.5), "{}", r["extra"]);
    Ok(())
}

#[test]
fn a_crashing_child_is_restarted_and_only_its_document_is_quarantined() -> TestResult {
    let dir = tempfile::tempdir()?;
    seeds_into(&dir.path().join("in"))?;
    std::fs::write(dir.path().join("in/poison.txt"), "Poison pill\n\nThis article contains the word CRASHME, which makes the child exit without an answer, as a real bug would.\n")?;
    let child = script(dir.path(), "crashy.py", "import json, sys\nsys.stdin.readline()\nprint(json.dumps({'hello': 'x', 'version': 1}), flush=True)\nfor line in sys.stdin:\n    req = json.loads(line)\n    if 'CRASHME' in json.dumps(req['document']):\n        sys.exit(3)\n    print(json.dumps({'id': req['id'], 'document': req['document']}), flush=True)\n")?;
    let custom = format!("[[stage]]\nkind = \"exec\"\ncommand = [\"python3\", {child:?}]\nrestart_backoff_ms = 10\n");
    let out = batch(&config(dir.path(), &custom)?)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("processed 5") && stderr.contains("quarantined 1"), "{stderr}");
    let report = std::fs::read_to_string(dir.path().join("out/.newsflow/quarantine/poison.txt.error.json"))?;
    assert!(report.contains("exec") && report.contains("closed its output"), "{report}");
    Ok(())
}

#[test]
fn a_hanging_child_times_out() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("in"))?;
    std::fs::copy(repo().join("inbox/000_89b538ea9f42608b.txt"), dir.path().join("in/a.txt"))?;
    std::fs::write(dir.path().join("in/hang.txt"), "Hang\n\nThis article contains the word HANGME, and the child never answers it, as a stuck program would.\n")?;
    let child = script(dir.path(), "hangs.py", "import json, sys, time\nsys.stdin.readline()\nprint(json.dumps({'hello': 'x', 'version': 1}), flush=True)\nfor line in sys.stdin:\n    req = json.loads(line)\n    if 'HANGME' in json.dumps(req['document']):\n        time.sleep(3600)\n    print(json.dumps({'id': req['id'], 'document': req['document']}), flush=True)\n")?;
    let custom = format!("[[stage]]\nkind = \"exec\"\ncommand = [\"python3\", {child:?}]\nrequest_timeout_ms = 1500\nrestart_backoff_ms = 10\n");
    let out = batch(&config(dir.path(), &custom)?)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(dir.path().join("out/a.json").exists(), "{stderr}");
    let report = std::fs::read_to_string(dir.path().join("out/.newsflow/quarantine/hang.txt.error.json"))?;
    assert!(report.contains("no answer within 1500 ms"), "{report}");
    Ok(())
}

#[test]
fn validate_reports_a_missing_executable_and_a_bad_regex() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = config(dir.path(), "[[stage]]\nkind = \"exec\"\nname = \"enrich\"\ncommand = [\"no-such-program-xyz\"]\n")?;
    let out = Command::new(env!("CARGO_BIN_EXE_newsflow")).arg("validate").arg("--config").arg(&path).output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("enrich") && stderr.contains("no-such-program-xyz") && stderr.contains("not found"), "{stderr}");
    let path = config(dir.path(), "[[stage]]\nkind = \"drop_lines\"\npatterns = [\"(unclosed\"]\n")?;
    let out = Command::new(env!("CARGO_BIN_EXE_newsflow")).arg("validate").arg("--config").arg(&path).output()?;
    assert!(String::from_utf8_lossy(&out.stderr).contains("drop_lines"), "{}", String::from_utf8_lossy(&out.stderr));
    Ok(())
}

#[test]
fn a_rhai_script_tags_and_drops_and_a_runaway_script_is_stopped() -> TestResult {
    let dir = tempfile::tempdir()?;
    seeds_into(&dir.path().join("in"))?;
    std::fs::write(dir.path().join("in/short.txt"), SHORT)?;
    std::fs::write(dir.path().join("in/loop.txt"), "Loop\n\nThis article contains LOOPFOREVER, which sends the script into an endless loop, stopped by the limit.\n")?;
    let custom = "[[stage]]\nkind = \"script\"\nmax_operations = 200000\nscript = '''\n\
        if doc.body.some(|p| p.contains(\"LOOPFOREVER\")) { loop { } }\n\
        if doc.word_count < 50 { doc.drop = `only ${doc.word_count} words`; }\n\
        if doc.body.some(|p| p.to_lower().contains(\"ceasefire\")) { doc.tags.push(\"ceasefire\"); }\n'''\n";
    let out = batch(&config(dir.path(), custom)?)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("processed 5") && stderr.contains("dropped 1") && stderr.contains("quarantined 1"), "{stderr}");
    let r = record(dir.path(), "001_407590ad2cba4e18")?;
    assert!(r["tags"].as_array().is_some_and(|t| t.iter().any(|x| x == "ceasefire")));
    let report = std::fs::read_to_string(dir.path().join("out/.newsflow/quarantine/loop.txt.error.json"))?;
    assert!(report.to_lowercase().contains("operations"), "{report}");
    // A syntax error is reported at load, with its line.
    let path = config(dir.path(), "[[stage]]\nkind = \"script\"\nname = \"mine\"\nscript = '''\nlet ok = 1;\nlet = broken;\n'''\n")?;
    let out = Command::new(env!("CARGO_BIN_EXE_newsflow")).arg("validate").arg("--config").arg(&path).output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("mine") && stderr.contains("line 2"), "{stderr}");
    Ok(())
}

#[test]
fn every_custom_stage_example_in_the_readme_validates() -> TestResult {
    let readme = std::fs::read_to_string(repo().join("README.md"))?;
    let section = readme.split("## Custom stages").nth(1).and_then(|s| s.split("\n## ").next()).unwrap_or_default();
    let blocks: Vec<&str> = section.split("```toml\n").skip(1).filter_map(|b| b.split("```").next()).collect();
    assert!(blocks.len() >= 7, "one example per kind, found {}", blocks.len());
    let example = repo().join("examples/exec_stage.py");
    let custom = blocks.join("\n").replace("\"examples/exec_stage.py\"", &format!("{example:?}"));
    let dir = tempfile::tempdir()?;
    let path = config(dir.path(), &custom)?;
    let out = Command::new(env!("CARGO_BIN_EXE_newsflow")).arg("validate").arg("--config").arg(&path).output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}\n{stdout}", String::from_utf8_lossy(&out.stderr));
    for kind in ["filter", "tag", "regex_replace", "drop_lines", "script", "exec", "dedupe"] {
        assert!(stdout.contains(&format!("kind {kind}")), "{kind} in {stdout}");
    }
    Ok(())
}
