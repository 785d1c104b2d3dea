//! Arbitrary text through clean, boilerplate removal and field extraction
//! (title, dates, dateline, outlet, entities, quotes).
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsflow_fuzz::{run, Depth};

fuzz_target!(|data: &[u8]| {
    let _ = run("article.txt", data, Depth::Extract);
});
