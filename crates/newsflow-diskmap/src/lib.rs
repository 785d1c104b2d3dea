//! A hash table of fixed-width entries kept in a scratch file.
//!
//! A daemon meets inputs without end and has to remember something about
//! each one: the content hash that makes a restart exactly-once, the owner of
//! each record id, the inputs it left in place. Kept in process memory those
//! tables grew a daemon by about 200 bytes per input, so its memory was never
//! flat. [`DiskMap`] keeps them in a file instead: 128-bit keys (they are
//! hashes already) → 16-byte values, open addressing with linear probing at
//! most half full, one `pread` of a window of slots per lookup. The kernel's
//! page cache holds the hot part of the file without counting against the
//! process, and the process holds a few kilobytes whatever the table holds.
//!
//! The file is scratch: created unlinked (`O_TMPFILE` where the file system
//! has it) in a folder the caller picks, so it never shows up in a listing
//! and a crash leaves nothing behind. Callers rebuild the table from their
//! durable log at start; nothing here needs to survive a crash.
#![deny(missing_docs)]

use std::collections::HashMap;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

/// Bytes per slot: the key (16, little-endian; 0 = empty) and the value (16).
const SLOT: usize = 32;
/// Slots read per `pread` while probing (2 KB).
const WINDOW: u64 = 64;
/// Slots of a new table (32 KB of file).
const INITIAL_SLOTS: u64 = 1024;

/// A value: 16 bytes, whatever the caller packs into them.
pub type Value = [u8; 16];

/// Reading or writing the scratch file failed.
#[derive(Debug, thiserror::Error)]
#[error("scratch table in {dir}: {source}")]
pub struct DiskMapError {
    /// The folder of the scratch file.
    pub dir: String,
    /// What the file system said.
    #[source]
    pub source: std::io::Error,
}

/// 128-bit key → 16-byte value, in a scratch file or (for tests and one-off
/// runs) in memory.
#[derive(Debug)]
pub struct DiskMap {
    store: Store,
}

#[derive(Debug)]
enum Store {
    Memory(HashMap<u128, Value>),
    File(Table),
}

impl DiskMap {
    /// An empty table in an unlinked file in `dir`.
    pub fn scratch_in(dir: &Path) -> Result<Self, DiskMapError> {
        Ok(DiskMap { store: Store::File(Table::create(dir, INITIAL_SLOTS)?) })
    }

    /// An empty table in process memory.
    pub fn in_memory() -> Self {
        DiskMap { store: Store::Memory(HashMap::new()) }
    }

    /// The value of `key`.
    pub fn get(&self, key: u128) -> Result<Option<Value>, DiskMapError> {
        match &self.store {
            Store::Memory(map) => Ok(map.get(&key).copied()),
            Store::File(table) => table.get(key),
        }
    }

    /// Sets the value of `key`, replacing any earlier one.
    pub fn insert(&mut self, key: u128, value: Value) -> Result<(), DiskMapError> {
        match &mut self.store {
            Store::Memory(map) => {
                map.insert(key, value);
                Ok(())
            }
            Store::File(table) => table.insert(key, value),
        }
    }

    /// How many keys the table holds.
    pub fn len(&self) -> u64 {
        match &self.store {
            Store::Memory(map) => map.len() as u64,
            Store::File(table) => table.len + u64::from(table.zero.is_some()),
        }
    }

    /// Whether the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every entry, in no particular order (read window by window).
    pub fn entries(&self) -> Box<dyn Iterator<Item = Result<(u128, Value), DiskMapError>> + '_> {
        match &self.store {
            Store::Memory(map) => Box::new(map.iter().map(|(k, v)| Ok((*k, *v)))),
            Store::File(table) => Box::new(table.zero.map(|v| Ok((0, v))).into_iter().chain(table.slots())),
        }
    }
}

/// The file-backed table. Key 0 marks an empty slot, so a real key 0 is kept
/// beside the file.
#[derive(Debug)]
struct Table {
    dir: PathBuf,
    file: File,
    /// Slots in the file: a power of two.
    capacity: u64,
    /// Keys in the file (key 0 not counted).
    len: u64,
    zero: Option<Value>,
}

fn decode_slot(bytes: &[u8]) -> (u128, Value) {
    let mut key = [0u8; 16];
    let mut value = [0u8; 16];
    key.copy_from_slice(&bytes[..16]);
    value.copy_from_slice(&bytes[16..SLOT]);
    (u128::from_le_bytes(key), value)
}

impl Table {
    fn create(dir: &Path, capacity: u64) -> Result<Self, DiskMapError> {
        let fail = |source| DiskMapError { dir: dir.display().to_string(), source };
        let file = tempfile::tempfile_in(dir).map_err(fail)?;
        file.set_len(capacity * SLOT as u64).map_err(fail)?;
        Ok(Table { dir: dir.to_path_buf(), file, capacity, len: 0, zero: None })
    }

    fn fail(&self, source: std::io::Error) -> DiskMapError {
        DiskMapError { dir: self.dir.display().to_string(), source }
    }

    fn home(&self, key: u128) -> u64 {
        (key as u64) & (self.capacity - 1)
    }

    /// Reads up to [`WINDOW`] slots from `first` (not past the end of the file).
    fn window(&self, first: u64, buffer: &mut [u8; WINDOW as usize * SLOT]) -> Result<usize, DiskMapError> {
        let count = WINDOW.min(self.capacity - first) as usize;
        self.file.read_exact_at(&mut buffer[..count * SLOT], first * SLOT as u64).map_err(|e| self.fail(e))?;
        Ok(count)
    }

