//! Writes a known three days of history for one device into a history
//! database, ending now: two outages (one ended by itself, one by a re-scan),
//! WAPing unreachable for an hour, and two hours when the app was not running.
//! The end-to-end tests open the app on it.
//!
//! `cargo run -p waping-core --example seed_history -- <db> <device-id> <name>`

use chrono::{Duration, Utc};
use waping_core::history::History;
use waping_core::monitor::{GatewayHealth, Source, Transition};
use waping_core::{DeviceId, SessionState};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [db, id, name] = args.as_slice() else {
        eprintln!("usage: seed_history <db> <device-id> <name>");
        std::process::exit(2);
    };
    let device = DeviceId::parse(id).ok_or("not a device id")?;
    let (mut history, _) = History::open(std::path::Path::new(db))?;
    let now = Utc::now();
    let ago = |minutes: i64| now - Duration::minutes(minutes);

    let first = history.begin_span(ago(3 * 24 * 60))?;
    history.extend_span(first, ago(30 * 60))?;
    let second = history.begin_span(ago(28 * 60))?;
    history.extend_span(second, ago(2))?;

    let change = |minutes: i64, to: SessionState, reason: Option<&str>| Transition {
        device_id: device.clone(),
        device_name: name.clone(),
        from: None,
        to,
        at: ago(minutes),
        reason: reason.map(str::to_owned),
        source: Source::Poll,
        expected: false,
    };
    history.record(&change(3 * 24 * 60, SessionState::Connected, None))?;
    history.record(&change(
        20 * 60,
        SessionState::Disconnected,
        Some("phone_offline"),
    ))?;
    history.record(&change(20 * 60 - 30, SessionState::Connected, None))?;
    history.record(&change(
        6 * 60,
        SessionState::Disconnected,
        Some("logged_out"),
    ))?;
    history.record_scan(&device, ago(5 * 60 + 1))?;
    history.record(&change(5 * 60, SessionState::Connected, None))?;

    let unreachable = GatewayHealth::Failing {
        code: waping_core::ErrorCode::Unreachable,
        message: "cannot reach WAPing: connection refused".into(),
        since: ago(10 * 60),
        auth: false,
    };
    history.record_health(ago(10 * 60), &unreachable)?;
    history.record_health(ago(9 * 60), &GatewayHealth::Ok)?;
    println!(
        "seeded {} transitions into {db}",
        history.transition_count()?
    );
    Ok(())
}
