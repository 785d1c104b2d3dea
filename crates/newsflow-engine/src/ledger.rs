//! The ledger: an append-only log of finished inputs, keyed by content hash,
//! that makes restarts neither lose nor repeat work.
use crate::EngineError;
use newsflow_diskmap::{DiskMap, DiskMapError, Value};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// One finished input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Content hash (hex SHA-256).
    pub sha256: String,
    /// The record id.
    pub id: String,
    /// `emitted`, `dropped` or `duplicate`.
    pub status: String,
    /// Where the input came from.
    pub origin: String,
    /// Where the record was written (empty when none).
    pub output: String,
}

/// Content hash → entry, persisted as tab-separated lines in `ledger.tsv`.
///
/// Each line ends with a checksum of its fields, so a torn last line (crash
/// mid-write) or a damaged line is ignored on load instead of being read as
/// a shorter, wrong entry.
///
/// A file-backed ledger keeps only an index, and keeps it on disk: content
/// hash → the byte offset of its latest line, in a scratch [`DiskMap`] in
/// the state folder. A lookup reads that one line back and checks the full
/// hash. A daemon sees inputs without end: whole entries in memory grew it by
/// hundreds of bytes per input, an in-memory index by about 25, this by none.
#[derive(Debug)]
pub struct Ledger {
    path: PathBuf,
    store: Store,
}

#[derive(Debug)]
enum Store {
    /// `ledger.tsv`, opened for reading and appending; `end` is its length.
    File { file: File, index: Index, end: u64 },
    /// No file (`explain`, tests): whole entries by hash.
    Memory(HashMap<[u8; 32], LedgerEntry>),
}

/// Content hash → byte offset of its latest line, in a scratch table on disk
/// (rebuilt from the ledger at every open). Keyed by the hash's two halves
/// folded into 128 bits (two real SHA-256 sharing a key: never); a lookup
/// still checks the full hash on the line it reads back.
#[derive(Debug)]
struct Index {
    offsets: DiskMap,
}

/// Both halves count, and each reaches the low bits the table probes by
/// (hashes that differ only at one end still spread).
fn index_key(key: &[u8; 32]) -> u128 {
    let mut head = [0u8; 16];
    let mut tail = [0u8; 16];
    head.copy_from_slice(&key[..16]);
    tail.copy_from_slice(&key[16..]);
    u128::from_le_bytes(head) ^ u128::from_le_bytes(tail).rotate_left(64) ^ u128::from_le_bytes(head).rotate_left(64)
}

fn offset_value(offset: u64) -> Value {
    let mut value = [0u8; 16];
    value[..8].copy_from_slice(&offset.to_le_bytes());
    value
}

fn value_offset(value: &Value) -> u64 {
    let mut offset = [0u8; 8];
    offset.copy_from_slice(&value[..8]);
    u64::from_le_bytes(offset)
}

impl Index {
    fn get(&self, file: &File, key: &[u8; 32]) -> Result<Option<LedgerEntry>, DiskMapError> {
        let Some(value) = self.offsets.get(index_key(key))? else { return Ok(None) };
        Ok(entry_at(file, value_offset(&value)).filter(|e| unhex(&e.sha256).as_ref() == Some(key)))
    }

    fn insert(&mut self, key: &[u8; 32], offset: u64) -> Result<(), DiskMapError> {
        self.offsets.insert(index_key(key), offset_value(offset))
    }

    fn offsets(&self) -> impl Iterator<Item = Result<u64, DiskMapError>> + '_ {
        self.offsets.entries().map(|entry| entry.map(|(_, value)| value_offset(&value)))
    }
}

/// The entry of the line at `offset`, if intact.
fn entry_at(file: &File, offset: u64) -> Option<LedgerEntry> {
    decode(&String::from_utf8_lossy(&read_line_at(file, offset)?))
}

/// The 32 bytes of a 64-digit hex SHA-256.
fn unhex(text: &str) -> Option<[u8; 32]> {
    let digits = text.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in digits.chunks(2).enumerate() {
        let high = (pair[0] as char).to_digit(16)?;
        let low = (pair[1] as char).to_digit(16)?;
        out[i] = (high * 16 + low) as u8;
    }
    Some(out)
}

fn clean(field: &str) -> String {
    field.replace(['\t', '\n', '\r'], " ")
}

