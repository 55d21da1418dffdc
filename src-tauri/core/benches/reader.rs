//! What reading WAPing's device list costs: the tolerant reader (alias
//! table, trace) beside a typed serde decode of the contract's exact shape,
//! on the same bytes. `cargo bench -p waping-core --bench reader`.

use serde_json::{json, Value};
use std::time::Instant;
use waping_core::gateway::wire::{self, Trace, WireDevice};

fn time(label: &str, f: impl Fn()) {
    for _ in 0..50 {
        f();
    }
    let runs = 2000;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1_000_000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "| {label} | median {:.1} µs, p95 {:.1} µs |",
        times[runs / 2],
        times[runs * 95 / 100]
    );
}

/// An Enterprise workspace's list (50 devices) in the contract's shape,
/// with the extra fields real gateways add.
fn canonical(devices: usize) -> Vec<u8> {
    let data: Vec<Value> = (0..devices)
        .map(|i| {
            json!({
                "id": format!("dev_{i:03}"),
                "name": format!("Phone {i}"),
                "phone": format!("+4915110{i:05}"),
                "status": if i % 7 == 0 { "disconnected" } else { "connected" },
                "statusChangedAt": "2026-11-25T10:42:00Z",
                "lastSeenAt": "2026-11-30T16:00:00.123Z",
                "reason": if i % 7 == 0 { Value::from("logged_out") } else { Value::Null },
                "platform": "android",
                "engine": {"name": "gateway", "version": "1.2.3"},
            })
        })
        .collect();
    serde_json::to_vec(&json!({"data": data, "meta": {"count": devices}})).unwrap()
}

/// The same devices under `data.devices`, snake_case, the status nested in
/// a `session` object, times in epoch milliseconds.
fn nested(devices: usize) -> Vec<u8> {
    let data: Vec<Value> = (0..devices)
        .map(|i| {
            json!({
                "device_id": format!("dev_{i:03}"),
                "device_name": format!("Phone {i}"),
                "phone_number": format!("+4915110{i:05}"),
                "session": {
                    "status": if i % 7 == 0 { "disconnected" } else { "connected" },
                    "changed_at": 1_764_067_320_000_u64,
                    "last_seen_at": 1_764_518_400_123_u64,
                },
            })
        })
        .collect();
    serde_json::to_vec(&json!({"data": {"devices": data}})).unwrap()
}

#[derive(serde::Deserialize)]
struct Exact {
    #[allow(dead_code)]
    data: Vec<WireDevice>,
}

fn main() {
    let bytes = canonical(50);
    time(
        &format!(
            "50 devices, contract shape ({} bytes): typed serde decode, no reading",
            bytes.len()
        ),
        || {
            let exact: Exact = serde_json::from_slice(&bytes).unwrap();
            std::hint::black_box(exact);
        },
    );
    time(
        "50 devices, contract shape: parse to a JSON value only",
        || {
            let value: Value = serde_json::from_slice(&bytes).unwrap();
            std::hint::black_box(value);
        },
    );
    let value: Value = serde_json::from_slice(&bytes).unwrap();
    time(
        "50 devices, contract shape: reading a parsed value only",
        || {
            let page = wire::read_device_page(&value, 1, &mut Trace::default()).unwrap();
            std::hint::black_box(page);
        },
    );
    time(
        "50 devices, contract shape: tolerant reader (parse + alias table + trace)",
        || {
            let value: Value = serde_json::from_slice(&bytes).unwrap();
            let page = wire::read_device_page(&value, 1, &mut Trace::default()).unwrap();
            assert_eq!(page.devices.len(), 50);
        },
    );
    let other = nested(50);
    time(
        &format!("50 devices, data.devices + snake_case + session object + epoch ms ({} bytes): tolerant reader", other.len()),
        || {
            let value: Value = serde_json::from_slice(&other).unwrap();
            let page = wire::read_device_page(&value, 1, &mut Trace::default()).unwrap();
            assert_eq!(page.devices.len(), 50);
        },
    );
}
