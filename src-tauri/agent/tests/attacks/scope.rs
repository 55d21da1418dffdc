//! The key goes only where it was meant, what WAPing names reaches the
//! desktop as text, and one client cannot hold the agent's memory: each
//! against the running agent over loopback.

use crate::common::notification_server::NotificationServer;
use crate::common::{self, agent_with, polls_when_asked};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use waping_core::simulator::SimControl;
use waping_core::{DeviceId, ErrorCode, SessionState, Settings};
use waping_desk_agent::commands::ask;
use waping_desk_agent::service::Service;
use waping_link::channel::{Reader, Writer};
use waping_link::client::AgentClient;
use waping_link::contract::args;
use waping_link::protocol::{Discovery, MAX_REQUEST};
use waping_link::views::Overview;
use waping_link::Event;

/// An HTTP server on loopback that answers every request with `status` (and
/// `location`, when given) and keeps each request's head.
struct Recorder {
    url: String,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    async fn start(status: &'static str, location: Option<String>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let heads = Arc::new(Mutex::new(Vec::new()));
        let kept = heads.clone();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let (kept, location) = (kept.clone(), location.clone());
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") && head.len() < 64 * 1024 {
                        match stream.read(&mut byte).await {
                            Ok(1) => head.push(byte[0]),
                            _ => return,
                        }
                    }
                    kept.lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&head).into_owned());
                    let location = location
                        .map(|l| format!("Location: {l}\r\n"))
                        .unwrap_or_default();
                    let answer = format!(
                        "HTTP/1.1 {status}\r\n{location}Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
                    );
                    let _ = stream.write_all(answer.as_bytes()).await;
                });
            }
        });
        Self { url, heads }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

const STORED_KEY: &str = "wk_live_stored_secret_0123456789";

