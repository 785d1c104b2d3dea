//! Every input in `fuzz/regressions/` goes through every stage of the shipped
//! pipeline (`newsflow explain`): a stage may refuse it with an error, but the
//! process must not crash, hang or abort.
use std::path::PathBuf;
use std::process::Command;

#[test]
fn fuzz_regression_inputs_never_crash_a_stage() -> Result<(), Box<dyn std::error::Error>> {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(repo.join("fuzz/regressions"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x != "md"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "the regression inputs are missing");
    for input in inputs {
        let out = Command::new(env!("CARGO_BIN_EXE_newsflow"))
            .current_dir(&repo)
            .arg("explain")
            .arg(&input)
            .arg("--json")
            .env("NEWSFLOW_LOG", "error")
            .output()?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        // 0: processed; 1: a stage refused it with an error message. A signal
        // (no exit code) or a panic message is a crash.
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}: {:?}\n{stderr}", input.display(), out.status);
        assert!(!stderr.contains("panicked"), "{}: {stderr}", input.display());
    }
    Ok(())
}
