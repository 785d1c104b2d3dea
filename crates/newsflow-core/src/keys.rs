//! Fixed-size keys of names and lines, for tables that must stay small: a
//! run remembers every input it has seen, so its maps hold hashes, not text.

use std::hash::{Hash, Hasher};

/// A 64-bit key of a value (SipHash with fixed keys: stable across runs of
/// one build). Where two values sharing a key would only cost a little (a
/// needless suffix, a line taken for another), 64 bits are plenty.
pub fn key64<T: Hash + ?Sized>(value: &T) -> u64 {
    seeded(0, value)
}

/// A 128-bit key of a value, for tables where two values sharing a key would
/// lose data (two origins sharing a record, a new file taken for a done one):
/// at 2^-128 per pair, never.
pub fn key128<T: Hash + ?Sized>(value: &T) -> u128 {
    (u128::from(seeded(1, value)) << 64) | u128::from(seeded(2, value))
}

fn seeded<T: Hash + ?Sized>(seed: u8, value: &T) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    seed.hash(&mut hasher);
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_stable_and_tell_values_apart() {
        assert_eq!(key64("a"), key64("a"));
        assert_ne!(key64("a"), key64("b"));
        assert_eq!(key128(std::path::Path::new("/in/a.txt")), key128(std::path::Path::new("/in/a.txt")));
        assert_ne!(key128("a") >> 64, key128("a") & u128::from(u64::MAX), "the halves are independent");
    }
}
