//! The webhook receiver over loopback: signatures, replays, bad bodies,
//! connections held open without a request, and pushes from the simulator
//! feeding the monitor.

use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use waping_core::history::History;
use waping_core::monitor::{Monitor, MonitorConfig, MonitorEvent, ObservedBy, Source};
use waping_core::simulator::{self, Scenario, SimConfig, SimControl, SimWebhook};
use waping_core::webhook::{self, ReceiverLimits, WebhookConfig};
use waping_core::{ApiKey, ClientConfig, GatewayClient, PlanTier, SessionState};

const SECRET: &str = "whsec_test";

async fn receiver() -> (
    webhook::WebhookServer,
    mpsc::UnboundedReceiver<waping_core::monitor::Observation>,
) {
    receiver_with(ReceiverLimits::default()).await
}

async fn receiver_with(
    limits: ReceiverLimits,
) -> (
    webhook::WebhookServer,
    mpsc::UnboundedReceiver<waping_core::monitor::Observation>,
) {
    let (tx, rx) = mpsc::unbounded_channel();
    let config = WebhookConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        secret: SECRET.into(),
        signature_header: "X-WAPing-Signature".into(),
        clock: waping_core::domain::system_clock(),
    };
    (
        webhook::start_with_limits(config, limits, tx)
            .await
            .unwrap(),
        rx,
    )
}

/// Limits under which no connection times out during a test.
fn patient(connections: usize) -> ReceiverLimits {
    ReceiverLimits {
        header_read: Duration::from_secs(600),
        body_read: Duration::from_secs(600),
        connections,
    }
}

/// Reads until the receiver closes the connection, 30 s at most; what it
/// sent before, or `None` if it is still open then.
async fn read_until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut sent = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(30), async {
        let mut buf = [0u8; 1024];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => sent.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    read.ok()
        .map(|()| String::from_utf8_lossy(&sent).into_owned())
}

/// A signed push of `body` as raw HTTP/1.1 on a connection that stays open.
fn signed_request(body: &[u8]) -> Vec<u8> {
    let mut request = format!(
        "POST {} HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nX-WAPing-Signature: {}\r\n\r\n",
        webhook::PATH,
        body.len(),
        webhook::sign(SECRET.as_bytes(), body)
    )
    .into_bytes();
    request.extend_from_slice(body);
    request
}

fn event(id: &str, status: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "id": id, "type": "session.status", "createdAt": "2026-11-25T10:00:00Z",
        "data": {"deviceId": "dev_001", "status": status, "previousStatus": "connected", "reason": "logged_out"}
    }))
    .unwrap()
}

async fn post(url: &str, body: Vec<u8>, signature: Option<String>) -> u16 {
    let mut request = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json");
    if let Some(sig) = signature {
        request = request.header("X-WAPing-Signature", sig);
    }
    request.body(body).send().await.unwrap().status().as_u16()
}

/// Posts a signed event of its own and checks that it is the next
/// observation: the receiver passes an event on before it answers, so one
/// that came earlier (and should have been dropped) would be received first.
async fn the_next_observation_is_a_later_event(
    url: &str,
    rx: &mut mpsc::UnboundedReceiver<waping_core::monitor::Observation>,
) {
    let body = event("evt_later", "degraded");
    let sig = webhook::sign(SECRET.as_bytes(), &body);
    assert_eq!(post(url, body, Some(sig)).await, 202);
    let obs = tokio::time::timeout(Duration::from_secs(5), rx.recv())
        .await
        .expect("the later event is passed on")
        .unwrap();
    assert_eq!(
        (obs.device_id.as_str(), obs.state),
        ("dev_001", SessionState::Degraded),
        "the later event comes first: nothing before it was passed on ({obs:?})"
    );
}

#[tokio::test]
async fn a_signed_event_becomes_one_observation() {
    let (server, mut rx) = receiver().await;
    let body = event("evt_1", "disconnected");
    let sig = webhook::sign(SECRET.as_bytes(), &body);
    assert_eq!(
        post(&server.url(), body.clone(), Some(sig.clone())).await,
        202
    );
    let obs = rx.recv().await.unwrap();
    assert_eq!(obs.device_id.as_str(), "dev_001");
    assert_eq!(
        (obs.state, obs.source),
        (SessionState::Disconnected, ObservedBy::Webhook)
    );
    assert_eq!(obs.reason.as_deref(), Some("logged_out"));
    // WAPing retries: the same id again is acknowledged and dropped.
    assert_eq!(post(&server.url(), body, Some(sig)).await, 200);
    the_next_observation_is_a_later_event(&server.url(), &mut rx).await;
}

