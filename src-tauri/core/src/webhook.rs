//! The optional webhook receiver, for users who tunnel WAPing's webhooks to
//! the laptop. It verifies each push and feeds the same state machine as
//! polling, so a push and the next poll never count a change twice.
//!
//! It may be reachable from the internet through the user's tunnel, so it
//! holds no connection for long: headers, bodies and idle keep-alives have
//! a few seconds each, and past [`MAX_CONNECTIONS`] a new connection is closed
//! at once. The agent's file descriptors stay free for its own work.

use crate::domain::{Observation, ObservedBy, SharedClock};
use crate::gateway::wire;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use hmac::{Hmac, Mac};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use sha2::Sha256;
use std::collections::{HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, oneshot, watch, OwnedSemaphorePermit, Semaphore};
use tower_http::timeout::TimeoutLayer;

pub const PATH: &str = "/webhooks/waping";
pub const MAX_BODY: usize = 64 * 1024;
/// From a connection's start, or the end of its last answer, to the end of
/// the next request's headers; also how long an idle keep-alive is kept.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// From the end of the headers to the answer: a body of 64 KiB at most
/// comes well within it.
pub const BODY_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections served at once; one more is closed as soon as it is accepted,
/// not queued. WAPing sends one event at a time.
pub const MAX_CONNECTIONS: usize = 64;
/// How long to wait before accepting again when accepting failed for want of
/// descriptors (or memory), instead of spinning.
const ACCEPT_PAUSE: Duration = Duration::from_millis(200);
/// How long the receiver waits on a connection, and how many it serves at
/// once; the agent uses the defaults, tests may shorten or lengthen them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReceiverLimits {
    pub header_read: Duration,
    pub body_read: Duration,
    pub connections: usize,
}

impl Default for ReceiverLimits {
    fn default() -> Self {
        Self {
            header_read: HEADER_READ_TIMEOUT,
            body_read: BODY_READ_TIMEOUT,
            connections: MAX_CONNECTIONS,
        }
    }
}

/// Event ids remembered for deduplication (WAPing retries deliver twice).
const REMEMBERED_IDS: usize = 10_000;

#[derive(Clone)]
pub struct WebhookConfig {
    pub addr: SocketAddr,
    pub secret: String,
    pub signature_header: String,
    /// Where "now" comes from: a push dated later is taken as made now.
    pub clock: SharedClock,
}

impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("addr", &self.addr)
            .field("signature_header", &self.signature_header)
            .finish_non_exhaustive()
    }
}

struct Receiver {
    secret: Vec<u8>,
    header: String,
    seen: Mutex<Seen>,
    observations: mpsc::UnboundedSender<Observation>,
    clock: SharedClock,
}

#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    order: VecDeque<String>,
}

impl Seen {
    /// True the first time an id is met.
    fn insert(&mut self, id: &str) -> bool {
        if self.ids.contains(id) {
            return false;
        }
        if self.order.len() >= REMEMBERED_IDS {
            if let Some(old) = self.order.pop_front() {
                self.ids.remove(&old);
            }
        }
        self.ids.insert(id.to_owned());
        self.order.push_back(id.to_owned());
        true
    }
}

/// A running receiver; dropping it stops it.
pub struct WebhookServer {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
}

impl WebhookServer {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn url(&self) -> String {
        format!("http://{}{PATH}", self.addr)
    }
}

impl Drop for WebhookServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Signs a body as WAPing does (used by the simulator and tests).
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(body);
    format!(
        "{}{}",
        wire::SIGNATURE_PREFIX,
        hex::encode(mac.finalize().into_bytes())
    )
}

pub const MIN_SECRET_CHARS: usize = 8;
pub const MAX_SECRET_CHARS: usize = 256;

/// A webhook secret is 8 to 256 characters, none of them spaces or control
/// characters; returns it trimmed.
pub fn check_secret(raw: &str) -> Result<String, String> {
    let secret = raw.trim();
    let chars = secret.chars().count();
    if !(MIN_SECRET_CHARS..=MAX_SECRET_CHARS).contains(&chars)
        || secret.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(format!(
            "the webhook secret must be {MIN_SECRET_CHARS} to {MAX_SECRET_CHARS} characters, without spaces"
        ));
    }
    Ok(secret.to_owned())
}

