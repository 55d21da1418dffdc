//! The real HTTP client against the real simulator over loopback.

use std::net::SocketAddr;
use std::time::Duration;
use waping_core::gateway::MAX_BODY_BYTES;
use waping_core::simulator::{self, Fault, FaultRule, Scenario, SimConfig, SimControl, SimHandle};
use waping_core::ErrorCode;
use waping_core::{
    ApiKey, ClientConfig, DeviceId, GatewayClient, GatewayError, PlanTier, SessionState,
};

fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

async fn sim(plan: PlanTier, devices: u32) -> SimHandle {
    let config = SimConfig {
        plan,
        devices,
        scenario: Scenario::Steady,
        ..SimConfig::default()
    };
    simulator::start(config, loopback())
        .await
        .expect("simulator starts")
}

fn client_for(sim: &SimHandle, key: &str) -> GatewayClient {
    let mut config = ClientConfig::new(sim.base_url(), ApiKey::new(key));
    config.timeout = Duration::from_millis(800);
    GatewayClient::new(config).unwrap()
}

fn control(sim: &SimHandle) -> SimControl {
    SimControl::new(&sim.base_url(), sim.api_key())
}

async fn fault(sim: &SimHandle, fault: Fault) {
    control(sim)
        .add_fault(&FaultRule::times(fault, 1))
        .await
        .unwrap();
}

#[tokio::test]
async fn lists_devices_and_workspace() {
    let sim = sim(PlanTier::Growth, 3).await;
    let client = client_for(&sim, sim.api_key());
    let devices = client.list_devices().await.unwrap().devices;
    assert_eq!(devices.len(), 3);
    assert!(devices.iter().all(|d| d.state == SessionState::Connected));
    assert!(devices
        .iter()
        .all(|d| d.phone.as_deref().is_some_and(|p| p.starts_with('+'))));
    assert!(devices
        .iter()
        .all(|d| d.last_seen.is_some() && d.state_since.is_some()));
    let ws = client.workspace().await.unwrap();
    assert_eq!(ws.plan.tier, Some(PlanTier::Growth));
    assert_eq!((ws.plan.device_limit, ws.plan.monthly_quota), (5, 30_000));
    let one = client.device(&devices[0].id).await.unwrap();
    assert_eq!(one.id, devices[0].id);
}

#[tokio::test]
async fn creates_an_unlinked_device_until_the_plan_is_full() {
    let sim = sim(PlanTier::Growth, 4).await;
    let client = client_for(&sim, sim.api_key());
    let created = client.create_device("Till 2").await.unwrap();
    assert_eq!(created.name, "Till 2");
    assert_eq!(created.state, SessionState::Unlinked);
    assert_eq!(created.phone, None);
    let blank = client.create_device("   ").await.unwrap_err();
    assert!(
        matches!(&blank, GatewayError::Validation { message } if message.contains("1 to 64")),
        "400 VALIDATION_ERROR: {blank:?}"
    );
    assert!(!blank.is_transient());
    let sixth = client.create_device("One too many").await.unwrap_err();
    assert!(
        matches!(&sixth, GatewayError::Forbidden { message } if message.contains("Growth plan allows 5")),
        "{sixth:?}"
    );
    assert_eq!(client.list_devices().await.unwrap().devices.len(), 5);
}

#[tokio::test]
async fn wrong_key_is_unauthorized() {
    let sim = sim(PlanTier::Growth, 1).await;
    let err = client_for(&sim, "wk_wrong")
        .list_devices()
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unauthorized);
    assert!(
        err.to_string().starts_with("WAPing rejected the API key"),
        "{err}"
    );
    assert!(err.is_auth() && !err.is_outage());
}

#[tokio::test]
async fn missing_key_fails_without_a_request() {
    let sim = sim(PlanTier::Growth, 1).await;
    let client = GatewayClient::new(ClientConfig::new(sim.base_url(), None)).unwrap();
    assert_eq!(
        client.list_devices().await.unwrap_err(),
        GatewayError::NoApiKey
    );
    assert_eq!(sim.request_count(), 0);
}

#[tokio::test]
async fn free_plan_has_no_api_access() {
    let sim = sim(PlanTier::Free, 1).await;
    let err = client_for(&sim, sim.api_key())
        .list_devices()
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NoApiAccess);
    assert!(
        err.to_string().starts_with("your plan has no API access"),
        "{err}"
    );
}

