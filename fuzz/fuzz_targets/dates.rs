//! The date-line parser on arbitrary strings.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(moment) = attache_ingest::parse_moment(text) {
        let printed = moment.to_string();
        assert_eq!(attache_ingest::parse_moment(&printed), Some(moment), "printing and reading agree");
    }
});
