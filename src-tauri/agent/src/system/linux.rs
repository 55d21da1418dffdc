//! Linux: sleep and wake from logind, the network from NetworkManager and the
//! battery from UPower, all on the system bus (`DBUS_SYSTEM_BUS_ADDRESS`
//! when set, as tests set it).
//!
//! Each service is optional: a container has no system bus, a server no
//! UPower, many desktops no NetworkManager. One that is missing is said once
//! and followed from when it appears; one that leaves is waited for again.

use super::{connectivity_of_network_manager, Signals};
use futures_util::StreamExt;
use std::future::Future;
use zbus::fdo::DBusProxy;
use zbus::Connection;

const LOGIND: &str = "org.freedesktop.login1";
const NETWORK_MANAGER: &str = "org.freedesktop.NetworkManager";
const UPOWER: &str = "org.freedesktop.UPower";

#[zbus::proxy(
    interface = "org.freedesktop.login1.Manager",
    default_service = "org.freedesktop.login1",
    default_path = "/org/freedesktop/login1"
)]
trait Logind {
    /// A file descriptor that holds the sleep back (for a "delay" inhibitor,
    /// a few seconds at most) until it is closed.
    fn inhibit(&self, what: &str, who: &str, why: &str, mode: &str) -> zbus::Result<zbus::OwnedFd>;

    /// True just before the computer sleeps, false once it woke.
    #[zbus(signal)]
    fn prepare_for_sleep(&self, start: bool) -> zbus::Result<()>;
}

#[zbus::proxy(
    interface = "org.freedesktop.NetworkManager",
    default_service = "org.freedesktop.NetworkManager",
    default_path = "/org/freedesktop/NetworkManager"
)]
trait NetworkManager {
    #[zbus(property)]
    fn connectivity(&self) -> zbus::Result<u32>;
}

#[zbus::proxy(
    interface = "org.freedesktop.UPower",
    default_service = "org.freedesktop.UPower",
    default_path = "/org/freedesktop/UPower"
)]
trait UPower {
    #[zbus(property)]
    fn on_battery(&self) -> zbus::Result<bool>;
}

/// Follows the three services until the agent stops.
pub(super) async fn watch(signals: Signals) {
    let bus = match Connection::system().await {
        Ok(bus) => bus,
        Err(e) => {
            tracing::info!(
                "no system bus ({e}): sleep, the network and the battery are not followed"
            );
            return;
        }
    };
    tokio::join!(
        while_present(&bus, LOGIND, "sleep and wake", || follow_sleep(
            &bus, &signals
        )),
        while_present(&bus, NETWORK_MANAGER, "the network", || follow_network(
            &bus, &signals
        )),
        while_present(&bus, UPOWER, "the battery", || follow_battery(
            &bus, &signals
        )),
    );
}

/// Runs `follow` while `name` has an owner on the bus, and again each time
/// it gets one.
async fn while_present<F, Fut>(bus: &Connection, name: &'static str, what: &str, follow: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = zbus::Result<()>>,
{
    let dbus = match DBusProxy::new(bus).await {
        Ok(dbus) => dbus,
        Err(e) => {
            tracing::info!("the system bus does not answer ({e}): {what} is not followed");
            return;
        }
    };
    // Listened to before the first look, so an owner coming between the
    // two is not missed.
    let mut owners = match dbus
        .receive_name_owner_changed_with_args(&[(0, name)])
        .await
    {
        Ok(owners) => owners,
        Err(e) => {
            tracing::info!("cannot follow {name} on the system bus ({e}): {what} is not followed");
            return;
        }
    };
    let mut said_missing = false;
    loop {
        let present = match name.try_into() {
            Ok(bus_name) => dbus.name_has_owner(bus_name).await.unwrap_or(false),
            Err(_) => false,
        };
        if present {
            said_missing = false;
            tokio::select! {
                followed = follow() => {
                    if let Err(e) = followed {
                        tracing::info!("{what} is not followed: {name} answered {e}");
                    }
                    // Whatever went wrong, try again only when the owner changes.
                    if owners.next().await.is_none() {
                        return;
                    }
                }
                () = until_gone(&mut owners) => {
                    tracing::info!("{name} left the system bus: {what} is not followed until it is back");
                }
            }
        } else {
            if !said_missing {
                tracing::info!(
                    "{name} is not on the system bus: {what} is not followed until it starts"
                );
                said_missing = true;
            }
            if owners.next().await.is_none() {
                return;
            }
        }
    }
}

/// Waits until the name the stream follows loses its owner.
async fn until_gone(owners: &mut zbus::fdo::NameOwnerChangedStream) {
    while let Some(change) = owners.next().await {
        match change.args() {
            Ok(args) if args.new_owner().is_none() => return,
            _ => {}
        }
    }
    std::future::pending().await
}

/// Holds a delay on sleep from now on, and on each `PrepareForSleep(true)`
/// tells the monitor, waits until it wrote and lets the sleep go on.
async fn follow_sleep(bus: &Connection, signals: &Signals) -> zbus::Result<()> {
    let logind = LogindProxy::new(bus).await?;
    // Subscribed before the delay is taken: a sleep that comes in between
    // is still heard.
    let mut sleeps = logind.receive_prepare_for_sleep().await?;
    let mut delay = hold_sleep(&logind).await;
    while let Some(signal) = sleeps.next().await {
        let Ok(args) = signal.args() else {
            tracing::debug!("a PrepareForSleep signal without its argument was ignored");
            continue;
        };
        if *args.start() {
            let _ = signals.sleeping().await;
            // Closing the descriptor is what lets the sleep go on.
            drop(delay.take());
        } else {
            signals.woke();
            if delay.is_none() {
                delay = hold_sleep(&logind).await;
            }
        }
    }
    Ok(())
}

/// A delay inhibitor, or none when logind refuses it (the sleep is then
/// still heard, only not held back for the write).
async fn hold_sleep(logind: &LogindProxy<'_>) -> Option<zbus::OwnedFd> {
    logind
        .inhibit(
            "sleep",
            "WAPing Desk",
            "Saving what was watched before sleep",
            "delay",
        )
        .await
        .inspect_err(|e| tracing::info!("logind gave no sleep delay ({e}): sleep is not held back"))
        .ok()
}

async fn follow_network(bus: &Connection, signals: &Signals) -> zbus::Result<()> {
    let network = NetworkManagerProxy::new(bus).await?;
    // The stream gives the value the proxy read first, then each change.
    let mut changes = network.receive_connectivity_changed().await;
    signals.network(connectivity_of_network_manager(
        network.connectivity().await?,
    ));
    while let Some(change) = changes.next().await {
        match change.get().await {
            Ok(value) => signals.network(connectivity_of_network_manager(value)),
            Err(e) => tracing::debug!("NetworkManager's connectivity was not read: {e}"),
        }
    }
    Ok(())
}

async fn follow_battery(bus: &Connection, signals: &Signals) -> zbus::Result<()> {
    let upower = UPowerProxy::new(bus).await?;
    let mut changes = upower.receive_on_battery_changed().await;
    signals.on_battery(upower.on_battery().await?);
    while let Some(change) = changes.next().await {
        match change.get().await {
            Ok(on_battery) => signals.on_battery(on_battery),
            Err(e) => tracing::debug!("UPower's OnBattery was not read: {e}"),
        }
    }
    Ok(())
}
