//! The demo workspace's simulator runs inside the agent on a loopback port:
//! whoever can reach that port (another user, a web page through DNS
//! rebinding) must not use it to make the agent allocate, wait, post
//! elsewhere, or outlive the demo.

use crate::common::{agent_with, polls_when_asked};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use waping_core::gateway::wire::{codes, ErrorEnvelope};
use waping_core::gateway::ApiKey;
use waping_core::simulator::limits::{MAX_DELAY_MS, MAX_HUGE_BYTES};
use waping_core::simulator::{self, Fault, FaultRule, SimConfig, SimControl, DEFAULT_API_KEY};
use waping_core::{ClientConfig, ErrorCode, GatewayClient, Mode};
use waping_desk_agent::commands::ask;
use waping_link::contract::args;

/// An HTTP/1.1 answer read off the wire: its status and body.
struct Answer {
    status: u16,
    body: Vec<u8>,
}

impl Answer {
    fn error(&self) -> ErrorEnvelope {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not an error envelope ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// Sends one request as a browser or a script on this computer could, with
/// the `Host` given, and reads the whole answer.
async fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    host: &str,
    key: &str,
    body: Option<&str>,
) -> Answer {
    let mut stream = TcpStream::connect(addr).await.expect("the demo listens");
    let body = body.unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut raw))
        .await
        .expect("the demo answers within 30 s")
        .unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an HTTP answer");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    Answer {
        status,
        body: raw[split + 4..].to_vec(),
    }
}

