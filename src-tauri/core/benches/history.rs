//! History figures: insert rates, and the per-device 30-day query on a
//! database holding a year of 50 flapping devices (over 5 million rows).
//!
//! `cargo bench -p waping-core --bench history`

use chrono::{Duration, TimeZone, Utc};
use std::time::Instant;
use waping_core::history::{History, Live};
use waping_core::monitor::{Source, Transition};
use waping_core::{DeviceId, SessionState};

const DEVICES: u64 = 50;
const ROWS: u64 = 5_050_000;

fn transition(device: u64, at: chrono::DateTime<Utc>, n: u64) -> Transition {
    let states = [
        SessionState::Connected,
        SessionState::Degraded,
        SessionState::Connected,
        SessionState::Disconnected,
    ];
    Transition {
        device_id: DeviceId::new(format!("dev_{device:03}")),
        device_name: format!("Phone {device}"),
        from: Some(states[(n % 4) as usize]),
        to: states[((n + 1) % 4) as usize],
        at,
        reason: (n % 4 == 2).then(|| "phone_offline".to_owned()),
        source: Source::Poll,
        expected: false,
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-history");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();

    // One transaction per transition, as the monitor writes them.
    let (mut single, _) = History::open(&dir.join("single.sqlite3")).unwrap();
    let n = 20_000u64;
    let start = Instant::now();
    let t0 = Utc::now();
    for i in 0..n {
        single
            .record(&transition(
                i % DEVICES,
                t0 + Duration::seconds(i as i64),
                i,
            ))
            .unwrap();
    }
    let per_sec = n as f64 / start.elapsed().as_secs_f64();
    println!("| insert, one transaction per transition (WAL, synchronous=NORMAL) | {per_sec:.0} rows/s |");

    // A year of 50 flapping devices, loaded in bulk.
    let path = dir.join("year.sqlite3");
    let (mut year, _) = History::open(&path).unwrap();
    let end = Utc.with_ymd_and_hms(2026, 11, 25, 0, 0, 0).unwrap();
    let begin = end - Duration::days(365);
    let per_device = ROWS / DEVICES;
    let step_ms = Duration::days(365).num_milliseconds() / per_device as i64;
    let start = Instant::now();
    let mut batch = Vec::with_capacity(100_000);
    for i in 0..per_device {
        for device in 0..DEVICES {
            // Devices flap out of step with each other.
            let at = begin + Duration::milliseconds(i as i64 * step_ms + device as i64 * 997);
            batch.push(transition(device, at, i));
        }
        if batch.len() >= 100_000 {
            year.record_many(&batch).unwrap();
            batch.clear();
        }
    }
    year.record_many(&batch).unwrap();
    // The app was watching all year.
    let span = year.begin_span(begin).unwrap();
    year.extend_span(span, end).unwrap();
    let load = start.elapsed();
    let rows = year.transition_count().unwrap();
    println!(
        "| bulk load of {rows} rows (a year of {DEVICES} devices flapping every {} min) | {:.1} s, {:.0} rows/s |",
        step_ms / 60_000,
        load.as_secs_f64(),
        rows as f64 / load.as_secs_f64()
    );
    drop(year);
    let size = std::fs::metadata(&path).unwrap().len();
    println!("| database size | {:.0} MB |", size as f64 / 1e6);

    // At start-up after a clean exit: no check (the file is in the page
    // cache, having just been written, for both opens).
    let start = Instant::now();
    let (year, _) = History::open(&path).unwrap();
    let took = start.elapsed();
    assert!(!year.checked_at_open());
    println!(
        "| opening it at start-up after a clean exit (migrations) | {:.0} ms |",
        took.as_secs_f64() * 1000.0
    );
    drop(year);
    // A writer that ends without closing the database (one more row).
    let left = std::process::Command::new(env!("CARGO_BIN_EXE_history-crash-writer"))
        .arg(&path)
        .args(["--leave-after", "1"])
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(left.success());
    let start = Instant::now();
    let (year, _) = History::open(&path).unwrap();
    let took = start.elapsed();
    assert!(year.checked_at_open());
    println!(
        "| opening it at start-up after an unclean exit (integrity quick check, migrations) | {:.0} ms |",
        took.as_secs_f64() * 1000.0
    );
    let mut times = Vec::new();
    let mut returned = 0;
    for run in 0..100u64 {
        let device = DeviceId::new(format!("dev_{:03}", run % DEVICES));
        let start = Instant::now();
        let rows = year
            .transitions(&device, end - Duration::days(30), end)
            .unwrap();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        returned = rows.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "| 30-day transitions of one device ({returned} rows) | median {:.2} ms, p95 {:.2} ms |",
        percentile(&times, 0.5),
        percentile(&times, 0.95)
    );
    let live = Live::at(end);
    let time = |label: &str, f: &mut dyn FnMut(u64) -> String| {
        let mut times = Vec::new();
        let mut detail = String::new();
        for run in 0..50u64 {
            let start = Instant::now();
            detail = f(run);
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| {label} ({detail}) | median {:.2} ms, p95 {:.2} ms |",
            percentile(&times, 0.5),
            percentile(&times, 0.95)
        );
    };
    // The device view: drawn at 1,200 px, and in full for an export.
    for (label, min_ms) in [
        (
            "30-day view of one device, drawn at 1200 px",
            Duration::days(30).num_milliseconds() / 1200,
        ),
        ("30-day view of one device, every change (export)", 0),
    ] {
        time(label, &mut |run| {
            let device = DeviceId::new(format!("dev_{:03}", run % DEVICES));
            let h = year
                .device_history(&device, end - Duration::days(30), end, live, min_ms)
                .unwrap()
                .unwrap();
            format!("{} segments, {} outages", h.segments.len(), h.outages.len())
        });
    }
    time("workspace ranking by disconnects, last 7 days", &mut |_| {
        let rows = year.ranking(end - Duration::days(7), end).unwrap();
        let total: u32 = rows.iter().map(|r| r.disconnects).sum();
        format!("{} devices, {total} disconnects", rows.len())
    });
    time("24-hour strips of every card", &mut |_| {
        let strips = year
            .strips(
                end - Duration::days(1),
                live,
                Duration::days(1).num_milliseconds() / 300,
            )
            .unwrap();
        format!("{} devices", strips.len())
    });

    let start = Instant::now();
    let known = year.last_known().unwrap();
    println!(
        "| last known state of every device ({} devices, at start-up) | {:.2} ms |",
        known.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    let _ = std::fs::remove_dir_all(&dir);
}
