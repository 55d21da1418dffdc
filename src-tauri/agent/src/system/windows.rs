//! Windows: sleep and wake from `PowerRegisterSuspendResumeNotification`,
//! the battery from the AC/DC power source setting, the network from
//! `NotifyNetworkConnectivityHintChange`. All three call back on a thread of
//! the system's, which suits a process without a window; a suspend
//! callback may take a little time before the system sleeps, which is when
//! the monitor writes.

use super::Signals;
use std::ffi::c_void;
use std::ptr;
use waping_core::domain::Connectivity;
use windows_sys::Win32::Foundation::{ERROR_SUCCESS, HANDLE};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    CancelMibChangeNotify2, NotifyNetworkConnectivityHintChange,
};
use windows_sys::Win32::Networking::WinSock::{
    NetworkConnectivityLevelHintConstrainedInternetAccess, NetworkConnectivityLevelHintLocalAccess,
    NetworkConnectivityLevelHintNone, NL_NETWORK_CONNECTIVITY_HINT,
};
use windows_sys::Win32::System::Power::{
    GetSystemPowerStatus, PowerRegisterSuspendResumeNotification, PowerSettingRegisterNotification,
    PowerSettingUnregisterNotification, PowerUnregisterSuspendResumeNotification,
    DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS, SYSTEM_POWER_STATUS,
};
use windows_sys::Win32::System::SystemServices::GUID_ACDC_POWER_SOURCE;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    DEVICE_NOTIFY_CALLBACK, PBT_APMRESUMEAUTOMATIC, PBT_APMSUSPEND, PBT_POWERSETTINGCHANGE,
};

/// What was registered with the system; unregistered (before the context
/// the callbacks read is freed) on drop.
pub(super) struct Registration {
    suspend: *mut c_void,
    power_source: *mut c_void,
    network: HANDLE,
    /// Read by the callbacks; boxed so its address stays put, and kept
    /// alive until every registration is gone.
    context: *mut Signals,
    /// The subscribe parameters must outlive the registrations that point
    /// at them.
    _parameters: Box<DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS>,
}

// SAFETY: the handles are only passed back to the system on drop, and the
// context is a `Signals`, which is Send + Sync.
unsafe impl Send for Registration {}
unsafe impl Sync for Registration {}

impl Drop for Registration {
    fn drop(&mut self) {
        // SAFETY: each handle was returned by its register call and is
        // unregistered once; these calls wait for callbacks in progress,
        // so the context is freed only after the last one returned.
        unsafe {
            if !self.suspend.is_null() {
                PowerUnregisterSuspendResumeNotification(self.suspend as isize);
            }
            if !self.power_source.is_null() {
                PowerSettingUnregisterNotification(self.power_source as isize);
            }
            if !self.network.is_null() {
                CancelMibChangeNotify2(self.network);
            }
            drop(Box::from_raw(self.context));
        }
    }
}

/// Registers for the three notifications; any the system refuses is said
/// once and left out.
pub(super) fn watch(signals: Signals) -> Option<Registration> {
    signals.on_battery(on_battery_now().unwrap_or(false));
    let context = Box::into_raw(Box::new(signals));
    let parameters = Box::new(DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS {
        Callback: Some(on_power),
        Context: context.cast(),
    });
    let recipient: HANDLE = ptr::from_ref(&*parameters).cast_mut().cast();
    let mut suspend = ptr::null_mut();
    let mut power_source = ptr::null_mut();
    let mut network: HANDLE = ptr::null_mut();
    // SAFETY: `recipient` points at parameters kept alive (boxed, in the
    // registration) until they are unregistered; the out-pointers are valid.
    unsafe {
        let status =
            PowerRegisterSuspendResumeNotification(DEVICE_NOTIFY_CALLBACK, recipient, &mut suspend);
        if status != ERROR_SUCCESS {
            tracing::info!("sleep and wake are not followed (error {status})");
            suspend = ptr::null_mut();
        }
        let status = PowerSettingRegisterNotification(
            &GUID_ACDC_POWER_SOURCE,
            DEVICE_NOTIFY_CALLBACK,
            recipient,
            &mut power_source,
        );
        if status != ERROR_SUCCESS {
            tracing::info!("the battery is not followed (error {status})");
            power_source = ptr::null_mut();
        }
        // `true`: the current state is told at once, as a first callback.
        let status = NotifyNetworkConnectivityHintChange(
            Some(on_network),
            context.cast_const().cast(),
            true,
            &mut network,
        );
        if status != ERROR_SUCCESS {
            tracing::info!("the network is not followed (error {status})");
            network = ptr::null_mut();
        }
    }
    Some(Registration {
        suspend,
        power_source,
        network,
        context,
        _parameters: parameters,
    })
}

/// Whether the computer runs on battery now; `None` when Windows does not know.
fn on_battery_now() -> Option<bool> {
    let mut status = SYSTEM_POWER_STATUS::default();
    // SAFETY: a valid out-pointer to a plain struct.
    if unsafe { GetSystemPowerStatus(&mut status) } == 0 {
        return None;
    }
    // 0 offline (on battery), 1 online (on the mains), 255 unknown.
    match status.ACLineStatus {
        0 => Some(true),
        1 => Some(false),
        _ => None,
    }
}

/// Suspend, resume and power source changes, on a system thread.
unsafe extern "system" fn on_power(
    context: *const c_void,
    kind: u32,
    _setting: *const c_void,
) -> u32 {
    // SAFETY: the context is the `Signals` boxed in the registration, alive
    // until after unregistering, which waits for this callback.
    let signals = unsafe { &*context.cast::<Signals>() };
    match kind {
        PBT_APMSUSPEND => {
            // Windows waits for this callback (about 2 s at most) before it
            // sleeps: the monitor writes meanwhile, within the same limit.
            let _ = signals.sleeping().blocking_recv();
        }
        // Sent on every resume, whether or not a user is there.
        PBT_APMRESUMEAUTOMATIC => signals.woke(),
        PBT_POWERSETTINGCHANGE => {
            if let Some(on_battery) = on_battery_now() {
                signals.on_battery(on_battery);
            }
        }
        _ => {}
    }
    ERROR_SUCCESS
}

/// A change of the network's connectivity, on a system thread.
unsafe extern "system" fn on_network(context: *const c_void, hint: NL_NETWORK_CONNECTIVITY_HINT) {
    // SAFETY: as in `on_power`; cancelling the notification waits for this
    // callback to return.
    let signals = unsafe { &*context.cast::<Signals>() };
    let level = hint.ConnectivityLevel;
    signals.network(if level == NetworkConnectivityLevelHintNone {
        Connectivity::Offline
    } else if level == NetworkConnectivityLevelHintLocalAccess
        || level == NetworkConnectivityLevelHintConstrainedInternetAccess
    {
        // A network with no way out of it, or one behind a sign-in page.
        Connectivity::Limited
    } else {
        // Internet access, or Windows does not say.
        Connectivity::Online
    });
}