#[tokio::test]
async fn unknown_device_is_not_found() {
    let sim = sim(PlanTier::Growth, 1).await;
    let err = client_for(&sim, sim.api_key())
        .device(&DeviceId::new("dev_999"))
        .await
        .unwrap_err();
    assert!(matches!(err, GatewayError::NotFound { .. }), "{err:?}");
}

#[tokio::test]
async fn rate_limit_reads_retry_after_in_seconds() {
    let sim = sim(PlanTier::Growth, 1).await;
    fault(
        &sim,
        Fault::RateLimit {
            retry_after_secs: 42,
            http_date: false,
        },
    )
    .await;
    let err = client_for(&sim, sim.api_key())
        .list_devices()
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::RateLimited);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(42)));
    assert!(err.is_outage());
}

#[tokio::test]
async fn rate_limit_reads_retry_after_as_http_date() {
    let sim = sim(PlanTier::Growth, 1).await;
    fault(
        &sim,
        Fault::RateLimit {
            retry_after_secs: 120,
            http_date: true,
        },
    )
    .await;
    let err = client_for(&sim, sim.api_key())
        .list_devices()
        .await
        .unwrap_err();
    let wait = err.retry_after().expect("Retry-After parsed").as_secs();
    // HTTP-dates have one-second resolution.
    assert!((118..=120).contains(&wait), "{wait}");
}

#[tokio::test]
async fn server_errors_are_typed_and_transient() {
    let sim = sim(PlanTier::Growth, 1).await;
    fault(&sim, Fault::ServerError { status: 503 }).await;
    let client = client_for(&sim, sim.api_key());
    let err = client.list_devices().await.unwrap_err();
    assert!(
        matches!(err, GatewayError::Server { status: 503, .. }),
        "{err:?}"
    );
    assert!(err.is_transient());
    // The fault was for one request only.
    assert_eq!(client.list_devices().await.unwrap().devices.len(), 1);
}

#[tokio::test]
async fn slow_answers_time_out() {
    let sim = sim(PlanTier::Growth, 1).await;
    fault(&sim, Fault::Slow { delay_ms: 3_000 }).await;
    let err = client_for(&sim, sim.api_key())
        .list_devices()
        .await
        .unwrap_err();
    assert!(matches!(err, GatewayError::Timeout { .. }), "{err:?}");
    assert!(err.to_string().starts_with("cannot reach WAPing"));
}

/// A body announced far over the limit is answered at once, not read: the
/// simulator never holds more than `MAX_REQUEST_BODY` of it.
#[tokio::test]
async fn a_600_mb_body_is_refused_before_it_is_read() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let sim = sim(PlanTier::Growth, 1).await;
    let mut stream = tokio::net::TcpStream::connect(sim.addr()).await.unwrap();
    let head = format!(
        "POST /v1/devices HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{{\"name\":\"",
        sim.addr(),
        sim.api_key(),
        600 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // Only the head and a few bytes were sent: an answer now is one given
    // without reading the body.
    let mut answer = Vec::new();
    let complete = |a: &[u8]| {
        let text = String::from_utf8_lossy(a);
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            return false;
        };
        let length = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().parse::<usize>())
            })
            .and_then(Result::ok);
        length.is_some_and(|n| body.len() >= n)
    };
    tokio::time::timeout(Duration::from_secs(30), async {
        let mut chunk = [0u8; 4096];
        while !complete(&answer) {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => answer.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await
    .expect("answered without the body");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413 "), "{answer}");
    let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
    let error: waping_core::gateway::wire::ErrorEnvelope = serde_json::from_str(body).unwrap();
    assert!(
        error
            .error
            .message
            .contains(&simulator::limits::MAX_REQUEST_BODY.to_string()),
        "{error:?}"
    );
}

#[tokio::test]
async fn malformed_json_is_reported_not_panicked() {
    let sim = sim(PlanTier::Growth, 1).await;
    fault(&sim, Fault::Malformed).await;
    let err = client_for(&sim, sim.api_key())
        .list_devices()
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::MalformedResponse);
}

#[tokio::test]
async fn huge_bodies_are_refused() {
    let sim = sim(PlanTier::Growth, 1).await;
    fault(
        &sim,
        Fault::Huge {
            bytes: MAX_BODY_BYTES + 1024,
        },
    )
    .await;
    let err = client_for(&sim, sim.api_key())
        .list_devices()
        .await
        .unwrap_err();
    assert_eq!(
        err,
        GatewayError::TooLarge {
            limit: MAX_BODY_BYTES
        }
    );
}

#[tokio::test]
async fn unknown_status_strings_become_unknown_and_extra_fields_are_ignored() {
    let sim = sim(PlanTier::Growth, 2).await;
    control(&sim)
        .set_status("dev_001", "SYNCING", Some("history_sync"))
        .await
        .unwrap();
    control(&sim)
        .set_status("dev_002", "Logged_Out", Some("logged_out"))
        .await
        .unwrap();
    let devices = client_for(&sim, sim.api_key())
        .list_devices()
        .await
        .unwrap()
        .devices;
    let first = &devices[0];
    assert_eq!(
        (first.state, first.raw_status.as_str()),
        (SessionState::Unknown, "SYNCING")
    );
    assert_eq!(first.reason.as_deref(), Some("history_sync"));
    assert_eq!(devices[1].state, SessionState::Disconnected);
}

#[tokio::test]
async fn no_network_is_unreachable_with_its_cause() {
    // Bind then drop, so nothing listens on the port.
    let port = std::net::TcpListener::bind(loopback())
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = GatewayClient::new(ClientConfig::new(
        format!("http://127.0.0.1:{port}"),
        ApiKey::new("k"),
    ))
    .unwrap();
    let err = client.list_devices().await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unreachable);
    assert!(err.to_string().to_lowercase().contains("refused"), "{err}");
}

