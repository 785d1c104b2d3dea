//! Scale-out on NATS JetStream: several `newsflow` workers share one
//! work-queue stream; records are published with `Nats-Msg-Id` = record id.
//!
//! The tests need `nats-server`. `.ci/run` starts one and sets
//! `NEWSFLOW_NATS_URL` (and `NEWSFLOW_REQUIRE_NATS=1`, so a missing server
//! fails loudly there); otherwise each test starts its own server when the
//! binary is on the PATH, and is skipped with a message when it is not.
use async_nats::jetstream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A NATS server for one test: the one CI started, or our own.
struct Server {
    url: String,
    own: Option<(Child, tempfile::TempDir)>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some((child, _)) = &mut self.own {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn free_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The server, or `None` (test skipped) when there is none and none is required.
fn server() -> Result<Option<Server>, Box<dyn std::error::Error>> {
    if let Ok(url) = std::env::var("NEWSFLOW_NATS_URL") {
        return Ok(Some(Server { url, own: None }));
    }
    let found = std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("nats-server").is_file()));
    if !found {
        if std::env::var("NEWSFLOW_REQUIRE_NATS").is_ok_and(|v| v == "1") {
            return Err("NEWSFLOW_REQUIRE_NATS=1 but there is no nats-server on the PATH and no NEWSFLOW_NATS_URL".into());
        }
        eprintln!("SKIPPED: nats-server is not installed (apt-get install nats-server); the NATS tests did not run");
        return Ok(None);
    }
    let dir = tempfile::tempdir()?;
    let port = free_port()?;
    let child = Command::new("nats-server")
        .args(["-js", "-a", "127.0.0.1", "-p", &port.to_string(), "-sd"])
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let server = Server { url: format!("nats://127.0.0.1:{port}"), own: Some((child, dir)) };
    let deadline = Instant::now() + Duration::from_secs(10);
    // Ready means JetStream answers, not just that the port accepts: on a
    // loaded machine the first client could otherwise be refused.
    while !jetstream_ready(&server.url) {
        if Instant::now() > deadline {
            return Err("nats-server did not start".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(Some(server))
}

/// Names that keep tests apart on a shared server.
struct Names {
    articles: String,
    subject: String,
    dead: String,
    dead_subject: String,
    records: String,
    records_subject: String,
}

fn names(test: &str) -> Names {
    let tag = format!("{}_{}", test.to_uppercase(), std::process::id());
    let sub = tag.to_lowercase();
    Names {
        articles: format!("ART_{tag}"),
        subject: format!("t.{sub}.articles"),
        dead: format!("DEAD_{tag}"),
        dead_subject: format!("t.{sub}.dead"),
        records: format!("REC_{tag}"),
        records_subject: format!("t.{sub}.records"),
    }
}

/// The shipped pipeline with the NATS source and the `nats_emit` sink added.
fn write_config(dir: &Path, url: &str, n: &Names, ack_wait_secs: u64, max_deliver: u32) -> std::io::Result<PathBuf> {
    let shipped = std::fs::read_to_string(repo().join("pipeline.toml"))?;
    let config_dir = repo().join("config");
    let shipped = shipped.replace("\"config/", &format!("\"{}/", config_dir.display()));
    let text = format!(
        "[source]\nkind = \"nats\"\nurl = \"{url}\"\nstream = \"{}\"\nsubject = \"{}\"\nconsumer = \"workers\"\n\
         dead_letter_stream = \"{}\"\ndead_letter_subject = \"{}\"\nack_wait_secs = {ack_wait_secs}\nmax_deliver = {max_deliver}\n\
         retry_delay_ms = 100\nfetch_wait_ms = 300\nfetch_batch = 16\n\n{shipped}\n\
         [[stage]]\nkind = \"nats_emit\"\nurl = \"{url}\"\nstream = \"{}\"\nsubject = \"{}\"\nconcurrency = 16\n",
        n.articles, n.subject, n.dead, n.dead_subject, n.records, n.records_subject
    );
    let path = dir.join("nats.toml");
    std::fs::write(&path, text)?;
    Ok(path)
}

fn articles(dir: &Path, count: usize) -> std::io::Result<PathBuf> {
    let folder = dir.join("articles");
    std::fs::create_dir_all(&folder)?;
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(repo().join("inbox"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "txt") {
            seeds.push(std::fs::read_to_string(path)?);
        }
    }
    seeds.sort();
    for i in 0..count {
        std::fs::write(folder.join(format!("a{i:05}.txt")), format!("{}\n\nClosing line {i}, unique to this copy.\n", seeds[i % seeds.len()]))?;
    }
    Ok(folder)
}

fn newsflow() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsflow"));
    cmd.arg("--log-format").arg("json").env("NEWSFLOW_LOG", "warn").stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

fn ingest(config: &Path, folder: &Path) -> TestResult {
    let output = newsflow().arg("ingest").arg("--config").arg(config).arg(folder).stderr(Stdio::piped()).output()?;
    if !output.status.success() {
        return Err(format!("ingest failed: {}: {}", output.status, String::from_utf8_lossy(&output.stderr)).into());
    }
    Ok(())
}

fn worker(config: &Path, outbox: &Path) -> std::io::Result<Child> {
    newsflow().arg("batch").arg("--config").arg(config).arg("--outbox").arg(outbox).spawn()
}

fn wait(child: &mut Child, limit: Duration) -> Result<i32, Box<dyn std::error::Error>> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status.code().unwrap_or(-1));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("worker did not finish in time".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn record_files(outbox: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    if outbox.is_dir() {
        for entry in std::fs::read_dir(outbox)? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") {
                names.push(name);
            }
        }
    }
    Ok(names)
}

/// Whether JetStream takes a stream (made and removed again).
fn jetstream_ready(url: &str) -> bool {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return false };
    runtime.block_on(async {
        let Ok(client) = async_nats::connect(url).await else { return false };
        let js = jetstream::new(client);
        let config = jetstream::stream::Config { name: "ready-check".into(), subjects: vec!["ready.check".into()], ..Default::default() };
        js.create_stream(config).await.is_ok() && js.delete_stream("ready-check").await.is_ok()
    })
}

