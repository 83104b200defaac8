//! The gold-file reader on arbitrary text: an error or a gold file, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = attache_eval::parse_gold("fuzz.gold.json", text);
});
