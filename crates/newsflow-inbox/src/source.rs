//! Scanning and watching the inbox folder.
use crate::settle::{InboxAck, Settler, Tracker};
use crate::{quarantine, InboxConfig};
use async_trait::async_trait;
use newsflow_core::{Input, Source, SourceEvent};
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::{mpsc, watch};

/// How the source runs.
#[derive(Debug)]
pub enum Mode {
    /// List the folder once; end when every file was handed out.
    Batch,
    /// Watch until `stop` turns true.
    Daemon {
        /// Set to true to stop taking files (SIGINT/SIGTERM).
        stop: watch::Receiver<bool>,
    },
}

#[derive(Debug, Clone, Copy)]
struct Observation {
    size: u64,
    modified: Option<SystemTime>,
    renamed: bool,
}

/// Files ready to be read, in order, with constant-time membership (a
/// daemon's rescan of a 100,000-file inbox asks "already queued?" for every
/// file). A batch lists the inbox once, so it needs no membership set.
#[derive(Default)]
struct ReadyQueue {
    order: VecDeque<PathBuf>,
    members: HashSet<PathBuf>,
    rescans: bool,
}

impl ReadyQueue {
    fn contains(&self, path: &Path) -> bool {
        self.members.contains(path)
    }

    fn push(&mut self, path: PathBuf) {
        if !self.rescans || self.members.insert(path.clone()) {
            self.order.push_back(path);
        }
    }

    fn pop(&mut self) -> Option<PathBuf> {
        let path = self.order.pop_front()?;
        self.members.remove(&path);
        Some(path)
    }
}

/// The inbox folder as a source.
pub struct InboxSource {
    config: InboxConfig,
    mode: Mode,
    settler: Arc<Settler>,
    ready: ReadyQueue,
    notices: VecDeque<SourceEvent>,
    pending: HashMap<PathBuf, Observation>,
    reported: HashSet<PathBuf>,
    scanned: bool,
    last_scan: Instant,
    events: Option<mpsc::Receiver<(PathBuf, bool)>>,
    overflow: Arc<AtomicBool>,
    _watcher: Option<notify::RecommendedWatcher>,
}

