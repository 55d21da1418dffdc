//! The HTTP client for WAPing's REST API.

use super::error::GatewayError;
use super::wire::{self, codes, routes, NextPage, QrPayload, Trace};
use crate::domain::{
    system_clock, Device, DeviceId, DeviceList, PartialList, SharedClock, Workspace,
};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;
use std::fmt;
use std::time::{Duration, SystemTime};
use url::Url;
use waping_model::base_url;
pub use waping_model::doctor_report::RequestRecord;

/// Larger bodies are refused rather than buffered.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;
/// Retry-After values beyond this are treated as this.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// An API key that never prints itself.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Longer than any key WAPing issues; a bound on what reaches the keyring.
    pub const MAX_LEN: usize = 512;

    /// A key is 1 to [`Self::MAX_LEN`] printable ASCII characters, without spaces.
    pub fn new(key: impl Into<String>) -> Option<Self> {
        let key = key.into().trim().to_owned();
        let printable = key.bytes().all(|b| b.is_ascii_graphic());
        (!key.is_empty() && key.len() <= Self::MAX_LEN && printable).then_some(Self(key))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `wk_live_…a1b2`: enough for a person to recognise it, useless to anyone else.
    pub fn masked(&self) -> String {
        let tail: String = self
            .0
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if self.0.chars().count() <= 8 {
            "••••".to_owned()
        } else {
            format!("••••{tail}")
        }
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(redacted)")
    }
}

#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: String,
    pub api_key: Option<ApiKey>,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Where "now" comes from when an answer gives a time relative to it
    /// (a QR code's `expiresIn`).
    pub clock: SharedClock,
}

impl ClientConfig {
    pub fn new(base_url: impl Into<String>, api_key: Option<ApiKey>) -> Self {
        Self {
            base_url: base_url.into(),
            api_key,
            timeout: Duration::from_secs(15),
            connect_timeout: Duration::from_secs(5),
            clock: system_clock(),
        }
    }

    /// The same, on `clock`.
    pub fn with_clock(self, clock: SharedClock) -> Self {
        Self { clock, ..self }
    }
}

/// Bounds on one read of the device list: a paginated list that runs past
/// any of them is reported partial, never read forever.
pub const MAX_PAGES: u32 = 100;
pub const MAX_LISTED_DEVICES: usize = 2_000;
pub const MAX_LIST_TIME: Duration = Duration::from_secs(60);

/// How far one read of the list has gone, against its bounds.
#[derive(Clone, Copy)]
struct Bounds {
    pages: u32,
    devices: usize,
    started: tokio::time::Instant,
}

/// One HTTP exchange: what came back, and its record.
struct Exchange {
    record: RequestRecord,
    link: Option<String>,
    result: Result<Vec<u8>, GatewayError>,
}

/// `url` without its query's values: cursors are opaque, and may carry ids.
fn redacted(url: &Url) -> String {
    let mut shown = url.clone();
    shown.set_fragment(None);
    let names: Vec<String> = url.query_pairs().map(|(k, _)| k.into_owned()).collect();
    if names.is_empty() {
        shown.set_query(None);
    } else {
        shown.set_query(None);
        let query: Vec<String> = names.iter().map(|k| format!("{k}=…")).collect();
        shown.set_query(Some(&query.join("&")));
    }
    crate::text::printable(shown.as_str(), 300)
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// `url` with query parameter `name` set to `value` (replacing it if present).
fn with_param(url: &Url, name: &str, value: &str) -> Url {
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| k != name)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let mut next = url.clone();
    next.set_query(None);
    {
        let mut query = next.query_pairs_mut();
        for (k, v) in &kept {
            query.append_pair(k, v);
        }
        query.append_pair(name, value);
    }
    next
}

fn parse_json(bytes: &[u8], route: &str) -> Result<Value, GatewayError> {
    serde_json::from_slice(bytes).map_err(|e| {
        tracing::warn!(
            route,
            body = %crate::text::printable(&String::from_utf8_lossy(&bytes[..bytes.len().min(200)]), 200),
            "unreadable WAPing response"
        );
        GatewayError::Malformed {
            cause: format!("not JSON ({e})"),
        }
    })
}