    /// The slot holding `key`, or the empty slot where it would go, and its value.
    fn probe(&self, key: u128) -> Result<(u64, Option<Value>), DiskMapError> {
        let mut buffer = [0u8; WINDOW as usize * SLOT];
        let mut first = self.home(key);
        let mut seen = 0u64;
        // The table is at most half full, so an empty slot always ends the walk.
        while seen < self.capacity {
            let count = self.window(first, &mut buffer)?;
            for (i, bytes) in buffer[..count * SLOT].chunks_exact(SLOT).enumerate() {
                let (found, value) = decode_slot(bytes);
                if found == 0 {
                    return Ok((first + i as u64, None));
                }
                if found == key {
                    return Ok((first + i as u64, Some(value)));
                }
            }
            seen += count as u64;
            first = (first + count as u64) & (self.capacity - 1);
        }
        Err(self.fail(std::io::Error::other("table full: no empty slot")))
    }

    fn get(&self, key: u128) -> Result<Option<Value>, DiskMapError> {
        if key == 0 {
            return Ok(self.zero);
        }
        Ok(self.probe(key)?.1)
    }

    fn insert(&mut self, key: u128, value: Value) -> Result<(), DiskMapError> {
        if key == 0 {
            self.zero = Some(value);
            return Ok(());
        }
        let (slot, old) = self.probe(key)?;
        self.write(slot, key, value)?;
        if old.is_none() {
            self.len += 1;
            if self.len * 2 > self.capacity {
                self.grow()?;
            }
        }
        Ok(())
    }

    fn write(&self, slot: u64, key: u128, value: Value) -> Result<(), DiskMapError> {
        let mut bytes = [0u8; SLOT];
        bytes[..16].copy_from_slice(&key.to_le_bytes());
        bytes[16..].copy_from_slice(&value);
        self.file.write_all_at(&bytes, slot * SLOT as u64).map_err(|e| self.fail(e))
    }

    /// Moves every entry into a new file of twice the slots.
    fn grow(&mut self) -> Result<(), DiskMapError> {
        let mut bigger = Table::create(&self.dir, self.capacity * 2)?;
        for entry in self.slots() {
            let (key, value) = entry?;
            let (slot, _) = bigger.probe(key)?;
            bigger.write(slot, key, value)?;
            bigger.len += 1;
        }
        bigger.zero = self.zero;
        *self = bigger;
        Ok(())
    }

    /// The occupied slots, in file order.
    fn slots(&self) -> impl Iterator<Item = Result<(u128, Value), DiskMapError>> + '_ {
        let mut buffer = Box::new([0u8; WINDOW as usize * SLOT]);
        let mut first = 0u64;
        let mut pending: Vec<(u128, Value)> = Vec::new();
        let mut failed = false;
        std::iter::from_fn(move || loop {
            if let Some(entry) = pending.pop() {
                return Some(Ok(entry));
            }
            if failed || first >= self.capacity {
                return None;
            }
            match self.window(first, &mut buffer) {
                Ok(count) => {
                    pending.extend(buffer[..count * SLOT].chunks_exact(SLOT).map(decode_slot).filter(|(key, _)| *key != 0));
                    first += count as u64;
                }
                Err(e) => {
                    failed = true;
                    return Some(Err(e));
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn value(n: u64) -> Value {
        let mut v = [0u8; 16];
        v[..8].copy_from_slice(&n.to_le_bytes());
        v
    }

    #[test]
    fn holds_many_keys_through_growth_and_lists_them() -> Result<(), DiskMapError> {
        let dir = tempfile::tempdir().map_err(|source| DiskMapError { dir: "tmp".into(), source })?;
        let mut map = DiskMap::scratch_in(dir.path())?;
        // Keys that share their low bits probe the same home: the walk must wrap.
        for i in 0..5_000u64 {
            map.insert(u128::from(i + 1) << 64 | u128::from(i % 7), value(i))?;
        }
        map.insert(0, value(42))?;
        map.insert(4u128 << 64 | 3, value(99))?;
        assert_eq!(map.len(), 5_001);
        assert_eq!(map.get(0)?, Some(value(42)));
        assert_eq!(map.get(4u128 << 64 | 3)?, Some(value(99)), "a second insert replaces");
        assert_eq!(map.get(5_000u128 << 64 | 1)?, Some(value(4_999)));
        assert_eq!(map.get(5_001u128 << 64)?, None);
        assert_eq!(map.entries().count(), 5_001);
        assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(99), 0, "the scratch file has no name");
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// Whatever is inserted, the file table answers as a HashMap does.
        #[test]
        fn answers_as_a_hash_map(ops in prop::collection::vec((0u128..3_000, any::<u64>()), 0..1_500), probes in prop::collection::vec(0u128..3_000, 0..50)) {
            let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let mut map = DiskMap::scratch_in(dir.path()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let mut model = HashMap::new();
            for (key, n) in &ops {
                // Spread some keys over the high bits, keep others colliding at home.
                let key = if key % 2 == 0 { key << 70 } else { *key };
                map.insert(key, value(*n)).map_err(|e| TestCaseError::fail(e.to_string()))?;
                model.insert(key, value(*n));
            }
            prop_assert_eq!(map.len(), model.len() as u64);
            for key in probes.iter().chain(ops.iter().map(|(k, _)| k)) {
                for key in [*key, key << 70] {
                    prop_assert_eq!(map.get(key).map_err(|e| TestCaseError::fail(e.to_string()))?, model.get(&key).copied());
                }
            }
            let listed: Result<HashMap<u128, Value>, DiskMapError> = map.entries().collect();
            prop_assert_eq!(listed.map_err(|e| TestCaseError::fail(e.to_string()))?, model);
        }
    }
}