#[tokio::test]
async fn bad_missing_or_foreign_signatures_are_refused() {
    let (server, mut rx) = receiver().await;
    let body = event("evt_2", "disconnected");
    assert_eq!(post(&server.url(), body.clone(), None).await, 401);
    assert_eq!(
        post(&server.url(), body.clone(), Some("sha256=00".into())).await,
        401
    );
    let other = webhook::sign(b"someone else", &body);
    assert_eq!(post(&server.url(), body.clone(), Some(other)).await, 401);
    let tampered = webhook::sign(SECRET.as_bytes(), &event("evt_2", "connected"));
    assert_eq!(post(&server.url(), body, Some(tampered)).await, 401);
    the_next_observation_is_a_later_event(&server.url(), &mut rx).await;
}

#[tokio::test]
async fn oversized_and_malformed_bodies_are_refused() {
    let (server, mut rx) = receiver().await;
    let huge = vec![b' '; webhook::MAX_BODY + 1];
    let sig = webhook::sign(SECRET.as_bytes(), &huge);
    assert_eq!(post(&server.url(), huge, Some(sig)).await, 413);
    let broken = b"{\"id\": \"evt_3\", \"type\": ".to_vec();
    let sig = webhook::sign(SECRET.as_bytes(), &broken);
    assert_eq!(post(&server.url(), broken, Some(sig)).await, 400);
    let wrong_shape = br#"{"id":"evt_4","type":"session.status","data":{"status":1}}"#.to_vec();
    let sig = webhook::sign(SECRET.as_bytes(), &wrong_shape);
    assert_eq!(post(&server.url(), wrong_shape, Some(sig)).await, 400);
    let other_type = br#"{"id":"evt_5","type":"message.received","data":{}}"#.to_vec();
    let sig = webhook::sign(SECRET.as_bytes(), &other_type);
    assert_eq!(post(&server.url(), other_type, Some(sig)).await, 204);
    the_next_observation_is_a_later_event(&server.url(), &mut rx).await;
}