/// Checks `sha256=<hex>` in constant time.
pub fn verify(secret: &[u8], body: &[u8], header: Option<&str>) -> bool {
    let Some(hex_sig) = header.and_then(|h| h.trim().strip_prefix(wire::SIGNATURE_PREFIX)) else {
        return false;
    };
    let Ok(signature) = hex::decode(hex_sig) else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(body);
    mac.verify_slice(&signature).is_ok()
}

/// Starts the receiver; verified session events arrive on `observations`.
pub async fn start(
    config: WebhookConfig,
    observations: mpsc::UnboundedSender<Observation>,
) -> std::io::Result<WebhookServer> {
    start_with_limits(config, ReceiverLimits::default(), observations).await
}

/// As [`start`], under `limits`.
pub async fn start_with_limits(
    config: WebhookConfig,
    limits: ReceiverLimits,
    observations: mpsc::UnboundedSender<Observation>,
) -> std::io::Result<WebhookServer> {
    if config.secret.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "a webhook secret is required",
        ));
    }
    let listener = TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let receiver = Arc::new(Receiver {
        secret: config.secret.into_bytes(),
        header: config.signature_header.to_ascii_lowercase(),
        seen: Mutex::new(Seen::default()),
        observations,
        clock: config.clock,
    });
    let router = Router::new()
        .route(PATH, post(receive))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        // Bounds reading the body (the handler's extractor) and answering.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.body_read,
        ))
        .with_state(receiver);
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(serve(listener, router, limits, rx));
    Ok(WebhookServer {
        addr,
        shutdown: Some(tx),
    })
}

/// Accepts connections until `shutdown`, each served under the timeouts and
/// the cap; then stops accepting (freeing the port) and lets the connections
/// finish the request they are on.
async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ReceiverLimits,
    shutdown: oneshot::Receiver<()>,
) {
    let slots = Arc::new(Semaphore::new(limits.connections));
    // Dropped when this loop ends, which tells every connection to wind up.
    let (stopping, stop) = watch::channel(());
    tokio::pin!(shutdown);
    // Refusals are logged once per time the receiver is full, not one line
    // per connection of a flood.
    let mut full = false;
    loop {
        let stream = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    on_accept_error(e).await;
                    continue;
                }
            },
        };
        match slots.clone().try_acquire_owned() {
            Ok(slot) => {
                full = false;
                let connection =
                    serve_connection(stream, router.clone(), limits, slot, stop.clone());
                tokio::spawn(connection);
            }
            // Closed now: a queue of waiting connections would hold the very
            // descriptors the cap is there to keep.
            Err(_) => {
                if !full {
                    tracing::warn!(
                        "webhook receiver full ({} connections open): closing new ones until one ends",
                        limits.connections
                    );
                    full = true;
                }
                drop(stream);
            }
        }
    }
    drop(stopping);
}

async fn on_accept_error(e: std::io::Error) {
    use std::io::ErrorKind;
    // The client gave up before it was accepted: nothing is wrong here.
    if matches!(
        e.kind(),
        ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset | ErrorKind::ConnectionRefused
    ) {
        return;
    }
    tracing::error!("webhook receiver cannot accept: {e}");
    tokio::time::sleep(ACCEPT_PAUSE).await;
}

/// Serves one HTTP/1.1 connection, holding its `slot` until it closes.
async fn serve_connection(
    stream: TcpStream,
    router: Router,
    limits: ReceiverLimits,
    slot: OwnedSemaphorePermit,
    mut stop: watch::Receiver<()>,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    // The header timeout runs while the connection waits for a request, so
    // it is also the idle keep-alive limit.
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read)
        .keep_alive(true);
    let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(router));
    tokio::pin!(connection);
    tokio::select! {
        served = connection.as_mut() => log_connection_end(served),
        _ = stop.changed() => {
            // An idle connection closes now, a busy one after its answer.
            connection.as_mut().graceful_shutdown();
            log_connection_end(connection.await);
        }
    }
    drop(slot);
}

