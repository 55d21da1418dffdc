//! What the pairing view shows; the attempt that produces it is core's `pairing`.

use crate::domain::Device;
use crate::ErrorCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the pairing view shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "camelCase")]
#[ts(export)]
pub enum PairingState {
    Starting,
    /// A code to scan, until `expiresAt`.
    #[serde(rename_all = "camelCase")]
    Code {
        /// What the code encodes, for the PNG copy; the view shows the SVG.
        #[serde(skip)]
        #[ts(skip)]
        payload: String,
        svg: String,
        expires_at: DateTime<Utc>,
        /// 1-based position of this code in the attempt.
        number: u32,
        of: u32,
    },
    /// The phone is linked.
    Linked {
        device: Device,
    },
    /// Every code of the attempt expired: offer a new one.
    Expired,
    /// WAPing has no QR endpoint: pair in the dashboard instead.
    Dashboard {
        url: String,
    },
    Failed {
        code: ErrorCode,
        message: String,
    },
}

impl PairingState {
    pub fn is_final(&self) -> bool {
        !matches!(self, PairingState::Starting | PairingState::Code { .. })
    }
}
