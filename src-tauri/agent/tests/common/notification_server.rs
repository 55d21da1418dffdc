//! Desktop notifications as the desktop sees them: a private D-Bus session
//! with a small notification server that records every `Notify` call.

use super::bus::{private_bus, Bus};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use zbus::object_server::SignalEmitter;
use zbus::OwnedVariant;

/// One `Notify` call, as the server received it.
#[derive(Debug, Clone)]
pub struct Call {
    pub app_name: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    pub urgency: Option<u8>,
    pub replaces_id: u32,
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

/// The desktop's notification service, on a private bus that this process's
/// notifications (and anything else it asks of the session bus) go to.
pub struct NotificationServer {
    connection: zbus::Connection,
    calls: Arc<Mutex<Vec<Call>>>,
    // Dropped last: the bus outlives the connection to it.
    _bus: Bus,
}

impl NotificationServer {
    pub async fn start() -> Self {
        let bus = private_bus("DBUS_SESSION_BUS_ADDRESS");
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
        Self {
            connection,
            calls,
            _bus: bus,
        }
    }

    /// Every notification shown so far, in the order shown.
    pub fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }

    /// Waits (10 s at most) until the notifications shown so far pass `test`,
    /// and returns them.
    pub async fn until(&self, what: &str, test: impl Fn(&[Call]) -> bool) -> Vec<Call> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let calls = self.calls();
            if test(&calls) {
                return calls;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; the desktop was shown {calls:#?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The user clicks `action_key` of the notification `id`.
    pub async fn click(&self, id: u32, action_key: &str) {
        let iface = self
            .connection
            .object_server()
            .interface::<_, Server>("/org/freedesktop/Notifications")
            .await
            .unwrap();
        Server::action_invoked(iface.signal_emitter(), id, action_key)
            .await
            .unwrap();
    }
}