impl InboxSource {
    /// A source over `config.path`. `state_dir` holds the default processed
    /// and quarantine folders.
    pub fn new(config: InboxConfig, state_dir: &Path, mode: Mode) -> std::io::Result<Self> {
        std::fs::create_dir_all(&config.path)?;
        let rescans = matches!(mode, Mode::Daemon { .. });
        let settler = Arc::new(Settler {
            on_success: config.on_success,
            processed_dir: config.processed_dir.clone().unwrap_or_else(|| state_dir.join("processed")),
            quarantine_dir: config.quarantine_dir.clone().unwrap_or_else(|| state_dir.join("quarantine")),
            tracker: Arc::new(Mutex::new(Tracker::new(rescans, state_dir)?)),
        });
        let overflow = Arc::new(AtomicBool::new(false));
        let (events, watcher) = match mode {
            Mode::Batch => (None, None),
            Mode::Daemon { .. } => match start_watcher(&config.path, overflow.clone()) {
                Ok((rx, w)) => (Some(rx), Some(w)),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot watch the inbox; falling back to rescans every 2 s");
                    (None, None)
                }
            },
        };
        Ok(InboxSource {
            config,
            mode,
            settler,
            ready: ReadyQueue { rescans, ..ReadyQueue::default() },
            notices: VecDeque::new(),
            pending: HashMap::new(),
            reported: HashSet::new(),
            scanned: false,
            last_scan: Instant::now(),
            events,
            overflow,
            _watcher: watcher,
        })
    }

    /// The quarantine folder in use.
    pub fn quarantine_dir(&self) -> &Path {
        &self.settler.quarantine_dir
    }

    fn scan(&mut self) {
        self.last_scan = Instant::now();
        let entries = match std::fs::read_dir(&self.config.path) {
            Ok(e) => e,
            Err(e) => {
                tracing::error!(inbox = %self.config.path.display(), error = %e, "cannot list the inbox");
                return;
            }
        };
        // Files already handed out or left in place are passed over as they
        // are listed: a daemon keeping its inputs rescans an inbox that only
        // grows, and collecting every name each time made its memory grow too.
        // (A batch lists the inbox once: nothing is known yet.)
        let batch = matches!(self.mode, Mode::Batch);
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| self.config.wants(&e.file_name().to_string_lossy()))
            .map(|e| e.path())
            .filter(|path| batch || !self.known(path))
            .collect();
        found.sort();
        for path in found {
            self.observe(&path, false, batch);
        }
    }

    /// A regular file already handed out, left in place unchanged, or queued.
    fn known(&self, path: &Path) -> bool {
        std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_file() && (self.settler.tracker().is_busy(path, &meta) || self.ready.contains(path)))
    }

    /// Looks at one path: regular files become pending (or ready), anything
    /// else is reported once as skipped.
    fn observe(&mut self, path: &Path, renamed: bool, ready_now: bool) {
        let Ok(meta) = std::fs::symlink_metadata(path) else { return };
        let kind = meta.file_type();
        if !kind.is_file() {
            if self.reported.insert(path.to_path_buf()) {
                let reason = if kind.is_symlink() {
                    "symbolic link: not followed (links may point outside the inbox)"
                } else if kind.is_dir() {
                    "directory: the inbox is not read recursively"
                } else {
                    "not a regular file (FIFO, socket or device)"
                };
                self.notices.push_back(SourceEvent::Skipped { origin: path.display().to_string(), reason: reason.into() });
            }
            return;
        }
        if self.settler.tracker().is_busy(path, &meta) || self.ready.contains(path) {
            return;
        }
        if ready_now {
            self.pending.remove(path);
            self.ready.push(path.to_path_buf());
            return;
        }
        let obs = Observation { size: meta.len(), modified: meta.modified().ok(), renamed };
        let entry = self.pending.entry(path.to_path_buf()).or_insert(obs);
        entry.renamed |= renamed;
    }

    /// Daemon: pending files that were renamed in, or are unchanged and old enough, become ready.
    fn promote(&mut self) {
        let min_age = Duration::from_millis(self.config.min_age_ms);
        let now = SystemTime::now();
        let mut ready = Vec::new();
        self.pending.retain(|path, obs| {
            let Ok(meta) = std::fs::symlink_metadata(path) else { return false };
            let (size, modified) = (meta.len(), meta.modified().ok());
            let unchanged = size == obs.size && modified == obs.modified;
            let old = modified.and_then(|m| now.duration_since(m).ok()).is_some_and(|age| age >= min_age);
            if unchanged && (obs.renamed || old) {
                ready.push(path.clone());
                false
            } else {
                obs.size = size;
                obs.modified = modified;
                true
            }
        });
        ready.sort();
        for path in ready {
            self.ready.push(path);
        }
    }

    /// Reads a ready file into an input; oversize and unreadable files are quarantined.
    async fn take(&mut self, path: PathBuf) -> Option<SourceEvent> {
        let origin = path.display().to_string();
        let max = self.config.max_bytes;
        let read_path = path.clone();
        let read = tokio::task::spawn_blocking(move || -> std::io::Result<Vec<u8>> {
            let file = std::fs::File::open(&read_path)?;
            // Sized from the file's length (read with one call, not a dozen
            // doubling ones); the limit still holds if the file grows meanwhile.
            let expected = file.metadata().map_or(0, |m| m.len()).min(max + 1);
            let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0).saturating_add(1));
            file.take(max + 1).read_to_end(&mut bytes)?;
            Ok(bytes)
        })
        .await;
        let reason = match read {
            Ok(Ok(bytes)) if bytes.len() as u64 <= max => {
                self.settler.tracker().taken.insert(path.clone());
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let ack = Box::new(InboxAck { path, settler: self.settler.clone() });
                return Some(SourceEvent::Input(Input { name, origin, bytes, received: SystemTime::now(), ack }));
            }
            Ok(Ok(_)) => format!("too large: over the {max}-byte limit ([inbox] max_bytes)"),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return Some(SourceEvent::Skipped { origin, reason: "vanished before it could be read".into() });
            }
            Ok(Err(e)) => format!("unreadable: {e}"),
            Err(e) => format!("read task failed: {e}"),
        };
        match quarantine(&path, &self.settler.quarantine_dir, "read", &reason) {
            Ok(_) => Some(SourceEvent::Quarantined { origin, reason }),
            Err(e) => {
                self.settler.leave(&path);
                Some(SourceEvent::Skipped { origin, reason: format!("{reason}; and it could not be quarantined: {e}") })
            }
        }
    }
}

fn start_watcher(dir: &Path, overflow: Arc<AtomicBool>) -> notify::Result<(mpsc::Receiver<(PathBuf, bool)>, notify::RecommendedWatcher)> {
    let (tx, rx) = mpsc::channel(4096);
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| match res {
        Ok(event) => {
            if event.need_rescan() {
                overflow.store(true, Ordering::Relaxed);
            }
            let renamed = matches!(event.kind, EventKind::Modify(notify::event::ModifyKind::Name(_)));
            let interesting = renamed || matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Access(_));
            if interesting {
                for path in event.paths {
                    if tx.try_send((path, renamed)).is_err() {
                        overflow.store(true, Ordering::Relaxed);
                    }
                }
            }
        }
        Err(_) => overflow.store(true, Ordering::Relaxed),
    })?;
    watcher.watch(dir, RecursiveMode::NonRecursive)?;
    Ok((rx, watcher))
}

