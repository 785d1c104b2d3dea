//! Arbitrary text through clean and boilerplate removal.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsflow_fuzz::{run, Depth};

fuzz_target!(|data: &[u8]| {
    let _ = run("article.txt", data, Depth::Boilerplate);
});