/// FNV-1a (64 bit) of a line's fields: cheap, and enough to tell a complete
/// line from a torn or garbled one (this is not a defence against forgery).
fn checksum(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// The line of an entry, newline included.
fn encode(entry: &LedgerEntry) -> String {
    let fields = format!("{}\t{}\t{}\t{}\t{}", clean(&entry.sha256), clean(&entry.id), clean(&entry.status), clean(&entry.origin), clean(&entry.output));
    let check = checksum(&fields);
    format!("{fields}\t{check}\n")
}

/// The entry of a line, if it is complete and intact.
fn decode(line: &str) -> Option<LedgerEntry> {
    let (fields, check) = line.rsplit_once('\t')?;
    if checksum(fields) != check {
        return None;
    }
    let f: Vec<&str> = fields.split('\t').collect();
    match f[..] {
        [sha256, id, status, origin, output] if unhex(sha256).is_some() => {
            Some(LedgerEntry { sha256: sha256.into(), id: id.into(), status: status.into(), origin: origin.into(), output: output.into() })
        }
        _ => None,
    }
}

/// An entry as the file has it: fields cleaned.
fn cleaned(entry: LedgerEntry) -> LedgerEntry {
    LedgerEntry { sha256: clean(&entry.sha256), id: clean(&entry.id), status: clean(&entry.status), origin: clean(&entry.origin), output: clean(&entry.output) }
}

/// The line starting at `offset`, without its newline (None past the end or
/// when unreadable).
fn read_line_at(file: &File, offset: u64) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    let mut line = Vec::new();
    let mut chunk = [0u8; 512];
    loop {
        let n = file.read_at(&mut chunk, offset + line.len() as u64).ok()?;
        if n == 0 {
            return (!line.is_empty()).then_some(line);
        }
        if let Some(end) = chunk[..n].iter().position(|&b| b == b'\n') {
            line.extend_from_slice(&chunk[..end]);
            return Some(line);
        }
        line.extend_from_slice(&chunk[..n]);
    }
}

/// The last byte of a file, read without loading the file.
fn last_byte(path: &Path) -> Option<u8> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = File::open(path).ok()?;
    file.seek(SeekFrom::End(-1)).ok()?;
    let mut byte = [0u8; 1];
    file.read_exact(&mut byte).ok()?;
    Some(byte[0])
}

impl Ledger {
    /// Opens (creating) the ledger in a state folder.
    pub fn open(state_dir: &Path) -> Result<Self, EngineError> {
        let err = |path: &Path, source| EngineError::State { path: path.display().to_string(), source };
        std::fs::create_dir_all(state_dir).map_err(|e| err(state_dir, e))?;
        let path = state_dir.join("ledger.tsv");
        let mut file = OpenOptions::new().create(true).read(true).append(true).open(&path).map_err(|e| err(&path, e))?;
        let mut index = Index { offsets: DiskMap::scratch_in(state_dir)? };
        let mut end = 0u64;
        let reader = file.try_clone().map_err(|e| err(&path, e))?;
        // Lines are read as bytes: a torn multi-byte character must not end the load.
        for line in BufReader::new(reader).split(b'\n') {
            let Ok(line) = line else { break };
            if let Some(key) = decode(&String::from_utf8_lossy(&line)).and_then(|e| unhex(&e.sha256)) {
                index.insert(&key, end)?;
            }
            end += line.len() as u64 + 1;
        }
        end = file.metadata().map_err(|e| err(&path, e))?.len();
        // A crash may have left a torn last line: start the next entry on a line of its own.
        let torn = last_byte(&path).is_some_and(|c| c != b'\n');
        if torn {
            file.write_all(b"\n").map_err(|e| err(&path, e))?;
            end += 1;
        }
        Ok(Ledger { path, store: Store::File { file, index, end } })
    }

    /// An in-memory ledger (for `explain` and tests).
    pub fn in_memory() -> Self {
        Ledger { path: PathBuf::new(), store: Store::Memory(HashMap::new()) }
    }

    /// The state folder of a file-backed ledger (None in memory).
    pub fn state_dir(&self) -> Option<&Path> {
        match self.store {
            Store::File { .. } => self.path.parent(),
            Store::Memory(_) => None,
        }
    }

    /// The latest entry of a content hash, whatever became of its record.
    fn latest(&self, sha256: &str) -> Result<Option<LedgerEntry>, EngineError> {
        let Some(key) = unhex(sha256) else { return Ok(None) };
        match &self.store {
            Store::Memory(entries) => Ok(entries.get(&key).cloned()),
            Store::File { file, index, .. } => Ok(index.get(file, &key)?),
        }
    }

