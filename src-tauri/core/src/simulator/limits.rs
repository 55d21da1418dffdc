//! Bounds on what a request or a control can make the simulator allocate or
//! wait for. The demo's simulator runs inside the agent, so no caller may
//! grow it without end; the standalone binary keeps the same bounds.

use super::{api_error, Fault, FaultRule};
use crate::gateway::wire::codes;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// The largest request body read (a 200 KB reason set through the control
/// API still fits; anything the contract sends is far smaller).
pub const MAX_REQUEST_BODY: usize = 1024 * 1024;
/// The largest body a `Huge` fault serves: twice what the client reads, so
/// that its refusal can still be tested.
pub const MAX_HUGE_BYTES: usize = 2 * crate::gateway::MAX_BODY_BYTES;
/// The longest a `Slow` fault holds an answer: past any client's timeout.
pub const MAX_DELAY_MS: u64 = 30_000;
/// The longest `Retry-After` a `RateLimit` fault names (a day).
pub const MAX_RETRY_AFTER_SECS: u64 = 24 * 60 * 60;
/// Fault rules waiting at once; more are refused until they are cleared.
pub const MAX_FAULT_RULES: usize = 64;

impl Fault {
    /// The fault with its sizes and delays cut to the bounds above.
    pub fn clamped(self) -> Self {
        match self {
            Fault::Huge { bytes } => Fault::Huge {
                bytes: bytes.min(MAX_HUGE_BYTES),
            },
            Fault::Slow { delay_ms } => Fault::Slow {
                delay_ms: delay_ms.min(MAX_DELAY_MS),
            },
            Fault::RateLimit {
                retry_after_secs,
                http_date,
            } => Fault::RateLimit {
                retry_after_secs: retry_after_secs.min(MAX_RETRY_AFTER_SECS),
                http_date,
            },
            other => other,
        }
    }
}

impl FaultRule {
    /// The rule with its fault cut to the bounds above.
    pub fn clamped(self) -> Self {
        Self {
            fault: self.fault.clamped(),
            ..self
        }
    }
}

/// Refuses a body announced over [`MAX_REQUEST_BODY`] before reading any of
/// it; one sent without a length is cut by axum's body limit instead.
pub(super) async fn refuse_large_bodies(request: Request, next: Next) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if announced.is_some_and(|len| len > MAX_REQUEST_BODY as u64) {
        return api_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::VALIDATION_ERROR,
            &format!("request bodies are limited to {MAX_REQUEST_BODY} bytes"),
        );
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_delays_are_cut_and_the_rest_kept() {
        let huge = FaultRule::times(Fault::Huge { bytes: usize::MAX }, 2).on_page(3);
        let cut = huge.clamped();
        assert_eq!(
            cut.fault,
            Fault::Huge {
                bytes: MAX_HUGE_BYTES
            }
        );
        assert_eq!((cut.count, cut.page), (Some(2), Some(3)));
        assert_eq!(
            Fault::Slow { delay_ms: u64::MAX }.clamped(),
            Fault::Slow {
                delay_ms: MAX_DELAY_MS
            }
        );
        assert_eq!(
            Fault::RateLimit {
                retry_after_secs: u64::MAX,
                http_date: true
            }
            .clamped(),
            Fault::RateLimit {
                retry_after_secs: MAX_RETRY_AFTER_SECS,
                http_date: true
            }
        );
        assert_eq!(
            Fault::Slow { delay_ms: 3_000 }.clamped(),
            Fault::Slow { delay_ms: 3_000 }
        );
    }
}