fn malformed(e: wire::ShapeError) -> GatewayError {
    GatewayError::Malformed { cause: e.0 }
}

#[derive(Clone)]
pub struct GatewayClient {
    http: reqwest::Client,
    base: Url,
    key: Option<ApiKey>,
    timeout: Duration,
    clock: SharedClock,
}

impl fmt::Debug for GatewayClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GatewayClient")
            .field("base", &self.base.as_str())
            .field("key", &self.key)
            .finish()
    }
}

/// Checks a base URL: http(s), a host, and plain http only for this machine,
/// because the API key travels in every request.
pub fn parse_base_url(raw: &str) -> Result<Url, GatewayError> {
    base_url::parse(raw).map_err(|e| GatewayError::InvalidBaseUrl { cause: e.cause })
}

impl GatewayClient {
    pub fn new(config: ClientConfig) -> Result<Self, GatewayError> {
        let base = parse_base_url(&config.base_url)?;
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .user_agent(concat!("WAPingDesk/", env!("CARGO_PKG_VERSION")))
            // The key travels in every request: a redirect must not take it
            // to another host (or to plain http). WAPing's API does not redirect.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| GatewayError::Unreachable {
                cause: e.to_string(),
            })?;
        Ok(Self {
            http,
            base,
            key: config.api_key,
            timeout: config.timeout,
            clock: config.clock,
        })
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// Every device, following the list's pages however they are announced.
    /// A page after the first that cannot be read makes the list partial;
    /// the first failing is an error, as a single read would be.
    pub async fn list_devices(&self) -> Result<DeviceList, GatewayError> {
        self.read_list(&mut Vec::new()).await.map(|(list, _)| list)
    }

    /// [`Self::list_devices`], recording each request and what was read.
    pub(crate) async fn read_list(
        &self,
        log: &mut Vec<RequestRecord>,
    ) -> Result<(DeviceList, Trace), GatewayError> {
        let first = self.url(routes::DEVICES, None);
        let started = tokio::time::Instant::now();
        let mut url = first.clone();
        let mut asked: HashSet<Url> = HashSet::new();
        let mut list = DeviceList::default();
        let mut ids: HashSet<DeviceId> = HashSet::new();
        let mut trace = Trace::default();
        let mut total = None;
        let mut pages = 0u32;
        let read = |list: &DeviceList| (list.devices.len() + list.unread.len()) as u32;
        loop {
            asked.insert(url.clone());
            pages += 1;
            let exchange = self.exchange(Method::GET, url.clone(), None::<&()>).await;
            log.push(exchange.record);
            let link = exchange.link;
            let page = exchange
                .result
                .map_err(GatewayError::on_read)
                .and_then(|bytes| parse_json(&bytes, routes::DEVICES))
                .and_then(|body| {
                    wire::read_device_page(&body, read(&list) + 1, &mut trace).map_err(malformed)
                });
            let page = match page {
                Ok(page) => page,
                Err(e) if pages == 1 => return Err(e),
                Err(e) => {
                    list.partial = Some(PartialList {
                        read: read(&list),
                        reason: format!("page {pages} of the list could not be read: {e}"),
                    });
                    break;
                }
            };
            total = total.or(page.total);
            for device in page.devices {
                if ids.insert(device.id.clone()) {
                    list.devices.push(device);
                } else {
                    trace.duplicates += 1;
                }
            }
            for unread in page.unread {
                match &unread.id {
                    Some(id) if !ids.insert(id.clone()) => trace.duplicates += 1,
                    _ => list.unread.push(unread),
                }
            }
            let next = match page.next {
                NextPage::None => match link.as_deref().and_then(wire::link_next) {
                    Some(target) => {
                        trace.pagination.insert("Link header");
                        NextPage::Url(target)
                    }
                    None => break,
                },
                other => other,
            };
            let bounds = Bounds {
                pages,
                devices: list.devices.len() + list.unread.len(),
                started,
            };
            match self.next_page_url(next, &url, &first, &asked, bounds) {
                Ok(Some(next_url)) => url = next_url,
                Ok(None) => break,
                Err(reason) => {
                    list.partial = Some(PartialList {
                        read: read(&list),
                        reason,
                    });
                    break;
                }
            }
        }
        if let (None, Some(total)) = (&list.partial, total) {
            let got = u64::from(read(&list)) + u64::from(trace.duplicates);
            if total > got {
                list.partial = Some(PartialList {
                    read: read(&list),
                    reason: format!("WAPing counts {total} devices but sent {got}"),
                });
            }
        }
        Ok((list, trace))
    }

    /// Where the next page is to be asked, if anywhere; `Err` says why the
    /// list must stop short of its end (it is then partial).
    fn next_page_url(
        &self,
        next: NextPage,
        current: &Url,
        first: &Url,
        asked: &HashSet<Url>,
        so_far: Bounds,
    ) -> Result<Option<Url>, String> {
        let url = match next {
            NextPage::None => return Ok(None),
            NextPage::Unreachable => {
                return Err("WAPing said more devices follow, but not how to ask for them".into())
            }
            NextPage::Param { name, value } => with_param(first, name, &value),
            NextPage::Url(target) => {
                let url = current
                    .join(&target)
                    .map_err(|e| format!("the next page's address is not a URL ({e})"))?;
                // The key goes with every request: only to WAPing's own address.
                if !same_origin(&url, &self.base) {
                    return Err(format!(
                        "the next page is at {}, not at {}, where the API key goes",
                        crate::text::printable(&url.origin().ascii_serialization(), 100),
                        self.base.origin().ascii_serialization()
                    ));
                }
                url
            }
        };
        if asked.contains(&url) {
            Err(format!(
                "page {} points back to a page already read, so the list loops",
                so_far.pages
            ))
        } else if so_far.pages >= MAX_PAGES {
            Err(format!("the list runs past {MAX_PAGES} pages"))
        } else if so_far.devices >= MAX_LISTED_DEVICES {
            Err(format!("the list runs past {MAX_LISTED_DEVICES} devices"))
        } else if so_far.started.elapsed() >= MAX_LIST_TIME {
            Err(format!(
                "reading the list took over {} s",
                MAX_LIST_TIME.as_secs()
            ))
        } else {
            Ok(Some(url))
        }
    }

    /// A GET of `route` as JSON, recorded (for the doctor).
    pub(crate) async fn get_json(
        &self,
        route: &str,
        id: Option<&DeviceId>,
        log: &mut Vec<RequestRecord>,
    ) -> Result<Value, GatewayError> {
        let exchange = self
            .exchange(Method::GET, self.url(route, id), None::<&()>)
            .await;
        log.push(exchange.record);
        parse_json(&exchange.result?, route)
    }

    pub async fn device(&self, id: &DeviceId) -> Result<Device, GatewayError> {
        let body = self
            .request(Method::GET, routes::DEVICE, Some(id), None::<&()>)
            .await
            .map_err(GatewayError::on_read)?;
        wire::read_one_device(&body, &mut Trace::default()).map_err(malformed)
    }

    pub async fn create_device(&self, name: &str) -> Result<Device, GatewayError> {
        let body = wire::CreateDevice {
            name: name.to_owned(),
        };
        let answer = self
            .request(Method::POST, routes::DEVICES, None, Some(&body))
            .await?;
        wire::read_one_device(&answer, &mut Trace::default()).map_err(malformed)
    }

    pub async fn qr(&self, id: &DeviceId) -> Result<QrPayload, GatewayError> {
        let body = self
            .request(Method::GET, routes::DEVICE_QR, Some(id), None::<&()>)
            .await?;
        wire::read_qr(&body, self.clock.now(), &mut Trace::default()).map_err(malformed)
    }

    pub async fn logout(&self, id: &DeviceId) -> Result<(), GatewayError> {
        self.request_empty(Method::POST, routes::DEVICE_LOGOUT, Some(id))
            .await
    }

    pub async fn remove_device(&self, id: &DeviceId) -> Result<(), GatewayError> {
        self.request_empty(Method::DELETE, routes::DEVICE, Some(id))
            .await
    }

    pub async fn workspace(&self) -> Result<Workspace, GatewayError> {
        let body = self
            .request(Method::GET, routes::WORKSPACE, None, None::<&()>)
            .await
            .map_err(GatewayError::on_read)?;
        wire::read_workspace(&body, &mut Trace::default()).map_err(malformed)
    }

    fn url(&self, route: &str, id: Option<&DeviceId>) -> Url {
        let mut url = self.base.clone();
        {
            let mut segments = url
                .path_segments_mut()
                .expect("parse_base_url only accepts http(s) URLs, which have a path");
            segments.pop_if_empty();
            for segment in route.split('/').filter(|s| !s.is_empty()) {
                // Pushed segments are percent-encoded: an id cannot change the path.
                match (segment, id) {
                    ("{id}", Some(id)) => segments.push(id.as_str()),
                    _ => segments.push(segment),
                };
            }
        }
        url
    }

    /// One request to `url`; never fails, so that every attempt is recorded.
    async fn exchange(&self, method: Method, url: Url, body: Option<&impl Serialize>) -> Exchange {
        let started = tokio::time::Instant::now();
        let mut record = RequestRecord {
            method: method.to_string(),
            url: redacted(&url),
            status: None,
            millis: 0,
            error: None,
        };
        let mut link = None;
        let result = self
            .send(method, url, body, &mut record.status, &mut link)
            .await;
        record.millis = started.elapsed().as_millis() as u64;
        if let Err(e) = &result {
            record.error = Some(e.to_string());
        }
        Exchange {
            record,
            link,
            result,
        }
    }

    async fn send(
        &self,
        method: Method,
        url: Url,
        body: Option<&impl Serialize>,
        status_seen: &mut Option<u16>,
        link: &mut Option<String>,
    ) -> Result<Vec<u8>, GatewayError> {
        let key = self.key.as_ref().ok_or(GatewayError::NoApiKey)?;
        let mut request = self
            .http
            .request(method, url)
            .bearer_auth(key.expose())
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(body) = body {
            request = request.json(body);
        }
        let mut response = request.send().await.map_err(|e| self.transport(e))?;
        let status = response.status();
        *status_seen = Some(status.as_u16());
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let retry_after =
            header(wire::RETRY_AFTER).and_then(|v| parse_retry_after(&v, SystemTime::now()));
        *link = header(wire::aliases::page::LINK_HEADER);
        let too_large = response
            .content_length()
            .is_some_and(|len| len > MAX_BODY_BYTES as u64);
        if too_large {
            return Err(GatewayError::TooLarge {
                limit: MAX_BODY_BYTES,
            });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| self.transport(e))? {
            if bytes.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(GatewayError::TooLarge {
                    limit: MAX_BODY_BYTES,
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        if status.is_success() {
            Ok(bytes)
        } else {
            Err(error_from_response(status, &bytes, retry_after))
        }
    }

    async fn request(
        &self,
        method: Method,
        route: &str,
        id: Option<&DeviceId>,
        body: Option<&impl Serialize>,
    ) -> Result<Value, GatewayError> {
        let bytes = self
            .exchange(method, self.url(route, id), body)
            .await
            .result?;
        parse_json(&bytes, route)
    }

    async fn request_empty(
        &self,
        method: Method,
        route: &str,
        id: Option<&DeviceId>,
    ) -> Result<(), GatewayError> {
        self.exchange(method, self.url(route, id), None::<&()>)
            .await
            .result
            .map(|_| ())
    }

    fn transport(&self, e: reqwest::Error) -> GatewayError {
        if e.is_timeout() {
            GatewayError::Timeout {
                after: self.timeout,
            }
        } else if e.is_decode() || e.is_body() {
            GatewayError::Malformed {
                cause: e.to_string(),
            }
        } else {
            GatewayError::Unreachable {
                cause: error_chain(&e),
            }
        }
    }
}

/// reqwest's top-level message is "error sending request for url …"; the
/// innermost cause (connection refused, DNS, TLS) is what helps a person.
fn error_chain(e: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    let host = e.url().and_then(|u| {
        u.host_str()
            .map(|h| format!("{h}{}", u.port().map_or(String::new(), |p| format!(":{p}"))))
    });
    match host {
        Some(host) => format!("{host}: {cause}"),
        None => cause.to_string(),
    }
}

/// The most of a message WAPing sends with an error that is kept.
pub const MAX_MESSAGE_CHARS: usize = 300;

/// Maps a non-2xx answer to a typed error, keeping codes this app does not know.
pub fn error_from_response(
    status: StatusCode,
    body: &[u8],
    retry_after: Option<Duration>,
) -> GatewayError {
    let (code, mut message) = wire::read_error(body);
    if message.is_empty() && code.is_empty() {
        message = crate::text::printable(
            String::from_utf8_lossy(&body[..body.len().min(200)]).trim(),
            200,
        );
    }
    // What WAPing says is shown and logged: bounded, and printable only. The
    // monitor logs a failure once per change; this is for a closer look.
    let message = crate::text::printable(&message, MAX_MESSAGE_CHARS);
    tracing::debug!(
        status = status.as_u16(),
        code,
        message,
        "WAPing error response"
    );
    let message = if message.is_empty() {
        status.canonical_reason().unwrap_or("no message").to_owned()
    } else {
        message
    };
    // A code not in WAPing's table still says what to do through its status
    // where that matters (fix the key, wait, retry); the code stays in the
    // message so nothing WAPing said is lost.
    let known = codes::ALL.contains(&code.as_str());
    let (code, message) = match status.as_u16() {
        400 | 401 | 403 | 404 | 405 | 409 | 422 | 429 | 500..=599 if !known && !code.is_empty() => {
            (String::new(), format!("{message} ({code})"))
        }
        _ => (code, message),
    };
    match (code.as_str(), status.as_u16()) {
        (codes::SESSION_DISCONNECTED, _) => GatewayError::SessionDisconnected { message },
        (codes::UNAUTHORIZED, _) | ("", 401) => GatewayError::Unauthorized { message },
        (codes::FORBIDDEN, _) | ("", 403) => GatewayError::Forbidden { message },
        (codes::NOT_FOUND, _) | ("", 404 | 405) => GatewayError::NotFound { message },
        (codes::VALIDATION_ERROR, _) | ("", 400 | 422) => GatewayError::Validation { message },
        (codes::IDEMPOTENCY_CONFLICT | codes::ALREADY_CONNECTED, _) | ("", 409) => {
            GatewayError::Conflict { code, message }
        }
        (codes::RATE_LIMITED, _) | ("", 429) => GatewayError::RateLimited {
            retry_after,
            message,
        },
        (codes::SERVER_ERROR, s) | ("", s @ 500..=599) => {
            GatewayError::Server { status: s, message }
        }
        (_, s) => GatewayError::Api {
            status: s,
            code: if code.is_empty() {
                format!("HTTP_{s}")
            } else {
                code
            },
            message,
        },
    }
}

/// `Retry-After` as delta-seconds or an HTTP-date, capped at an hour.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    let delay = match value.parse::<u64>() {
        Ok(secs) => Duration::from_secs(secs),
        Err(_) => httpdate::parse_http_date(value)
            .ok()?
            .duration_since(now)
            .unwrap_or(Duration::ZERO),
    };
    Some(delay.min(MAX_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_both_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("12", now), Some(Duration::from_secs(12)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("999999", now), Some(MAX_RETRY_AFTER));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn base_url_rules() {
        assert!(parse_base_url("https://api.waping.app").is_ok());
        assert!(parse_base_url("http://127.0.0.1:8787").is_ok());
        assert!(parse_base_url("http://localhost:8787/").is_ok());
        assert!(parse_base_url("http://[::1]:8787/").is_ok());
        for bad in [
            "http://api.waping.app",
            "ftp://api.waping.app",
            "not a url",
            "https://user:pw@api.waping.app",
            "https://:pw@api.waping.app",
            "https://user@api.waping.app",
            "https://api.waping.app/?x=1",
        ] {
            assert_eq!(
                parse_base_url(bad).unwrap_err().code(),
                crate::ErrorCode::InvalidBaseUrl,
                "{bad}"
            );
        }
    }

    #[test]
    fn urls_keep_a_base_path_and_encode_ids() {
        let client =
            GatewayClient::new(ClientConfig::new("https://example.com/api/", None)).unwrap();
        let id = DeviceId::new("../x?y");
        assert_eq!(
            client.url(routes::DEVICE_QR, Some(&id)).as_str(),
            "https://example.com/api/v1/devices/..%2Fx%3Fy/qr"
        );
    }

    #[test]
    fn a_huge_error_message_is_kept_cut_and_printable() {
        let body = serde_json::json!({"error": {
            "code": "SERVER_ERROR",
            "message": format!("\u{1b}[2J{}", "x".repeat(1_000_000)),
        }});
        let err = error_from_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            body.to_string().as_bytes(),
            None,
        );
        let GatewayError::Server { message, .. } = err else {
            panic!("not a server error: {err:?}");
        };
        assert!(message.chars().count() <= MAX_MESSAGE_CHARS + 1, "cut");
        assert!(message.starts_with("\\u{1b}[2Jxxx"), "{}", &message[..20]);
        assert!(!message.chars().any(char::is_control));
    }

    #[test]
    fn unknown_codes_are_kept() {
        let err = error_from_response(
            StatusCode::from_u16(418).unwrap(),
            br#"{"error":{"code":"TEAPOT","message":"short and stout"}}"#,
            None,
        );
        assert_eq!(
            err,
            GatewayError::Api {
                status: 418,
                code: "TEAPOT".into(),
                message: "short and stout".into()
            }
        );
    }

    #[test]
    fn an_unknown_code_still_acts_on_its_status() {
        let limited = error_from_response(
            StatusCode::TOO_MANY_REQUESTS,
            br#"{"error":{"code":"SLOW_DOWN","message":"too fast"}}"#,
            Some(Duration::from_secs(7)),
        );
        assert_eq!(
            limited,
            GatewayError::RateLimited {
                retry_after: Some(Duration::from_secs(7)),
                message: "too fast (SLOW_DOWN)".into()
            }
        );
        let server = error_from_response(
            StatusCode::SERVICE_UNAVAILABLE,
            br#"{"error":{"code":"MAINTENANCE","message":"back soon"}}"#,
            None,
        );
        assert_eq!(
            server,
            GatewayError::Server {
                status: 503,
                message: "back soon (MAINTENANCE)".into()
            }
        );
        assert!(server.is_transient());
        let key = error_from_response(
            StatusCode::UNAUTHORIZED,
            br#"{"error":{"code":"KEY_REVOKED","message":"revoked"}}"#,
            None,
        );
        assert!(matches!(key, GatewayError::Unauthorized { .. }), "{key:?}");
    }

    #[test]
    fn api_key_is_masked_and_never_debug_printed() {
        let key = ApiKey::new("  wk_live_0123456789abcd ").unwrap();
        assert_eq!(key.expose(), "wk_live_0123456789abcd");
        assert_eq!(key.masked(), "••••abcd");
        assert!(!format!("{key:?}").contains("0123"));
        assert!(ApiKey::new("   ").is_none());
        assert!(ApiKey::new("has space").is_none());
        assert!(ApiKey::new("tab\tinside").is_none());
        assert!(ApiKey::new("kéy").is_none());
        assert!(ApiKey::new("k".repeat(ApiKey::MAX_LEN)).is_some());
        assert!(ApiKey::new("k".repeat(ApiKey::MAX_LEN + 1)).is_none());
    }

    #[test]
    fn debug_output_never_shows_the_api_key() {
        let secret = "wk_live_SECRET0123456789";
        let config = ClientConfig::new("https://api.waping.app", ApiKey::new(secret));
        let printed = format!("{config:?} {config:#?}");
        assert!(printed.contains("api.waping.app"), "{printed}");
        assert!(!printed.contains("SECRET"), "{printed}");
        let client = GatewayClient::new(config).unwrap();
        let printed = format!("{client:?} {client:#?}");
        assert!(!printed.contains("SECRET"), "{printed}");
    }
}