#[async_trait]
impl Source for InboxSource {
    async fn next_event(&mut self) -> Option<SourceEvent> {
        loop {
            if let Some(notice) = self.notices.pop_front() {
                return Some(notice);
            }
            let stopping = match &self.mode {
                Mode::Daemon { stop } => *stop.borrow(),
                Mode::Batch => false,
            };
            if stopping {
                return None;
            }
            if let Some(path) = self.ready.pop() {
                if let Some(event) = self.take(path).await {
                    return Some(event);
                }
                continue;
            }
            if !self.scanned {
                self.scanned = true;
                self.scan();
                if matches!(self.mode, Mode::Daemon { .. }) {
                    self.promote();
                }
                continue;
            }
            let Mode::Daemon { stop } = &mut self.mode else { return None };
            let mut stop = stop.clone();
            let tick = Duration::from_millis(if self.pending.is_empty() { 500 } else { 100 });
            let mut events = self.events.take();
            let received = match events.as_mut() {
                Some(rx) => tokio::select! {
                    _ = stop.changed() => None,
                    e = rx.recv() => e,
                    _ = tokio::time::sleep(tick) => None,
                },
                None => tokio::select! {
                    _ = stop.changed() => None,
                    _ = tokio::time::sleep(tick) => None,
                },
            };
            self.events = events;
            if let Some((path, renamed)) = received {
                let in_inbox = path.parent() == Some(self.config.path.as_path());
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                if in_inbox && self.config.wants(&name) {
                    self.observe(&path, renamed, false);
                }
            }
            let period = if self._watcher.is_some() { self.config.rescan_secs.max(1) } else { 2 };
            if self.overflow.swap(false, Ordering::Relaxed) || self.last_scan.elapsed() >= Duration::from_secs(period) {
                self.scan();
            }
            self.promote();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OnSuccess;

    fn config(dir: &Path) -> InboxConfig {
        InboxConfig { path: dir.join("in"), on_success: OnSuccess::Move, ..InboxConfig::default() }
    }

    #[tokio::test]
    async fn batch_lists_files_skips_dirs_and_quarantines_oversize() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut cfg = config(dir.path());
        cfg.max_bytes = 10;
        std::fs::create_dir_all(cfg.path.join("sub"))?;
        std::fs::write(cfg.path.join("a.txt"), b"hello")?;
        std::fs::write(cfg.path.join("big.txt"), b"hello world, too big")?;
        std::fs::write(cfg.path.join(".b.txt.tmp"), b"partial")?;
        let mut source = InboxSource::new(cfg.clone(), &dir.path().join("state"), Mode::Batch)?;
        let mut inputs = Vec::new();
        let mut others = Vec::new();
        while let Some(ev) = source.next_event().await {
            match ev {
                SourceEvent::Input(i) => inputs.push(i),
                other => others.push(format!("{other:?}")),
            }
        }
        assert_eq!(inputs.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(), vec!["a.txt"]);
        assert_eq!(others.len(), 2, "{others:?}");
        assert!(dir.path().join("state/quarantine/big.txt.error.json").exists());
        let input = inputs.remove(0);
        input.ack.acknowledge(&newsflow_core::Outcome::Emitted { record_id: "a".into() }).await?;
        assert!(dir.path().join("state/processed/a.txt").exists());
        assert!(!cfg.path.join("a.txt").exists());
        Ok(())
    }

    #[tokio::test]
    async fn a_file_deleted_between_listing_and_reading_is_reported_and_passed_over() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let cfg = config(dir.path());
        std::fs::create_dir_all(&cfg.path)?;
        for name in ["a.txt", "b.txt", "c.txt"] {
            std::fs::write(cfg.path.join(name), name)?;
        }
        let mut source = InboxSource::new(cfg.clone(), &dir.path().join("state"), Mode::Batch)?;
        // The first event lists the folder and reads a.txt; b.txt then vanishes.
        let first = source.next_event().await;
        assert!(matches!(&first, Some(SourceEvent::Input(i)) if i.name == "a.txt"), "{first:?}");
        std::fs::remove_file(cfg.path.join("b.txt"))?;
        let second = source.next_event().await;
        assert!(matches!(&second, Some(SourceEvent::Skipped { origin, reason }) if origin.ends_with("b.txt") && reason.contains("vanished")), "{second:?}");
        let third = source.next_event().await;
        assert!(matches!(&third, Some(SourceEvent::Input(i)) if i.name == "c.txt"), "{third:?}");
        assert!(source.next_event().await.is_none());
        Ok(())
    }
}