fn client(base_url: &str, key: &str) -> GatewayClient {
    GatewayClient::new(ClientConfig::new(base_url.to_owned(), ApiKey::new(key))).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_public_key_sim_demo_key_is_refused_by_the_running_demo() {
    let agent = agent_with("demo-public-key", Some(&polls_when_asked())).await;
    let demo = crate::common::demo(&agent).await;

    let refused = client(&demo.base_url(), DEFAULT_API_KEY)
        .list_devices()
        .await
        .expect_err("the published key opens nothing");
    assert_eq!(refused.code(), ErrorCode::Unauthorized, "{refused:?}");
    assert_ne!(demo.api_key(), DEFAULT_API_KEY);
    assert_eq!(demo.api_key().len(), 64, "32 random bytes in hex");
    assert!(demo.api_key().bytes().all(|b| b.is_ascii_hexdigit()));
    // The agent's own client, with this run's key, is served.
    let listed = client(&demo.base_url(), demo.api_key())
        .list_devices()
        .await
        .expect("the run's key is served");
    assert_eq!(listed.devices.len(), 4);
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_and_webhook_controls_are_refused_on_the_embedded_demo() {
    let agent = agent_with("demo-controls", Some(&polls_when_asked())).await;
    let demo = crate::common::demo(&agent).await;
    let host = demo.addr().to_string();
    let key = demo.api_key().to_owned();

    let controls = [
        (
            "POST",
            "/_sim/faults",
            r#"{"kind":"huge","bytes":600000000}"#,
        ),
        (
            "POST",
            "/_sim/faults",
            r#"{"kind":"slow","delay_ms":3600000}"#,
        ),
        (
            "PUT",
            "/_sim/webhook",
            r#"{"url":"http://127.0.0.1:9/stolen","secret":"attacker-secret"}"#,
        ),
        (
            "POST",
            "/_sim/devices/dev_001/status",
            r#"{"status":"disconnected"}"#,
        ),
        ("PUT", "/_sim/devices/dev_001/name", r#"{"name":"x"}"#),
        ("PUT", "/_sim/plan", r#"{"plan":"enterprise"}"#),
    ];
    for (method, path, body) in controls {
        let answer = send(demo.addr(), method, path, &host, &key, Some(body)).await;
        assert_eq!(answer.status, 403, "{method} {path} was served");
        assert_eq!(answer.error().error.code, codes::FORBIDDEN);
    }
    // Nothing of it took: the list is served whole and at once, as before.
    let listed = send(demo.addr(), "GET", "/v1/devices", &host, &key, None).await;
    assert_eq!(listed.status, 200);
    assert!(listed.body.len() < 64 * 1024, "{} bytes", listed.body.len());
    let devices = client(&demo.base_url(), &key).list_devices().await.unwrap();
    assert_eq!(devices.devices.len(), 4);
    assert!(devices.devices.iter().all(|d| d.name != "x"));
    // The scan the demo's pairing asks for is still on: a device with no
    // code showing answers as the model says, not 403.
    let scan = send(
        demo.addr(),
        "POST",
        "/_sim/devices/dev_004/scan",
        &host,
        &key,
        Some("{}"),
    )
    .await;
    assert_eq!(scan.status, 409, "{}", String::from_utf8_lossy(&scan.body));
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_600_mb_answer_or_an_hour_long_delay_asked_of_a_simulator_is_clamped() {
    let agent = agent_with("demo-clamped", Some(&polls_when_asked())).await;
    let demo = crate::common::demo(&agent).await;
    // The standalone simulator keeps its HTTP controls, with the same bounds.
    let standalone = simulator::start(SimConfig::default(), "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let over_http = SimControl::new(&standalone.base_url(), standalone.api_key());
    let targets = [
        (demo.control(), demo.addr(), demo.api_key().to_owned()),
        (
            over_http,
            standalone.addr(),
            standalone.api_key().to_owned(),
        ),
    ];
    for (control, addr, key) in targets {
        let slow = control
            .add_fault(&FaultRule::always(Fault::Slow {
                delay_ms: 3_600_000,
            }))
            .await
            .unwrap();
        assert_eq!(
            slow.fault,
            Fault::Slow {
                delay_ms: MAX_DELAY_MS
            }
        );
        control.clear_faults().await.unwrap();

        let huge = control
            .add_fault(&FaultRule::times(
                Fault::Huge {
                    bytes: 600 * 1024 * 1024,
                },
                1,
            ))
            .await
            .unwrap();
        assert_eq!(
            huge.fault,
            Fault::Huge {
                bytes: MAX_HUGE_BYTES
            }
        );
        let served = send(addr, "GET", "/v1/devices", &addr.to_string(), &key, None).await;
        assert_eq!(served.status, 200);
        assert!(
            served.body.len() <= MAX_HUGE_BYTES + 64,
            "{} bytes served",
            served.body.len()
        );
    }
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_with_host_evil_example_is_refused_by_the_demo() {
    let agent = agent_with("demo-rebinding", Some(&polls_when_asked())).await;
    let demo = crate::common::demo(&agent).await;
    let port = demo.addr().port();
    let key = demo.api_key();

    // As a page on evil.example whose name now points at 127.0.0.1 sends it.
    for host in [
        "evil.example".to_owned(),
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
    ] {
        let answer = send(demo.addr(), "GET", "/v1/devices", &host, key, None).await;
        assert_eq!(answer.status, 421, "Host {host} was served");
        assert_eq!(answer.error().error.code, codes::FORBIDDEN);
        let control = send(
            demo.addr(),
            "POST",
            "/_sim/devices/dev_004/scan",
            &host,
            key,
            Some("{}"),
        )
        .await;
        assert_eq!(control.status, 421, "Host {host} reached a control");
    }
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let answer = send(demo.addr(), "GET", "/v1/devices", &host, key, None).await;
        assert_eq!(answer.status, 200, "Host {host} was refused");
    }
    agent.stop().await;
}

/// Whether anything still accepts a connection on `addr`.
async fn accepts(addr: SocketAddr) -> bool {
    TcpStream::connect(addr).await.is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_live_workspace_closes_the_demo_port_and_going_back_gives_a_new_key() {
    let key = "wk_live_demo_switch";
    let live = crate::common::workspace(1, key).await;
    let mut settings = polls_when_asked();
    settings.base_url = live.base_url();
    let agent = agent_with("demo-switch", Some(&settings)).await;
    let service = &agent.service;
    let demo = service.connection.demo().await.expect("the demo runs");
    let (old_addr, old_key) = (demo.addr(), demo.api_key().to_owned());
    assert!(accepts(old_addr).await);

    crate::common::set_session_key(service, key).await;
    let overview = ask(service, args::GetOverview {}).await.unwrap();
    assert_eq!(overview.mode, Mode::Live);
    let deadline = Instant::now() + Duration::from_secs(20);
    while accepts(old_addr).await {
        assert!(
            Instant::now() < deadline,
            "the demo still listens on {old_addr} while the live workspace is watched"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(demo);

    let mut back = ask(service, args::GetSettings {}).await.unwrap().settings;
    back.demo = true;
    ask(service, args::SaveSettings { input: back })
        .await
        .expect("back to the demo");
    let overview = ask(service, args::GetOverview {}).await.unwrap();
    assert_eq!(overview.mode, Mode::Demo);
    let demo = service
        .connection
        .demo()
        .await
        .expect("the demo runs again");
    assert_ne!(
        demo.api_key(),
        old_key,
        "the demo started again with the old key"
    );
    let listed = client(&demo.base_url(), demo.api_key())
        .list_devices()
        .await
        .expect("the new demo serves its new key");
    assert_eq!(listed.devices.len(), 4);
    let refused = client(&demo.base_url(), &old_key)
        .list_devices()
        .await
        .expect_err("the old key opens nothing");
    assert_eq!(refused.code(), ErrorCode::Unauthorized, "{refused:?}");
    agent.stop().await;
}
