//! Desktop notifications as the desktop sees them: a private D-Bus session
//! with a small notification server that records every `Notify` call.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use waping_core::alerts::{Alert, AlertKind};
use waping_core::DeviceId;
use zbus::object_server::SignalEmitter;
use zbus::OwnedVariant;

#[derive(Debug, Clone)]
struct Call {
    app_name: String,
    summary: String,
    body: String,
    actions: Vec<String>,
    urgency: Option<u8>,
    replaces_id: u32,
}

struct Server {
    calls: Arc<Mutex<Vec<Call>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let urgency = hints.get("urgency").and_then(|v| u8::try_from(v).ok());
        let mut calls = self.calls.lock().unwrap();
        calls.push(Call {
            app_name,
            summary,
            body,
            actions,
            urgency,
            replaces_id,
        });
        // As the specification says: a replacement keeps the id it replaces.
        if replaces_id != 0 {
            replaces_id
        } else {
            calls.len() as u32
        }
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "test-server".into(),
            "waping".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}

    #[zbus(signal)]
    async fn action_invoked(
        emitter: &SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;
}

/// A private session bus for this test binary only.
struct Bus(Child);

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn private_bus() -> Bus {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("dbus-daemon (package dbus) is installed");
    let mut address = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    // The only test in this binary: nothing else reads the variable concurrently.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", address.trim());
    Bus(child)
}

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
    let _bus = private_bus();
    let calls = Arc::new(Mutex::new(Vec::new()));
    let connection = zbus::connection::Builder::session()
        .name("org.freedesktop.Notifications")
        .serve_at(
            "/org/freedesktop/Notifications",
            Server {
                calls: calls.clone(),
            },
        )
        .build()
        .await
        .expect("own the notification service on the private bus");

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

    let recorded = calls.lock().unwrap().clone();
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
    let iface = connection
        .object_server()
        .interface::<_, Server>("/org/freedesktop/Notifications")
        .await
        .unwrap();
    // The click may come before the notification's listener has subscribed
    // to the signal (it starts on its own thread): click until it is heard.
    let mut opened = false;
    for _ in 0..50 {
        Server::action_invoked(iface.signal_emitter(), 1, "default")
            .await
            .unwrap();
        if opened_rx.recv_timeout(Duration::from_millis(100)).is_ok() {
            opened = true;
            break;
        }
    }
    assert!(opened, "clicking the notification opens the device");
}
