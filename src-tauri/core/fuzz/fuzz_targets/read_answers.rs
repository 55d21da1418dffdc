//! Every reader of WAPing's answers on arbitrary bytes: the error reader on
//! the raw bytes, the `Link` header and printable text on them as text, and,
//! where they are JSON, every answer reader on the value and the time and
//! device readers on every value inside it. None may panic.

#![no_main]

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use waping_core::gateway::wire::{
    link_next, read_device, read_device_page, read_error, read_one_device, read_qr, read_time,
    read_webhook, read_workspace, Trace,
};
use waping_core::text::{is_bidi_control, printable};

/// Values inside one answer given to the per-value readers.
const MAX_NODES: usize = 2_000;

fuzz_target!(|data: &[u8]| {
    let (code, _) = read_error(data);
    assert!(code
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'));
    assert!(code.is_empty() || code.bytes().any(|b| b.is_ascii_uppercase()));

    if let Ok(text) = std::str::from_utf8(data) {
        if let Some(target) = link_next(text) {
            assert!(text.contains(target.as_str()));
        }
        let out = printable(text, 64);
        assert!(!out.chars().any(|c| c.is_control() || is_bidi_control(c)));
    }

    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
    let mut trace = Trace::default();
    if let Ok(page) = read_device_page(&value, 1, &mut trace) {
        assert_eq!(
            page.devices.len() + page.unread.len(),
            trace.entries as usize
        );
    }
    let _ = read_device_page(&value, u32::MAX - 1, &mut trace);
    let _ = read_one_device(&value, &mut trace);
    let _ = read_workspace(&value, &mut trace);
    let _ = read_qr(&value, now, &mut trace);
    let _ = read_webhook(&value);
    let _ = serde_json::to_string(&trace);

    let mut stack = vec![&value];
    let mut nodes = 0;
    while let Some(here) = stack.pop() {
        nodes += 1;
        if nodes > MAX_NODES {
            break;
        }
        let _ = read_time(here);
        let _ = read_device(here, 1, &mut trace);
        match here {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => stack.extend(map.values()),
            _ => {}
        }
    }
});
