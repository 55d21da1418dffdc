//! The computer's own services as the agent hears them on the system bus:
//! logind (sleep, and the delay inhibitors that hold it back),
//! NetworkManager (connectivity) and UPower (on battery), served on a
//! private bus that this process's system bus address points at.

use super::bus::{private_bus, Bus};
use std::io::Read;
use std::os::unix::net::UnixStream;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use zbus::object_server::SignalEmitter;

/// One `Inhibit` call, and whether its descriptor is still held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inhibitor {
    pub what: String,
    pub who: String,
    pub why: String,
    pub mode: String,
    /// The taker closed its end: the sleep it held back may go on.
    pub released: bool,
}

struct Taken {
    call: Inhibitor,
    /// Our end of the pair whose other end was given to the caller: it
    /// reads end-of-file once every copy of theirs is closed.
    ours: UnixStream,
}

struct Logind {
    taken: Arc<Mutex<Vec<Taken>>>,
}

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Logind {
    fn inhibit(
        &self,
        what: String,
        who: String,
        why: String,
        mode: String,
    ) -> zbus::fdo::Result<zbus::OwnedFd> {
        let (ours, theirs) =
            UnixStream::pair().map_err(|e| zbus::fdo::Error::Failed(e.to_string()))?;
        ours.set_nonblocking(true)
            .map_err(|e| zbus::fdo::Error::Failed(e.to_string()))?;
        self.taken.lock().unwrap().push(Taken {
            call: Inhibitor {
                what,
                who,
                why,
                mode,
                released: false,
            },
            ours,
        });
        Ok(std::os::fd::OwnedFd::from(theirs).into())
    }

    #[zbus(signal)]
    async fn prepare_for_sleep(emitter: &SignalEmitter<'_>, start: bool) -> zbus::Result<()>;
}

struct NetworkManager {
    connectivity: u32,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager")]
impl NetworkManager {
    #[zbus(property)]
    fn connectivity(&self) -> u32 {
        self.connectivity
    }
}

struct UPower {
    on_battery: bool,
}

#[zbus::interface(name = "org.freedesktop.UPower")]
impl UPower {
    #[zbus(property)]
    fn on_battery(&self) -> bool {
        self.on_battery
    }
}

const LOGIND_PATH: &str = "/org/freedesktop/login1";
const NETWORK_PATH: &str = "/org/freedesktop/NetworkManager";
const UPOWER_PATH: &str = "/org/freedesktop/UPower";

/// logind, NetworkManager and UPower on a private system bus.
pub struct SystemServices {
    logind: zbus::Connection,
    /// None until NetworkManager starts (it may start after the agent).
    network: Option<zbus::Connection>,
    upower: zbus::Connection,
    taken: Arc<Mutex<Vec<Taken>>>,
    // Dropped last: the bus outlives the connections to it.
    _bus: Bus,
}

async fn serve<I: zbus::object_server::Interface>(
    name: &'static str,
    path: &'static str,
    interface: I,
) -> zbus::Connection {
    zbus::connection::Builder::system()
        .name(name)
        .serve_at(path, interface)
        .build()
        .await
        .unwrap_or_else(|e| panic!("own {name} on the private bus: {e}"))
}

impl SystemServices {
    /// Starts the bus (pointing `DBUS_SYSTEM_BUS_ADDRESS` at it) and the
    /// three services: connected to the internet, on the mains.
    pub async fn start() -> Self {
        let mut services = Self::start_without_network_manager().await;
        services.start_network_manager(4).await;
        services
    }

    /// As [`SystemServices::start`], but with no NetworkManager yet.
    pub async fn start_without_network_manager() -> Self {
        let bus = private_bus("DBUS_SYSTEM_BUS_ADDRESS");
        let taken = Arc::new(Mutex::new(Vec::new()));
        let logind = serve(
            "org.freedesktop.login1",
            LOGIND_PATH,
            Logind {
                taken: taken.clone(),
            },
        )
        .await;
        let upower = serve(
            "org.freedesktop.UPower",
            UPOWER_PATH,
            UPower { on_battery: false },
        )
        .await;
        Self {
            logind,
            network: None,
            upower,
            taken,
            _bus: bus,
        }
    }

    /// logind says the computer is about to sleep (`true`) or woke (`false`).
    pub async fn prepare_for_sleep(&self, start: bool) {
        let iface = self
            .logind
            .object_server()
            .interface::<_, Logind>(LOGIND_PATH)
            .await
            .unwrap();
        Logind::prepare_for_sleep(iface.signal_emitter(), start)
            .await
            .unwrap();
    }

    /// NetworkManager starts, its connectivity `value` (1 none … 4 full).
    pub async fn start_network_manager(&mut self, connectivity: u32) {
        self.network = Some(
            serve(
                "org.freedesktop.NetworkManager",
                NETWORK_PATH,
                NetworkManager { connectivity },
            )
            .await,
        );
    }

    /// NetworkManager's connectivity becomes `value` (1 none … 4 full).
    pub async fn set_connectivity(&self, value: u32) {
        let iface = self
            .network
            .as_ref()
            .expect("NetworkManager runs")
            .object_server()
            .interface::<_, NetworkManager>(NETWORK_PATH)
            .await
            .unwrap();
        iface.get_mut().await.connectivity = value;
        iface
            .get()
            .await
            .connectivity_changed(iface.signal_emitter())
            .await
            .unwrap();
    }

    /// UPower says the computer runs on battery, or on the mains.
    pub async fn set_on_battery(&self, on_battery: bool) {
        let iface = self
            .upower
            .object_server()
            .interface::<_, UPower>(UPOWER_PATH)
            .await
            .unwrap();
        iface.get_mut().await.on_battery = on_battery;
        iface
            .get()
            .await
            .on_battery_changed(iface.signal_emitter())
            .await
            .unwrap();
    }

    /// Every inhibitor taken so far, in order, each as held or released now.
    pub fn inhibitors(&self) -> Vec<Inhibitor> {
        let mut taken = self.taken.lock().unwrap();
        for t in taken.iter_mut() {
            if !t.call.released {
                let mut byte = [0u8; 1];
                // End-of-file: no copy of the caller's end is open any more.
                t.call.released = matches!((&t.ours).read(&mut byte), Ok(0));
            }
        }
        taken.iter().map(|t| t.call.clone()).collect()
    }

    /// Waits (30 s at most) until the inhibitors pass `test`, and returns them.
    pub async fn until_inhibitors(
        &self,
        what: &str,
        test: impl Fn(&[Inhibitor]) -> bool,
    ) -> Vec<Inhibitor> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let inhibitors = self.inhibitors();
            if test(&inhibitors) {
                return inhibitors;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; logind holds {inhibitors:#?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}
