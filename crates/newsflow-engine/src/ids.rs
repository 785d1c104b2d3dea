//! Record ids: derived from the input name, safe as a file name, never shared
//! by two different inputs.
use newsflow_diskmap::{DiskMap, DiskMapError};
use std::collections::HashMap;
use std::path::Path;

const MAX_ID: usize = 120;

/// Turns an input name into an id that is a safe file stem: the extension is
/// dropped, only `A-Za-z0-9._-` are kept (others become `_`), no leading dot,
/// never empty, at most 120 bytes. It can never name a path outside the outbox.
pub fn sanitize_id(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    };
    let mut id: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .collect();
    while id.starts_with('.') {
        id.remove(0);
    }
    id.truncate(MAX_ID);
    if id.is_empty() || id.chars().all(|c| c == '.' || c == '_') {
        id = format!("input{id}");
    }
    id
}

/// Hands out ids: the sanitised name, or the name with a content-hash suffix
/// when another input already holds it. An origin keeps its id: an input
/// rewritten under the same name updates its record rather than adding one.
///
/// A daemon meets inputs without end, so the owners are hashes, not strings,
/// and live in a scratch table on disk ([`DiskMap`], rebuilt from the ledger
/// at start): id hash → origin hash, both 128-bit (two origins sharing one
/// would share a record: at 2^-128 per pair, never). An origin whose id is its
/// sanitised name needs nothing more (the id's owner says it); only the
/// exceptions (after a clash, or named inputs such as NATS messages) keep
/// their id as text, in memory.
#[derive(Debug)]
pub struct IdAllocator {
    owners: DiskMap,
    exceptions: HashMap<u128, Box<str>>,
}

impl Default for IdAllocator {
    fn default() -> Self {
        IdAllocator { owners: DiskMap::in_memory(), exceptions: HashMap::new() }
    }
}

fn id_key(id: &str) -> u128 {
    newsflow_core::key128(id)
}

fn origin_key(origin: &str) -> u128 {
    newsflow_core::key128(origin)
}

impl IdAllocator {
    /// An allocator whose owners table is a scratch file in `dir`.
    pub fn scratch_in(dir: &Path) -> Result<Self, DiskMapError> {
        Ok(IdAllocator { owners: DiskMap::scratch_in(dir)?, exceptions: HashMap::new() })
    }

    fn owner(&self, id: &str) -> Result<Option<u128>, DiskMapError> {
        Ok(self.owners.get(id_key(id))?.map(u128::from_le_bytes))
    }

    /// Remembers that `id` belongs to `origin` (from the ledger at start).
    pub fn claim(&mut self, id: &str, origin: &str) -> Result<(), DiskMapError> {
        let origin_hash = origin_key(origin);
        self.owners.insert(id_key(id), origin_hash.to_le_bytes())?;
        if sanitize_id(origin) != id {
            self.exceptions.insert(origin_hash, id.into());
        }
        Ok(())
    }

    /// An id for `name` coming from `origin` with content hash `sha256`.
    pub fn allocate(&mut self, name: &str, origin: &str, sha256: &str) -> Result<String, DiskMapError> {
        let origin_hash = origin_key(origin);
        if let Some(id) = self.exceptions.get(&origin_hash) {
            return Ok(id.to_string());
        }
        let plain = sanitize_id(origin);
        let plain_owner = self.owner(&plain)?;
        if plain_owner == Some(origin_hash) {
            return Ok(plain);
        }
        let base = sanitize_id(name);
        let mut id = base.clone();
        // (The name is most often the origin's own: its owner is known.)
        let mut owner = if id == plain { plain_owner } else { self.owner(&id)? };
        let mut attempt = 0usize;
        while let Some(found) = owner {
            if found == origin_hash {
                return Ok(id);
            }
            attempt += 1;
            let suffix = if attempt == 1 { sha256.chars().take(12).collect::<String>() } else { format!("{}-{attempt}", sha256.chars().take(12).collect::<String>()) };
            id = format!("{}-{suffix}", &base[..base.len().min(MAX_ID - 20)]);
            owner = self.owner(&id)?;
        }
        self.claim(&id, origin)?;
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitised_ids_cannot_escape() {
        assert_eq!(sanitize_id("000_89b538ea9f42608b.txt"), "000_89b538ea9f42608b");
        assert_eq!(sanitize_id("../../etc/passwd"), "passwd");
        assert_eq!(sanitize_id(".."), "input");
        assert_eq!(sanitize_id(".hidden.txt"), "hidden");
        assert_eq!(sanitize_id("a b\nc\u{e9}.html"), "a_b_c_");
        assert_eq!(sanitize_id(""), "input");
        for name in ["..", "../x", "/", "a/../..", "\\..\\", ". .", "...."] {
            let id = sanitize_id(name);
            assert!(!id.contains('/') && !id.contains('\\') && !id.starts_with('.') && !id.is_empty(), "{name} -> {id}");
        }
    }

    fn is_safe(id: &str) -> bool {
        !id.is_empty()
            && !id.starts_with('.')
            && id.len() <= MAX_ID
            && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

            /// Any name at all (any Unicode, separators, `..`, NUL, 1,000
            /// chars) gives a safe file stem: it can name nothing but a file
            /// directly inside the outbox.
            #[test]
            fn any_name_gives_a_safe_stem(name in "\\PC{0,40}|[./\\\\ \n\t\0名é-]{0,40}|.{200,1000}") {
                let id = sanitize_id(&name);
                prop_assert!(is_safe(&id), "{:?} -> {:?}", name, id);
                let path = std::path::Path::new("/outbox").join(format!("{id}.json"));
                prop_assert_eq!(path.parent(), Some(std::path::Path::new("/outbox")));
            }

            /// However the names of different inputs clash after sanitising
            /// (same stem, other extension, other folder, same content), no two
            /// inputs are handed the same id, and asking again for an input
            /// gives back its id.
            #[test]
            fn ids_never_collide(inputs in prop::collection::vec(("[ab./\\\\ é名\n:*?]{0,8}", "[ab]{0,2}", 0u8..4), 1..64)) {
                let mut ids = IdAllocator::default();
                let mut owners: HashMap<String, String> = HashMap::new();
                let mut given: HashMap<String, String> = HashMap::new();
                for (name, folder, content) in &inputs {
                    let origin = format!("/in/{folder}/{name}");
                    let sha = format!("{content:x}").repeat(64);
                    let id = ids.allocate(name, &origin, &sha).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert!(is_safe(&id), "{:?} -> {:?}", name, id);
                    if let Some(before) = given.get(&origin) {
                        prop_assert_eq!(before, &id, "same input, same id");
                    }
                    given.insert(origin.clone(), id.clone());
                    if let Some(previous) = owners.insert(id.clone(), origin.clone()) {
                        prop_assert_eq!(&previous, &origin, "{} given to two inputs", id);
                    }
                }
            }
        }
    }

    #[test]
    fn two_inputs_never_share_an_id() -> Result<(), DiskMapError> {
        let dir = tempfile::tempdir().map_err(|source| DiskMapError { dir: "tmp".into(), source })?;
        for mut ids in [IdAllocator::default(), IdAllocator::scratch_in(dir.path())?] {
            let a = ids.allocate("a.txt", "/in/a.txt", "aaaa1111bbbb2222")?;
            let b = ids.allocate("a.html", "/in/a.html", "cccc3333dddd4444")?;
            let again = ids.allocate("a.txt", "/in/a.txt", "eeee")?;
            assert_eq!(a, "a");
            assert_eq!(b, "a-cccc3333dddd");
            assert_eq!(again, "a");
        }
        Ok(())
    }
}