    /// The entry of a content hash, if its record still exists: a ledger entry
    /// whose output file was deleted (or written to another outbox) does not
    /// stop the input from being processed again.
    pub fn finished(&self, sha256: &str) -> Result<Option<LedgerEntry>, EngineError> {
        Ok(self.latest(sha256)?.filter(|e| e.output.is_empty() || Path::new(&e.output).exists()))
    }

    /// Every entry (the latest of each content hash).
    pub fn entries(&self) -> Box<dyn Iterator<Item = Result<LedgerEntry, EngineError>> + '_> {
        match &self.store {
            Store::Memory(entries) => Box::new(entries.values().cloned().map(Ok)),
            Store::File { file, index, .. } => Box::new(index.offsets().filter_map(move |offset| match offset {
                Ok(offset) => entry_at(file, offset).map(Ok),
                Err(e) => Some(Err(e.into())),
            })),
        }
    }

    /// Appends an entry (not yet durable: call [`Ledger::sync`]).
    pub fn append(&mut self, entry: LedgerEntry) -> Result<(), EngineError> {
        let Some(key) = unhex(&entry.sha256) else {
            // A hash that is not hex is never a real one: nothing to remember.
            return Ok(());
        };
        match &mut self.store {
            Store::Memory(entries) => {
                entries.insert(key, cleaned(entry));
            }
            Store::File { file, index, end } => {
                let line = encode(&entry);
                file.write_all(line.as_bytes()).map_err(|e| EngineError::State { path: self.path.display().to_string(), source: e })?;
                index.insert(&key, *end)?;
                *end += line.len() as u64;
            }
        }
        Ok(())
    }

    /// Makes every appended entry durable (one fsync for a batch: group commit).
    pub fn sync(&mut self) -> Result<(), EngineError> {
        match &mut self.store {
            Store::File { file, .. } => file.sync_data().map_err(|e| EngineError::State { path: self.path.display().to_string(), source: e }),
            Store::Memory(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_line_of_a_hash_wins_in_the_session_and_after_reopening() -> Result<(), EngineError> {
        let dir = tempfile::tempdir().map_err(|e| EngineError::State { path: "tmp".into(), source: e })?;
        let entry = |i: usize, id: &str| LedgerEntry { sha256: format!("{i:064x}"), id: id.into(), status: "dropped".into(), origin: format!("in/{i}"), output: String::new() };
        {
            let mut ledger = Ledger::open(dir.path())?;
            for i in 0..300 {
                ledger.append(entry(i, "first"))?;
            }
            ledger.append(entry(7, "second"))?;
            ledger.sync()?;
            assert_eq!(ledger.finished(&format!("{:064x}", 7))?.map(|e| e.id), Some("second".into()));
            assert_eq!(ledger.finished(&format!("{:064x}", 299))?.map(|e| e.origin), Some("in/299".into()));
        }
        let ledger = Ledger::open(dir.path())?;
        assert_eq!(ledger.entries().count(), 300);
        assert_eq!(ledger.finished(&format!("{:064x}", 7))?.map(|e| e.id), Some("second".into()));
        assert!(ledger.finished(&format!("{:064x}", 300))?.is_none());
        Ok(())
    }

    #[test]
    fn survives_reopen_and_ignores_torn_lines() -> Result<(), EngineError> {
        let dir = tempfile::tempdir().map_err(|e| EngineError::State { path: "tmp".into(), source: e })?;
        let out = dir.path().join("a.json");
        std::fs::write(&out, "{}").map_err(|e| EngineError::State { path: "a".into(), source: e })?;
        let hash = "a".repeat(64);
        {
            let mut ledger = Ledger::open(dir.path())?;
            ledger.append(LedgerEntry { sha256: hash.clone(), id: "a".into(), status: "emitted".into(), origin: "in/a\tb".into(), output: out.display().to_string() })?;
            ledger.sync()?;
        }
        let mut f = OpenOptions::new().append(true).open(dir.path().join("ledger.tsv")).map_err(|e| EngineError::State { path: "l".into(), source: e })?;
        let _ = f.write_all(b"deadbeef\tpartial");
        let ledger = Ledger::open(dir.path())?;
        assert_eq!(ledger.finished(&hash)?.map(|e| e.id), Some("a".to_string()));
        assert_eq!(ledger.entries().count(), 1);
        drop(ledger);
        let mut ledger = Ledger::open(dir.path())?;
        ledger.append(LedgerEntry { sha256: "b".repeat(64), id: "b".into(), status: "dropped".into(), origin: "x".into(), output: String::new() })?;
        ledger.sync()?;
        let ledger = Ledger::open(dir.path())?;
        assert_eq!(ledger.entries().count(), 2, "an entry after a torn line is kept");
        std::fs::remove_file(&out).map_err(|e| EngineError::State { path: "a".into(), source: e })?;
        assert!(ledger.finished(&hash)?.is_none(), "a deleted record must be redone");
        Ok(())
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;
        use std::collections::HashMap;

        fn io(e: std::io::Error) -> TestCaseError {
            TestCaseError::fail(e.to_string())
        }

        fn entries() -> impl Strategy<Value = Vec<LedgerEntry>> {
            // Few distinct hashes, so that later entries overwrite earlier ones;
            // free text with tabs, newlines and non-ASCII in the other fields.
            let entry = (0u8..6, "[a-z\t\n\r é名/.]{0,12}", "(emitted|dropped|duplicate)", "\\PC{0,16}", "[a-z/\t\n]{0,10}")
                .prop_map(|(h, id, status, origin, output)| LedgerEntry { sha256: format!("{h:x}").repeat(64), id, status, origin, output });
            prop::collection::vec(entry, 0..24)
        }

        fn expected(entries: &[LedgerEntry]) -> HashMap<String, LedgerEntry> {
            let mut model = HashMap::new();
            for e in entries {
                let stored = LedgerEntry { sha256: e.sha256.clone(), id: clean(&e.id), status: clean(&e.status), origin: clean(&e.origin), output: clean(&e.output) };
                model.insert(e.sha256.clone(), stored);
            }
            model
        }

        fn loaded(dir: &Path) -> Result<HashMap<String, LedgerEntry>, TestCaseError> {
            let ledger = Ledger::open(dir).map_err(|e| TestCaseError::fail(e.to_string()))?;
            ledger.entries().map(|e| e.map(|e| (e.sha256.clone(), e)).map_err(|e| TestCaseError::fail(e.to_string()))).collect()
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

            /// What is appended and synced is what a reopen reads, the last
            /// entry of a hash winning, whatever the fields contain.
            #[test]
            fn reopen_reads_back_every_entry(entries in entries()) {
                let dir = tempfile::tempdir().map_err(io)?;
                {
                    let mut ledger = Ledger::open(dir.path()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    for e in &entries {
                        ledger.append(e.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    }
                    ledger.sync().map_err(|e| TestCaseError::fail(e.to_string()))?;
                    let live: HashMap<String, LedgerEntry> = ledger.entries().map(|e| e.map(|e| (e.sha256.clone(), e)).map_err(|e| TestCaseError::fail(e.to_string()))).collect::<Result<_, _>>()?;
                    prop_assert_eq!(&live, &expected(&entries), "in memory");
                }
                prop_assert_eq!(loaded(dir.path())?, expected(&entries), "after reopen");
            }

            /// A crash can cut the file at any byte: the reopened ledger holds
            /// exactly the entries whose lines were complete (never a shortened
            /// or invented one), and entries appended after the restart survive
            /// the next reopen.
            #[test]
            fn a_cut_at_any_byte_loses_only_the_torn_line(entries in entries(), after in entries(), cut in any::<prop::sample::Index>()) {
                let dir = tempfile::tempdir().map_err(io)?;
                {
                    let mut ledger = Ledger::open(dir.path()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    for e in &entries {
                        ledger.append(e.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    }
                    ledger.sync().map_err(|e| TestCaseError::fail(e.to_string()))?;
                }
                let path = dir.path().join("ledger.tsv");
                let bytes = std::fs::read(&path).map_err(io)?;
                let cut = if bytes.is_empty() { 0 } else { cut.index(bytes.len() + 1) };
                std::fs::write(&path, &bytes[..cut]).map_err(io)?;
                // A line is complete once its checksum is written, newline or not.
                let complete_lines = bytes.iter().enumerate().filter(|&(i, &b)| b == b'\n' && i <= cut).count();
                let survivors = expected(&entries[..complete_lines]);
                prop_assert_eq!(loaded(dir.path())?, survivors.clone(), "after a cut at byte {}", cut);

                {
                    let mut ledger = Ledger::open(dir.path()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    for e in &after {
                        ledger.append(e.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    }
                    ledger.sync().map_err(|e| TestCaseError::fail(e.to_string()))?;
                }
                let mut all = entries[..complete_lines].to_vec();
                all.extend(after.iter().cloned());
                prop_assert_eq!(loaded(dir.path())?, expected(&all), "after appending past the cut");
            }
        }
    }
}
