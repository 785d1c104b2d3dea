//! Arbitrary bytes into the clean stage; the first byte picks the file name,
//! so detection by extension and by content are both exercised.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsflow_fuzz::{run, Depth};

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.split_first() {
        Some((b, rest)) => (["a.txt", "a.html", "a", "a.htm", "a.md"][*b as usize % 5], rest),
        None => ("a.txt", data),
    };
    let _ = run(name, bytes, Depth::Clean);
});
