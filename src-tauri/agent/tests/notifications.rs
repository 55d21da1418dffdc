//! Desktop notifications as the desktop sees them: a private D-Bus session
//! with a small notification server that records every `Notify` call.

mod common;

use common::notification_server::NotificationServer;
use std::time::Duration;
use waping_core::alerts::{Alert, AlertKind};
use waping_core::DeviceId;

fn alert(kind: AlertKind, summary: &str, body: &str) -> Alert {
    Alert {
        kind,
        device_id: DeviceId::new("dev_001"),
        device_name: "Shop phone".into(),
        summary: summary.into(),
        body: body.into(),
        at: chrono::Utc::now(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alerts_reach_the_desktop_with_their_words_and_a_click_opens_the_device() {
    let server = NotificationServer::start().await;

    let (opened_tx, opened_rx) = std::sync::mpsc::channel();
    let down = alert(
        AlertKind::Down,
        "Shop phone disconnected",
        "Since 10:42 — logged out on the phone. Re-scan the QR code to restore sending.",
    );
    tokio::task::spawn_blocking(move || {
        waping_desk_agent::notifier::show(&down, move || opened_tx.send(()).unwrap())
    })
    .await
    .unwrap()
    .expect("shown");
    let up = alert(
        AlertKind::Up,
        "Shop phone is connected again",
        "Shop phone is connected again after 14 min.",
    );
    tokio::task::spawn_blocking(move || waping_desk_agent::notifier::show(&up, || {}))
        .await
        .unwrap()
        .expect("shown");

    let recorded = server.calls();
    assert_eq!(recorded.len(), 2, "{recorded:?}");
    assert_eq!(recorded[0].app_name, "WAPing Desk");
    assert_eq!(recorded[0].summary, "Shop phone disconnected");
    assert_eq!(
        recorded[0].body,
        "Since 10:42 — logged out on the phone. Re-scan the QR code to restore sending."
    );
    assert!(
        recorded[0].actions.contains(&"default".to_owned()),
        "{:?}",
        recorded[0].actions
    );
    assert_eq!(recorded[0].urgency, Some(2), "a drop is critical");
    assert_eq!(recorded[1].summary, "Shop phone is connected again");
    assert_eq!(recorded[1].urgency, Some(0));
    assert_eq!(recorded[0].replaces_id, 0);
    assert_eq!(
        recorded[1].replaces_id, 1,
        "the recovery takes the place of the drop on screen"
    );

    // The user clicks the first notification.
    // The click may come before the notification's listener has subscribed
    // to the signal (it starts on its own thread): click until it is heard.
    let mut opened = false;
    for _ in 0..50 {
        server.click(1, "default").await;
        if opened_rx.recv_timeout(Duration::from_millis(100)).is_ok() {
            opened = true;
            break;
        }
    }
    assert!(opened, "clicking the notification opens the device");
}
