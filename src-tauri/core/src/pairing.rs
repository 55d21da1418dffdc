//! A pairing attempt: shows each QR code WAPing hands out, follows their
//! rotation and expiry, and ends when the phone links, on a clear error, when
//! the attempt runs out, or when the view closes (dropping it stops at once:
//! no request is made after that).

use crate::domain::{system_clock, Device, DeviceId, SessionState, SharedClock};
use crate::gateway::{wire, GatewayClient, GatewayError};
use crate::qr;
use crate::ErrorCode;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;
pub use waping_model::pairing_state::PairingState;
use waping_model::AppError;

#[derive(Debug, Clone)]
pub struct PairingConfig {
    /// How often the device is checked for the link while a code shows.
    pub check_every: Duration,
    /// Codes in one attempt (WhatsApp hands out about six).
    pub codes: u32,
    /// Where "now" comes from, against each code's expiry.
    pub clock: SharedClock,
}

impl Default for PairingConfig {
    fn default() -> Self {
        Self {
            check_every: Duration::from_secs(2),
            codes: 6,
            clock: system_clock(),
        }
    }
}

/// A running attempt; dropping it stops it.
pub struct Pairing {
    device_id: DeviceId,
    state: watch::Receiver<PairingState>,
    task: JoinHandle<()>,
}

impl Pairing {
    pub fn start(client: GatewayClient, device_id: DeviceId, config: PairingConfig) -> Self {
        let (tx, rx) = watch::channel(PairingState::Starting);
        let task = tokio::spawn(run(client, device_id.clone(), config, tx));
        Self {
            device_id,
            state: rx,
            task,
        }
    }

    pub fn device_id(&self) -> &DeviceId {
        &self.device_id
    }

    pub fn subscribe(&self) -> watch::Receiver<PairingState> {
        self.state.clone()
    }

    pub fn current(&self) -> PairingState {
        self.state.borrow().clone()
    }
}

impl Drop for Pairing {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn failed(error: &GatewayError) -> PairingState {
    PairingState::Failed {
        code: error.code(),
        message: error.to_string(),
    }
}

async fn run(
    client: GatewayClient,
    id: DeviceId,
    config: PairingConfig,
    tx: watch::Sender<PairingState>,
) {
    let end = attempt(&client, &id, &config, &tx).await;
    let _ = tx.send(end);
}

/// Runs until a final state, which it returns.
async fn attempt(
    client: &GatewayClient,
    id: &DeviceId,
    config: &PairingConfig,
    tx: &watch::Sender<PairingState>,
) -> PairingState {
    let mut shown: Option<String> = None;
    let mut number = 0;
    loop {
        let code = match client.qr(id).await {
            Ok(code) => code,
            Err(GatewayError::Conflict { .. }) => {
                // "Already connected": the phone may have linked this very moment.
                return match client.device(id).await {
                    Ok(device) if device.state == SessionState::Connected => {
                        PairingState::Linked { device }
                    }
                    Ok(_) | Err(_) => PairingState::Failed {
                        code: ErrorCode::AlreadyConnected,
                        message:
                            "This device is already linked; log it out first to pair another phone."
                                .into(),
                    },
                };
            }
            Err(GatewayError::NotFound { .. }) => {
                // No such device, or no QR endpoint on this WAPing.
                return match client.device(id).await {
                    Ok(_) => PairingState::Dashboard {
                        url: wire::dashboard_device_url(id),
                    },
                    Err(e @ GatewayError::NotFound { .. }) => failed(&e),
                    Err(e) => failed(&e),
                };
            }
            Err(e) => return failed(&e),
        };
        if shown.as_deref() != Some(code.payload.as_str()) {
            number += 1;
            if number > config.codes {
                return PairingState::Expired;
            }
            let svg = match qr::svg(&code.payload) {
                Ok(svg) => svg,
                Err(e) => {
                    return PairingState::Failed {
                        code: ErrorCode::QrUnreadable,
                        message: e.to_string(),
                    }
                }
            };
            let _ = tx.send(PairingState::Code {
                payload: code.payload.clone(),
                svg,
                expires_at: code.expires_at,
                number,
                of: config.codes,
            });
            shown = Some(code.payload);
        }
        // Check for the link until this code expires.
        loop {
            let check = tokio::time::sleep(config.check_every);
            // A code already past its time here (this clock ahead of WAPing's)
            // is still asked about at the usual pace, never in a tight loop;
            // otherwise its end, on the clock, comes first if it is sooner.
            if config.clock.now() >= code.expires_at {
                check.await;
            } else {
                tokio::select! {
                    () = check => {}
                    () = crate::wait::sleep_until(&*config.clock, code.expires_at) => {}
                }
            }
            match client.device(id).await {
                Ok(device) if device.state == SessionState::Connected => {
                    return PairingState::Linked { device };
                }
                Ok(_) => {}
                Err(e @ GatewayError::NotFound { .. }) => return failed(&e),
                Err(e) if e.is_transient() => {}
                Err(e) => return failed(&e),
            }
            if config.clock.now() >= code.expires_at {
                if number >= config.codes {
                    return PairingState::Expired;
                }
                break;
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AddDeviceError {
    #[error("{plan} allows {limit} linked device{}; remove one or upgrade", if *.limit == 1 { "" } else { "s" })]
    PlanLimit { plan: String, limit: u32 },
    #[error("the device name must be 1 to 64 characters")]
    BadName,
    #[error(transparent)]
    Gateway(#[from] GatewayError),
}

impl AddDeviceError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AddDeviceError::PlanLimit { .. } => ErrorCode::PlanLimit,
            AddDeviceError::BadName => ErrorCode::InvalidInput,
            AddDeviceError::Gateway(e) => e.code(),
        }
    }
}

impl From<AddDeviceError> for AppError {
    fn from(e: AddDeviceError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

/// Creates a device to pair, after checking the plan's limit so that a
/// request bound to fail is never sent.
pub async fn add_device(
    client: &GatewayClient,
    name: &str,
    plan: &crate::domain::Plan,
    devices_now: usize,
) -> Result<Device, AddDeviceError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 64 || name.chars().any(char::is_control) {
        return Err(AddDeviceError::BadName);
    }
    if plan.devices_full(devices_now) {
        return Err(AddDeviceError::PlanLimit {
            plan: plan.name.clone(),
            limit: plan.device_limit,
        });
    }
    Ok(client.create_device(name).await?)
}
