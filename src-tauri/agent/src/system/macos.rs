//! macOS: sleep and wake from NSWorkspace's notifications, delivered on the
//! main queue (the tray's event loop runs the main thread's run loop); the
//! battery (IOKit's power sources) and the network (SystemConfiguration's
//! reachability of the internet) are read every half minute, which costs
//! two cheap system calls and needs no run loop of their own.

use super::Signals;
use block2::RcBlock;
use core_foundation::base::{CFType, CFTypeRef, TCFType};
use core_foundation::string::{CFString, CFStringRef};
use objc2::rc::Retained;
use objc2::runtime::{NSObjectProtocol, ProtocolObject};
use objc2_app_kit::{
    NSWorkspace, NSWorkspaceDidWakeNotification, NSWorkspaceWillSleepNotification,
};
use objc2_foundation::{NSNotification, NSOperationQueue};
use std::ptr::NonNull;
use std::time::Duration;
use waping_core::domain::Connectivity;

/// How often the battery and the network are read.
const READ_EVERY: Duration = Duration::from_secs(30);

/// The notification observers, removed on drop, and the task that reads
/// the battery and the network.
pub(super) struct Registration {
    observers: Vec<Retained<ProtocolObject<dyn NSObjectProtocol>>>,
    reads: tokio::task::JoinHandle<()>,
}

// SAFETY: the observers are opaque tokens only handed back to the
// notification center, whose methods may be called from any thread.
unsafe impl Send for Registration {}
unsafe impl Sync for Registration {}

impl Drop for Registration {
    fn drop(&mut self) {
        self.reads.abort();
        let center = NSWorkspace::sharedWorkspace().notificationCenter();
        for observer in &self.observers {
            // SAFETY: each token was returned by this center's
            // addObserverForName:object:queue:usingBlock:.
            unsafe {
                center.removeObserver(AsRef::<objc2::runtime::AnyObject>::as_ref(&**observer))
            };
        }
    }
}

pub(super) fn watch(signals: Signals) -> Option<Registration> {
    let center = NSWorkspace::sharedWorkspace().notificationCenter();
    let main = NSOperationQueue::mainQueue();
    let sleeping = signals.clone();
    // macOS waits for the observers of the will-sleep notification to
    // return (up to 30 s): the monitor writes meanwhile, within its limit.
    let will_sleep = RcBlock::new(move |_: NonNull<NSNotification>| {
        let _ = sleeping.sleeping().blocking_recv();
    });
    let waking = signals.clone();
    let did_wake = RcBlock::new(move |_: NonNull<NSNotification>| waking.woke());
    // SAFETY: the names are AppKit's own constants, no object filters, the
    // main queue runs the blocks on the main thread, and the blocks only
    // send on a channel (they are Send).
    let observers = unsafe {
        vec![
            center.addObserverForName_object_queue_usingBlock(
                Some(NSWorkspaceWillSleepNotification),
                None,
                Some(&main),
                &will_sleep,
            ),
            center.addObserverForName_object_queue_usingBlock(
                Some(NSWorkspaceDidWakeNotification),
                None,
                Some(&main),
                &did_wake,
            ),
        ]
    };
    let reads = tokio::spawn(async move {
        let mut every = tokio::time::interval(READ_EVERY);
        loop {
            every.tick().await;
            if let Some(on_battery) = on_battery_now() {
                signals.on_battery(on_battery);
            }
            if let Some(connectivity) = connectivity_now() {
                signals.network(connectivity);
            }
        }
    });
    Some(Registration { observers, reads })
}

#[link(name = "IOKit", kind = "framework")]
extern "C" {
    fn IOPSCopyPowerSourcesInfo() -> CFTypeRef;
    fn IOPSGetProvidingPowerSourceType(snapshot: CFTypeRef) -> CFStringRef;
}

/// Whether the power comes from a battery now ("Battery Power"), as against
/// "AC Power" or a UPS; `None` when IOKit does not say.
fn on_battery_now() -> Option<bool> {
    // SAFETY: IOPSCopyPowerSourcesInfo returns an owned object (or null),
    // released by the CFType wrapper; the type string follows the get rule
    // and is copied out before the snapshot is released.
    unsafe {
        let snapshot = IOPSCopyPowerSourcesInfo();
        if snapshot.is_null() {
            return None;
        }
        let snapshot = CFType::wrap_under_create_rule(snapshot);
        let kind = IOPSGetProvidingPowerSourceType(snapshot.as_CFTypeRef());
        if kind.is_null() {
            return None;
        }
        Some(CFString::wrap_under_get_rule(kind).to_string() == "Battery Power")
    }
}

#[link(name = "SystemConfiguration", kind = "framework")]
extern "C" {
    fn SCNetworkReachabilityCreateWithAddress(
        allocator: CFTypeRef,
        address: *const libc::sockaddr,
    ) -> CFTypeRef;
    fn SCNetworkReachabilityGetFlags(target: CFTypeRef, flags: *mut u32) -> u8;
}

const REACHABLE: u32 = 1 << 1;
const CONNECTION_REQUIRED: u32 = 1 << 2;
const CONNECTION_ON_TRAFFIC: u32 = 1 << 3;
const INTERVENTION_REQUIRED: u32 = 1 << 4;
const CONNECTION_ON_DEMAND: u32 = 1 << 5;

/// Whether the internet (any address, 0.0.0.0) is reachable without the
/// user's doing, as Apple's reachability sample reads the flags.
fn connectivity_now() -> Option<Connectivity> {
    // SAFETY: a zeroed sockaddr_in with its length and family set is the
    // "any address" target; the reachability object is owned (create rule)
    // and released by the CFType wrapper.
    let flags = unsafe {
        let mut any: libc::sockaddr_in = std::mem::zeroed();
        any.sin_len = std::mem::size_of::<libc::sockaddr_in>() as u8;
        any.sin_family = libc::AF_INET as libc::sa_family_t;
        let target = SCNetworkReachabilityCreateWithAddress(
            std::ptr::null(),
            std::ptr::from_ref(&any).cast(),
        );
        if target.is_null() {
            return None;
        }
        let target = CFType::wrap_under_create_rule(target);
        let mut flags = 0u32;
        if SCNetworkReachabilityGetFlags(target.as_CFTypeRef(), &mut flags) == 0 {
            return None;
        }
        flags
    };
    Some(connectivity_of_flags(flags))
}

fn connectivity_of_flags(flags: u32) -> Connectivity {
    if flags & REACHABLE == 0 {
        return Connectivity::Offline;
    }
    if flags & CONNECTION_REQUIRED == 0 {
        return Connectivity::Online;
    }
    let automatic = flags & (CONNECTION_ON_DEMAND | CONNECTION_ON_TRAFFIC) != 0;
    if automatic && flags & INTERVENTION_REQUIRED == 0 {
        Connectivity::Online
    } else {
        // A connection the user must make (a VPN to start, a sign-in).
        Connectivity::Limited
    }
}