#[tokio::test]
async fn qr_logout_and_remove() {
    let sim = sim(PlanTier::Growth, 1).await;
    let client = client_for(&sim, sim.api_key());
    let id = DeviceId::new("dev_001");
    let conflict = client.qr(&id).await.unwrap_err();
    assert_eq!(conflict.code(), ErrorCode::Conflict, "{conflict:?}");
    client.logout(&id).await.unwrap();
    let qr = client.qr(&id).await.unwrap();
    assert!(qr.payload.starts_with("2@") && qr.expires_at > chrono::Utc::now());
    control(&sim)
        .scan("dev_001", Some(&qr.payload))
        .await
        .unwrap();
    assert_eq!(
        client.device(&id).await.unwrap().state,
        SessionState::Connected
    );
    client.remove_device(&id).await.unwrap();
    assert!(client.list_devices().await.unwrap().devices.is_empty());
}

/// Answers every connection on `listener` with `response`, counting requests
/// and whether any carried an `Authorization` header.
async fn serve_raw(
    response: String,
) -> (
    std::net::SocketAddr,
    std::sync::Arc<std::sync::Mutex<Vec<String>>>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind(loopback()).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = requests.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut buf = vec![0u8; 8192];
            let n = stream.read(&mut buf).await.unwrap_or(0);
            seen.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&buf[..n]).into_owned());
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    (addr, requests)
}