#[tokio::test]
async fn pushes_from_the_simulator_reach_the_monitor_once() {
    let sim = simulator::start(
        SimConfig {
            plan: PlanTier::Growth,
            devices: 1,
            scenario: Scenario::Steady,
            ..SimConfig::default()
        },
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let client = GatewayClient::new(ClientConfig::new(
        sim.base_url(),
        ApiKey::new(sim.api_key()),
    ))
    .unwrap();
    // Polls are rare here: the change must arrive by push.
    let config = MonitorConfig {
        poll_interval: Duration::from_secs(3600),
        ..MonitorConfig::default()
    };
    let monitor = Monitor::spawn(
        client,
        Some(History::open_in_memory().unwrap()),
        None,
        config,
    );
    let mut events = monitor.events();
    let (_first, _) = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Ok(MonitorEvent::Transition(t)) = events.recv().await {
                return (t, ());
            }
        }
    })
    .await
    .expect("first sighting");

    let server = webhook::start(
        WebhookConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            secret: SECRET.into(),
            signature_header: "X-WAPing-Signature".into(),
            clock: waping_core::domain::system_clock(),
        },
        monitor.observation_sender(),
    )
    .await
    .unwrap();
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    control
        .set_webhook(&SimWebhook {
            url: server.url(),
            secret: SECRET.into(),
            header: "X-WAPing-Signature".into(),
        })
        .await
        .unwrap();
    control
        .set_status("dev_001", "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    let pushed = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Ok(MonitorEvent::Transition(t)) = events.recv().await {
                return t;
            }
        }
    })
    .await
    .expect("the push arrives long before the next poll");
    assert_eq!(
        (pushed.to, pushed.source),
        (SessionState::Disconnected, Source::Webhook)
    );

    // The poll that follows sees the same state: nothing is counted twice.
    let mut snapshots = monitor.subscribe();
    let polled_before = snapshots.borrow_and_update().updated_at;
    monitor.refresh();
    tokio::time::timeout(
        Duration::from_secs(5),
        snapshots.wait_for(|s| s.updated_at > polled_before),
    )
    .await
    .expect("the refresh polls")
    .unwrap();
    let mut after_push = Vec::new();
    while let Ok(event) = events.try_recv() {
        after_push.push(event);
    }
    assert_eq!(
        after_push
            .iter()
            .filter(|e| matches!(e, MonitorEvent::Transition(_)))
            .count(),
        0,
        "no second transition: {after_push:?}"
    );
    let alerts: Vec<_> = after_push
        .iter()
        .filter_map(|e| match e {
            MonitorEvent::Alert(a) => Some(a.kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        alerts,
        vec![waping_core::alerts::AlertKind::Down],
        "the push's own alert, and none from the poll"
    );
    assert_eq!(
        monitor.current().devices[0].state,
        SessionState::Disconnected
    );
}

#[tokio::test]
async fn idle_connections_and_idle_keep_alives_are_closed_after_the_header_timeout() {
    let (server, mut rx) = receiver_with(ReceiverLimits {
        header_read: Duration::from_secs(1),
        ..patient(8)
    })
    .await;
    let mut silent = TcpStream::connect(server.addr()).await.unwrap();
    // A push answered on a kept-alive connection, which then idles.
    let mut kept = TcpStream::connect(server.addr()).await.unwrap();
    kept.write_all(&signed_request(&event("evt_kept", "disconnected")))
        .await
        .unwrap();
    let obs = tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .expect("the push is passed on")
        .unwrap();
    assert_eq!(obs.state, SessionState::Disconnected);

    let silent_sent = read_until_closed(&mut silent)
        .await
        .expect("a connection that sends nothing is closed");
    assert!(!silent_sent.contains("HTTP/1.1 2"), "{silent_sent}");
    let kept_sent = read_until_closed(&mut kept)
        .await
        .expect("an idle keep-alive is closed");
    assert!(
        kept_sent.starts_with("HTTP/1.1 202"),
        "the push was answered before the close: {kept_sent}"
    );
    the_next_observation_is_a_later_event(&server.url(), &mut rx).await;
}

#[tokio::test]
async fn a_body_that_stops_coming_is_answered_408_and_closed() {
    let (server, mut rx) = receiver_with(ReceiverLimits {
        body_read: Duration::from_secs(1),
        ..patient(8)
    })
    .await;
    let request = signed_request(&event("evt_slow", "disconnected"));
    let mut slow = TcpStream::connect(server.addr()).await.unwrap();
    // The headers and the first bytes of the body, then nothing.
    let cut = request.len() - 20;
    slow.write_all(&request[..cut]).await.unwrap();
    let sent = read_until_closed(&mut slow)
        .await
        .expect("a stalled body is not waited for");
    assert!(sent.starts_with("HTTP/1.1 408"), "{sent}");
    the_next_observation_is_a_later_event(&server.url(), &mut rx).await;
}

#[tokio::test]
async fn past_the_cap_a_new_connection_is_closed_at_once_and_a_freed_slot_serves_again() {
    // Nothing times out here: a close can only come from the cap.
    let (server, mut rx) = receiver_with(patient(2)).await;
    let held = [
        TcpStream::connect(server.addr()).await.unwrap(),
        TcpStream::connect(server.addr()).await.unwrap(),
    ];
    let mut third = TcpStream::connect(server.addr()).await.unwrap();
    let sent = read_until_closed(&mut third)
        .await
        .expect("a connection past the cap is closed, not queued");
    assert_eq!(sent, "", "closed unanswered");

    drop(held);
    // The receiver sees the held ones end in its own time; until then a
    // push may still find it full.
    let body = event("evt_after_cap", "degraded");
    let signature = webhook::sign(SECRET.as_bytes(), &body);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let sent = reqwest::Client::new()
            .post(server.url())
            .header("X-WAPing-Signature", &signature)
            .body(body.clone())
            .send()
            .await;
        if let Ok(response) = sent {
            assert_eq!(response.status().as_u16(), 202);
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "a freed slot serves a push again"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let obs = tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .expect("the push is passed on")
        .unwrap();
    assert_eq!(obs.state, SessionState::Degraded);
}

#[tokio::test]
async fn a_stopped_receiver_closes_its_idle_connections_and_frees_its_port() {
    let (server, _rx) = receiver_with(patient(8)).await;
    let addr = server.addr();
    let mut idle = TcpStream::connect(addr).await.unwrap();
    drop(server);
    let sent = read_until_closed(&mut idle)
        .await
        .expect("an idle connection is closed when the receiver stops");
    assert_eq!(sent, "");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while let Err(e) = tokio::net::TcpListener::bind(addr).await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the port is free again: {e}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
