//! A snooze asked for as the window asks for it keeps the desktop quiet about
//! that phone's real drop, while another phone's drop is still told; once
//! resumed, the phone's next drop is told again. The whole path runs: the
//! agent's monitor polling the demo's simulator over loopback, the alert
//! policy, and notifications to a notification server on a private D-Bus.

mod common;

use common::notification_server::NotificationServer;
use common::{about, agent_with, name, poll_until, state};
use waping_core::alerts::SnoozeFor;
use waping_core::{DeviceId, Mode, SessionState};
use waping_desk_agent::commands::ask;
use waping_link::contract::args::{GetOverview, ResumeAlerts, SnoozeAlerts};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_snoozed_phone_that_drops_is_not_notified_until_resumed() {
    let desktop = NotificationServer::start().await;
    // No poll but those the test asks for (one at start, then each Refresh):
    // none can see the simulator half-changed, or come between a snooze and
    // the monitor hearing of it.
    let agent = agent_with("snooze-suppresses", Some(&common::polls_when_asked())).await;
    let service = &agent.service;

    let snoozed = DeviceId::new("dev_001");
    let other = DeviceId::new("dev_002");
    let start = poll_until(service, "the first poll", |o| {
        o.snapshot.updated_at.is_some()
    })
    .await;
    let snoozed_name = name(&start, &snoozed);
    let other_name = name(&start, &other);
    assert_eq!(start.mode, Mode::Demo, "no key: the demo is watched");
    assert_eq!(
        state(&start, &snoozed),
        Some(SessionState::Connected),
        "the demo's {snoozed_name} starts connected"
    );
    assert_ne!(
        state(&start, &other),
        Some(SessionState::Disconnected),
        "the demo's {other_name} is not down yet"
    );
    let demo = service.connection.demo().await.expect("the demo runs");
    let sim = demo.control();

    let until = ask(
        service,
        SnoozeAlerts {
            device_id: Some(snoozed.clone()),
            duration: SnoozeFor::OneHour,
        },
    )
    .await
    .expect("the snooze is taken")
    .expect("a snooze has an end");
    let overview = ask(service, GetOverview {}).await.unwrap();
    assert_eq!(
        overview.snoozed_devices.get(snoozed.as_str()),
        Some(&until),
        "the card shows the snooze"
    );

    // The snoozed phone drops, and the monitor sees it drop.
    sim.set_status(snoozed.as_str(), "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    poll_until(service, "the snoozed phone to show disconnected", |o| {
        state(o, &snoozed) == Some(SessionState::Disconnected)
    })
    .await;
    // Then another phone drops. Alerts reach the desktop in the order they
    // happen: once the other's is there, any for the snoozed one would be too.
    sim.set_status(other.as_str(), "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    poll_until(service, "the other phone to show disconnected", |o| {
        state(o, &other) == Some(SessionState::Disconnected)
    })
    .await;
    let other_down = format!("{other_name} disconnected");
    let calls = desktop
        .until(&format!("\"{other_down}\""), |calls| {
            calls.iter().any(|c| c.summary == other_down)
        })
        .await;
    let told = about(&calls, &snoozed_name);
    assert!(
        told.is_empty(),
        "{snoozed_name} was snoozed, yet the desktop was told {told:#?}"
    );

    // Resumed: back, silently (its drop was never told), then logged out on
    // the phone, told. (A drop this soon after a reconnect would be taken for
    // the normal reconnect after a scan, told only once it lasts; a logout
    // never is.)
    ask(
        service,
        ResumeAlerts {
            device_id: Some(snoozed.clone()),
        },
    )
    .await
    .expect("the snooze is lifted");
    sim.set_status(snoozed.as_str(), "connected", None)
        .await
        .unwrap();
    poll_until(service, "the resumed phone to show connected", |o| {
        state(o, &snoozed) == Some(SessionState::Connected)
    })
    .await;
    sim.set_status(snoozed.as_str(), "disconnected", Some("logged_out"))
        .await
        .unwrap();
    poll_until(service, "the resumed phone to show disconnected", |o| {
        state(o, &snoozed) == Some(SessionState::Disconnected)
    })
    .await;
    let snoozed_down = format!("{snoozed_name} disconnected");
    let calls = desktop
        .until(&format!("\"{snoozed_down}\""), |calls| {
            calls.iter().any(|c| c.summary == snoozed_down)
        })
        .await;
    let told = about(&calls, &snoozed_name);
    assert_eq!(told.len(), 1, "one notification, of the drop: {told:#?}");
    assert_eq!(told[0].app_name, "WAPing Desk");
    assert!(
        told[0].body.contains("logged out on the phone"),
        "the reason is told: {:?}",
        told[0].body
    );
    assert_eq!(told[0].urgency, Some(2), "a drop is critical");
    agent.stop().await;
}