/// Messages in a stream, and the ids (`Nats-Msg-Id`) of all of them.
fn stream_ids(url: &str, stream: &str) -> Result<(u64, Vec<String>), Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let js = jetstream::new(async_nats::connect(url).await?);
        let mut stream = js.get_stream(stream).await?;
        let state = stream.info().await?.state.clone();
        let mut ids = Vec::new();
        for seq in state.first_sequence..=state.last_sequence {
            if let Ok(message) = stream.get_raw_message(seq).await {
                if let Some(id) = message.headers.get(async_nats::header::NATS_MESSAGE_ID) {
                    ids.push(id.as_str().to_string());
                }
            }
        }
        Ok((state.messages, ids))
    })
}

fn unique(ids: &[String]) -> usize {
    ids.iter().collect::<std::collections::HashSet<_>>().len()
}

/// One test's server, folder, stream names and config.
struct Run {
    server: Server,
    dir: tempfile::TempDir,
    n: Names,
    config: PathBuf,
}

/// Sets a test up, or `None` when it is skipped (no server).
fn run(test: &str, ack_wait_secs: u64, max_deliver: u32) -> Result<Option<Run>, Box<dyn std::error::Error>> {
    let Some(server) = server()? else { return Ok(None) };
    let dir = tempfile::tempdir()?;
    let n = names(test);
    let config = write_config(dir.path(), &server.url, &n, ack_wait_secs, max_deliver)?;
    Ok(Some(Run { server, dir, n, config }))
}

/// `count` records in the records stream, no id twice, and the work queue
/// empty (every article acked).
fn exactly_once(url: &str, n: &Names, count: u64) -> TestResult {
    let (messages, ids) = stream_ids(url, &n.records)?;
    assert_eq!(messages, count, "records in the stream");
    assert_eq!(unique(&ids) as u64, count, "no record id twice");
    let (left, _) = stream_ids(url, &n.articles)?;
    assert_eq!(left, 0, "the work queue is empty: every article was acked");
    Ok(())
}

