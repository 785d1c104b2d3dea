//! Arbitrary bytes as an HTML page through clean, boilerplate and extract:
//! the parser, the block signals, the article region and the metadata.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsflow_fuzz::{run, Depth};

fuzz_target!(|data: &[u8]| {
    let _ = run("page.html", data, Depth::Extract);
});