/// A 200 answer carrying `body` as JSON.
fn json_answer(body: &str) -> String {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

#[tokio::test]
async fn redirects_are_not_followed_so_the_key_stays_with_the_base_url() {
    let (elsewhere_addr, elsewhere_hits) = serve_raw(json_answer("[]")).await;
    let (base_addr, base_hits) = serve_raw(format!(
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://{elsewhere_addr}/v1/devices\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )).await;

    let client = GatewayClient::new(ClientConfig::new(
        format!("http://{base_addr}"),
        ApiKey::new("wk_live_redirect_me"),
    ))
    .unwrap();
    // The 307 is the answer itself: the client asked nothing after it, so
    // what each server has recorded (before it answered) is all it will see.
    let err = client.list_devices().await.unwrap_err();
    assert!(err.to_string().contains("307"), "{err}");

    let base_hits = base_hits.lock().unwrap();
    assert_eq!(base_hits.len(), 1);
    assert!(
        base_hits[0].contains("Bearer wk_live_redirect_me"),
        "the base URL gets the key: {}",
        base_hits[0]
    );
    assert!(
        elsewhere_hits.lock().unwrap().is_empty(),
        "the redirect target was never asked"
    );
}

#[tokio::test]
async fn a_next_page_on_another_host_is_not_asked_and_the_list_is_partial() {
    let (elsewhere_addr, elsewhere_hits) = serve_raw(json_answer("[]")).await;
    let page = format!(
        r#"{{"data":[{{"id":"dev_1","name":"Shop","status":"connected"}}],"next":"http://{elsewhere_addr}/v1/devices?page=2"}}"#
    );
    let (base_addr, base_hits) = serve_raw(json_answer(&page)).await;

    let client = GatewayClient::new(ClientConfig::new(
        format!("http://{base_addr}"),
        ApiKey::new("wk_live_stay_home"),
    ))
    .unwrap();
    let list = client.list_devices().await.unwrap();
    assert_eq!(list.devices.len(), 1);
    let partial = list
        .partial
        .clone()
        .expect("a list cut at a foreign page is partial");
    assert_eq!(partial.read, 1);
    assert_eq!(
        partial.reason,
        format!("the next page is at http://{elsewhere_addr}, not at http://{base_addr}, where the API key goes")
    );
    assert_eq!(waping_core::status::exit_code(&list), 3);
    assert_eq!(base_hits.lock().unwrap().len(), 1, "page 1 read once");
    assert!(
        elsewhere_hits.lock().unwrap().is_empty(),
        "the other host was never asked, so it never saw the key"
    );
}

/// A list that never ends: each page names a next one never asked before.
async fn endless_list() -> SocketAddr {
    use axum::extract::Query;
    use std::collections::HashMap;
    async fn page(Query(query): Query<HashMap<String, String>>) -> axum::Json<serde_json::Value> {
        let n: u64 = query.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        axum::Json(serde_json::json!({
            "data": [{"id": format!("dev_{n}"), "name": format!("Phone {n}"), "status": "connected"}],
            "next": format!("/v1/devices?page={}", n + 1),
        }))
    }
    let listener = tokio::net::TcpListener::bind(loopback()).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().route("/v1/devices", axum::routing::get(page));
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

#[tokio::test]
async fn a_list_that_never_ends_stops_at_its_page_bound_and_is_partial() {
    let addr = endless_list().await;
    let client = GatewayClient::new(ClientConfig::new(
        format!("http://{addr}"),
        ApiKey::new("k"),
    ))
    .unwrap();
    let list = client.list_devices().await.unwrap();
    let pages = waping_core::gateway::MAX_PAGES as usize;
    assert_eq!(
        list.devices.len(),
        pages,
        "one device a page, every page read"
    );
    assert_eq!(
        list.devices[pages - 1].id,
        DeviceId::new(format!("dev_{pages}"))
    );
    let partial = list.partial.expect("a list cut at its bound is partial");
    assert_eq!(partial.read as usize, pages);
    assert_eq!(partial.reason, format!("the list runs past {pages} pages"));
}

#[tokio::test]
async fn a_codes_lifetime_counts_from_the_clients_clock() {
    use waping_core::domain::{Clock, ManualClock};
    use waping_core::simulator::WireProfile;
    // WAPing's clock and the app's agree, years away from the computer's.
    let clock = ManualClock::new(
        chrono::DateTime::parse_from_rfc3339("2031-03-01T09:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc),
    );
    let relative = WireProfile::named("bare-snake").expect("a profile that sends expires_in");
    let sim = simulator::start(
        SimConfig {
            devices: 1,
            wire: relative,
            clock: Some(clock.clone()),
            ..SimConfig::default()
        },
        loopback(),
    )
    .await
    .unwrap();
    let config = ClientConfig::new(sim.base_url(), ApiKey::new(sim.api_key()));
    let client = GatewayClient::new(config.with_clock(clock.clone())).unwrap();
    let id = DeviceId::new("dev_001");
    client.logout(&id).await.unwrap();
    let first = client.qr(&id).await.unwrap();
    let lifetime = first.expires_at - clock.now();
    assert!(
        lifetime > chrono::Duration::zero() && lifetime <= chrono::Duration::minutes(5),
        "expires {} on a clock at {}",
        first.expires_at,
        clock.now()
    );
    // Read again later on the same code: the same end, on the moved clock.
    clock.advance(chrono::Duration::seconds(5));
    let again = client.qr(&id).await.unwrap();
    assert_eq!(again.payload, first.payload);
    assert_eq!(again.expires_at, first.expires_at);
}