#[test]
fn two_workers_share_5000_articles_exactly_once() -> TestResult {
    let Some(Run { server, dir, n, config }) = run("share", 60, 5)? else { return Ok(()) };
    ingest(&config, &articles(dir.path(), 5000)?)?;
    let (out_a, out_b) = (dir.path().join("out-a"), dir.path().join("out-b"));
    let (mut a, mut b) = (worker(&config, &out_a)?, worker(&config, &out_b)?);
    assert_eq!(wait(&mut a, Duration::from_secs(600))?, 0);
    assert_eq!(wait(&mut b, Duration::from_secs(600))?, 0);
    let (files_a, files_b) = (record_files(&out_a)?, record_files(&out_b)?);
    assert!(!files_a.is_empty() && !files_b.is_empty(), "both workers took work: {} + {}", files_a.len(), files_b.len());
    assert_eq!(files_a.len() + files_b.len(), 5000, "each article processed by one worker");
    exactly_once(&server.url, &n, 5000)
}

#[test]
fn a_worker_killed_mid_run_loses_nothing_and_duplicates_nothing() -> TestResult {
    // A short ack_wait, so that the killed worker's messages come back soon.
    let Some(Run { server, dir, n, config }) = run("kill", 3, 5)? else { return Ok(()) };
    ingest(&config, &articles(dir.path(), 2000)?)?;
    let (out_a, out_b) = (dir.path().join("out-a"), dir.path().join("out-b"));
    let mut a = worker(&config, &out_a)?;
    let mut b = worker(&config, &out_b)?;
    let deadline = Instant::now() + Duration::from_secs(300);
    while record_files(&out_a)?.len() < 150 {
        if Instant::now() > deadline || a.try_wait()?.is_some() {
            return Err("worker A never got going".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    a.kill()?; // SIGKILL
    a.wait()?;
    assert_eq!(wait(&mut b, Duration::from_secs(600))?, 0, "the survivor drains the stream");
    // The killed worker's unacked messages were re-delivered and acked.
    exactly_once(&server.url, &n, 2000)?;
    let mut done: Vec<String> = record_files(&out_a)?;
    done.extend(record_files(&out_b)?);
    assert_eq!(unique(&done), 2000, "the two outboxes together hold every record");
    Ok(())
}

#[test]
fn a_poison_message_is_dead_lettered_after_max_deliver_and_the_rest_pass() -> TestResult {
    let Some(Run { server, dir, n, config }) = run("poison", 30, 3)? else { return Ok(()) };
    let folder = articles(dir.path(), 20)?;
    // PNG bytes: the clean stage refuses binaries, on every delivery.
    std::fs::write(folder.join("poison.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\0IEND")?;
    ingest(&config, &folder)?;
    let mut one = worker(&config, &dir.path().join("out"))?;
    assert_eq!(wait(&mut one, Duration::from_secs(300))?, 3, "exit 3: something failed");
    let (records, _) = stream_ids(&server.url, &n.records)?;
    assert_eq!(records, 20, "the good articles pass");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let (count, name, error, deliveries) = runtime.block_on(async {
        let js = jetstream::new(async_nats::connect(&server.url).await?);
        let mut dead = js.get_stream(&n.dead).await?;
        let state = dead.info().await?.state.clone();
        let message = dead.get_raw_message(state.first_sequence).await?;
        let header = |h: &str| message.headers.get(h).map(|v| v.as_str().to_string()).unwrap_or_default();
        Ok::<_, Box<dyn std::error::Error>>((state.messages, header("Newsflow-Name"), header("Newsflow-Error"), header("Newsflow-Deliveries")))
    })?;
    assert_eq!(count, 1, "one dead letter");
    assert_eq!(name, "poison.txt");
    assert!(error.to_lowercase().contains("binary") || error.to_lowercase().contains("png"), "the error says why: {error}");
    assert_eq!(deliveries, "3");
    let (left, _) = stream_ids(&server.url, &n.articles)?;
    assert_eq!(left, 0, "the poison message left the work queue");
    Ok(())
}