/// An agent watching `base_url` (which refuses connections) with a key kept
/// for this session.
async fn agent_with_a_key(name: &str) -> waping_desk_agent::Agent {
    let settings = Settings {
        base_url: "http://127.0.0.1:9".into(),
        ..polls_when_asked()
    };
    let agent = agent_with(name, Some(&settings)).await;
    crate::common::set_session_key(&agent.service, STORED_KEY).await;
    agent
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_test_against_another_address_never_carries_the_stored_key() {
    let agent = agent_with_a_key("scope-test-connection").await;
    let listener = Recorder::start("401 Unauthorized", None).await;

    let refused = ask(
        &agent.service,
        args::TestConnection {
            base_url: listener.url.clone(),
            api_key: None,
        },
    )
    .await
    .expect_err("the stored key is not tried at another address");
    assert_eq!(refused.code, ErrorCode::KeyNeeded, "{refused:?}");
    assert!(
        refused.message.contains("Type the API key"),
        "{}",
        refused.message
    );
    let diagnosed = ask(
        &agent.service,
        args::Diagnose {
            base_url: Some(listener.url.clone()),
            api_key: None,
        },
    )
    .await
    .expect_err("nor diagnosed there");
    assert_eq!(diagnosed.code, ErrorCode::KeyNeeded, "{diagnosed:?}");

    // A key typed in is what goes there: the listener does hear it.
    let typed = ask(
        &agent.service,
        args::TestConnection {
            base_url: listener.url.clone(),
            api_key: Some("wk_typed_for_this_test".into()),
        },
    )
    .await
    .expect_err("the listener refuses every key");
    assert_eq!(typed.code, ErrorCode::Unauthorized, "{typed:?}");
    let heads = listener.heads();
    assert!(
        heads
            .iter()
            .any(|h| h.contains("Bearer wk_typed_for_this_test")),
        "{heads:#?}"
    );
    assert!(
        heads.iter().all(|h| !h.contains(STORED_KEY)),
        "the stored key reached another address: {heads:#?}"
    );
    agent.stop().await;
}

/// Polls now and waits (10 s at most) until the overview passes `test`.
async fn poll_until(service: &Service, what: &str, test: impl Fn(&Overview) -> bool) {
    ask(service, args::Refresh {})
        .await
        .expect("a poll is asked for");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let overview = ask(service, args::GetOverview {}).await.unwrap();
        if test(&overview) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn state(overview: &Overview, id: &DeviceId) -> Option<SessionState> {
    let view = overview.devices.iter().find(|d| &d.device.id == id)?;
    Some(view.device.state)
}

/// Renames the first phone and drops it with `reason`, as WAPing would tell
/// it, and waits until the agent has seen it drop.
async fn drop_named(service: &Service, sim: &SimControl, name: &str, reason: &str) {
    let phone = DeviceId::new("dev_001");
    poll_until(service, "the phone to show connected", |o| {
        state(o, &phone) == Some(SessionState::Connected)
    })
    .await;
    sim.set_name(phone.as_str(), name).await.unwrap();
    sim.set_status(phone.as_str(), "disconnected", Some(reason))
        .await
        .unwrap();
    poll_until(service, "the phone to show disconnected", |o| {
        state(o, &phone) == Some(SessionState::Disconnected)
    })
    .await;
}

/// The one test of this binary that serves notifications (the private bus
/// is the process's session bus from here on).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_and_reason_written_as_markup_are_notified_as_text() {
    let desktop = NotificationServer::start().await;
    let agent = agent_with("scope-markup", Some(&polls_when_asked())).await;
    let sim = crate::common::demo(&agent).await.control();
    let name = "<b>Shop</b> & co";
    drop_named(&agent.service, &sim, name, "<a href=\"x\">tap</a>").await;

    let summary = format!("{name} disconnected");
    let calls = desktop
        .until("the drop's notification", |calls| {
            calls.iter().any(|c| c.summary == summary)
        })
        .await;
    let told = calls.iter().find(|c| c.summary == summary).unwrap();
    assert!(
        told.body
            .contains("&lt;a href=&quot;x&quot;&gt;tap&lt;/a&gt;"),
        "the body is sent as markup unescaped: {:?}",
        told.body
    );
    assert!(!told.body.contains('<'), "{:?}", told.body);
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hook_address_that_redirects_does_not_send_the_event_on() {
    let elsewhere = Recorder::start("200 OK", None).await;
    let hook = Recorder::start(
        "307 Temporary Redirect",
        Some(format!("{}/stolen", elsewhere.url)),
    )
    .await;
    // Hooks follow the user's own phones: a workspace with a key, not the demo.
    let key = "wk_live_hook_workspace";
    let workspace = crate::common::workspace(2, key).await;
    let mut settings = polls_when_asked();
    settings.base_url = workspace.base_url();
    settings.hooks.url = Some(format!("{}/hook", hook.url));
    let agent = agent_with("scope-hook-redirect", Some(&settings)).await;
    let service = &agent.service;
    crate::common::set_session_key(service, key).await;
    let sim = SimControl::new(&workspace.base_url(), key);
    drop_named(service, &sim, "Shop phone", "phone_offline").await;

    let deadline = Instant::now() + Duration::from_secs(10);
    let run = loop {
        let runs = ask(service, args::GetHookRuns {}).await.unwrap();
        if let Some(run) = runs.into_iter().find(|r| r.target == "url") {
            break run;
        }
        assert!(Instant::now() < deadline, "the hook did not run");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(hook.heads().len(), 1, "the hook's own address is asked");
    assert_eq!(
        elsewhere.heads(),
        Vec::<String>::new(),
        "the redirect was followed to another address (the run: {run:?})"
    );
    assert!(!run.ok, "a redirect is not a delivery: {run:?}");
    assert_eq!(run.detail, "HTTP 307");
    agent.stop().await;
}

/// A raw client past the handshake.
async fn raw_client(discovery: &Discovery) -> (BufReader<Reader>, Writer) {
    waping_link::client::open(discovery, true).await.unwrap()
}

/// Reads until the agent closes the connection; false if it is still open
/// after `within`.
async fn closed_within(read: &mut BufReader<Reader>, within: Duration) -> bool {
    let mut sink = vec![0u8; 1 << 16];
    tokio::time::timeout(within, async {
        loop {
            match read.read(&mut sink).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await
    .is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_2_mib_request_line_is_cut_off_and_others_are_still_served() {
    let agent = common::agent_with("scope-long-line", Some(&polls_when_asked())).await;
    let discovery = agent.server.discovery.clone();
    let (mut read, mut write) = raw_client(&discovery).await;

    let long = vec![b'x'; 2 * 1024 * 1024];
    assert!(long.len() as u64 > MAX_REQUEST);
    // The agent may close while this is still being written.
    let _ = write.write_all(&long).await;
    assert!(
        closed_within(&mut read, Duration::from_secs(10)).await,
        "the agent kept reading a 2 MiB line"
    );

    let (client, _events) = AgentClient::connect(&discovery, false).await.unwrap();
    client
        .ask(args::GetSettings {})
        .await
        .expect("another client is served");
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_window_that_never_reads_is_let_go_instead_of_queued_for() {
    let agent = common::agent_with("scope-never-reads", Some(&polls_when_asked())).await;
    let service = &agent.service;
    let (mut read, _write) = raw_client(&agent.server.discovery).await;

    let overview = ask(service, args::GetOverview {}).await.unwrap();
    let event = Event::Overview(overview);
    let line = serde_json::to_string(&waping_link::protocol::AgentEvent::from(&event))
        .unwrap()
        .len();
    // More than the socket's buffers on both ends hold (a few MiB each),
    // then more than the agent queues.
    let count = (64 * 1024 * 1024 / line).max(1) + 1024;
    for n in 0..count {
        service.shell.emit(event.clone());
        if n % 64 == 0 {
            // Lets the connection take each event from the broadcast.
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
    assert!(
        closed_within(&mut read, Duration::from_secs(20)).await,
        "the agent still holds the connection of a client that never read {count} events of {line} bytes"
    );
    let (client, _events) = AgentClient::connect(&agent.server.discovery, false)
        .await
        .unwrap();
    client
        .ask(args::GetSettings {})
        .await
        .expect("others are still served");
    agent.stop().await;
}