fn log_connection_end(served: Result<(), hyper::Error>) {
    if let Err(e) = served {
        tracing::debug!("webhook connection closed: {e}");
    }
}

fn reject(status: StatusCode, message: &str) -> Response {
    tracing::warn!(status = status.as_u16(), "webhook rejected: {message}");
    (status, Json(serde_json::json!({"error": message}))).into_response()
}

async fn receive(
    State(receiver): State<Arc<Receiver>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // The extractor already refused bodies over the limit (413); this covers
    // a body that arrived without a length.
    if body.len() > MAX_BODY {
        return reject(StatusCode::PAYLOAD_TOO_LARGE, "body too large");
    }
    let signature = headers
        .get(receiver.header.as_str())
        .and_then(|v| v.to_str().ok());
    if !verify(&receiver.secret, &body, signature) {
        return reject(StatusCode::UNAUTHORIZED, "missing or bad signature");
    }
    let body: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(e) => return reject(StatusCode::BAD_REQUEST, &format!("malformed JSON: {e}")),
    };
    let event = match wire::read_webhook(&body) {
        Ok(event) => event,
        Err(e) => return reject(StatusCode::BAD_REQUEST, &format!("unreadable event: {e}")),
    };
    let first_time = receiver
        .seen
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(&event.id);
    if !first_time {
        return (StatusCode::OK, Json(serde_json::json!({"duplicate": true}))).into_response();
    }
    // Other workspace events (messages…) are not this app's business.
    let Some(change) = event.session else {
        return StatusCode::NO_CONTENT.into_response();
    };
    let now = receiver.clock.now();
    let observation = Observation {
        device_id: change.device_id,
        name: None,
        state: change.state,
        reason: change.reason,
        since: event.created_at,
        last_seen: None,
        source: ObservedBy::Webhook,
        at: event.created_at.filter(|t| *t <= now).unwrap_or(now),
    };
    let _ = receiver.observations.send(observation);
    StatusCode::ACCEPTED.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_only_for_the_exact_body_and_secret() {
        let sig = sign(b"s3cret", b"{\"id\":1}");
        assert!(sig.starts_with("sha256=") && sig.len() == 7 + 64);
        assert!(verify(b"s3cret", b"{\"id\":1}", Some(&sig)));
        assert!(!verify(b"s3cret", b"{\"id\":2}", Some(&sig)));
        assert!(!verify(b"other", b"{\"id\":1}", Some(&sig)));
        assert!(!verify(b"s3cret", b"{\"id\":1}", None));
        assert!(!verify(b"s3cret", b"{\"id\":1}", Some("sha256=zz")));
        assert!(!verify(b"s3cret", b"{\"id\":1}", Some(&sig[7..])));
    }

    #[test]
    fn remembered_ids_are_bounded() {
        let mut seen = Seen::default();
        assert!(seen.insert("evt_1"));
        assert!(!seen.insert("evt_1"));
        for i in 0..REMEMBERED_IDS {
            seen.insert(&format!("x{i}"));
        }
        assert_eq!(seen.ids.len(), REMEMBERED_IDS);
        assert!(seen.insert("evt_1"), "the oldest ids are forgotten first");
    }

    #[test]
    fn secrets_are_bounded_printable_and_trimmed() {
        assert_eq!(check_secret("  whsec_12345 ").unwrap(), "whsec_12345");
        assert!(check_secret(&"s".repeat(MAX_SECRET_CHARS)).is_ok());
        for bad in [
            "short",
            "        ",
            "has a space",
            "tab\tinside!",
            "nul\0inside!",
            &"s".repeat(MAX_SECRET_CHARS + 1),
        ] {
            let err = check_secret(bad).unwrap_err();
            assert!(err.contains("8 to 256 characters"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn debug_output_never_shows_the_webhook_secret() {
        let config = WebhookConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8788)),
            secret: "whsec_SECRET_value".into(),
            signature_header: "X-WAPing-Signature".into(),
            clock: crate::domain::system_clock(),
        };
        let printed = format!("{config:?} {config:#?}");
        assert!(printed.contains("127.0.0.1:8788"), "{printed}");
        assert!(!printed.contains("SECRET"), "{printed}");
    }
}
