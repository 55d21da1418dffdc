//! The agent's local connection over its real channel: only a client that
//! proves it knows the token is served, one that does not gets nothing, and
//! a window hears the agent's events.

mod common;

use common::agent;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
use waping_core::alerts::SnoozeFor;
use waping_core::ErrorCode;
use waping_core::{DeviceId, Mode};
use waping_link::channel;
use waping_link::client::{self, AgentClient};
use waping_link::contract::args;
use waping_link::handshake::{Hello, Proof};
use waping_link::protocol::{new_token, Discovery, Frame};
use waping_link::Event;

/// Everything a raw client gets back after sending `lines`, until the agent
/// closes the connection.
async fn answers_to(discovery: &Discovery, lines: &str) -> String {
    let stream = channel::connect(&discovery.socket).await.unwrap();
    let (mut read, mut write) = channel::split(stream);
    // The agent may close while this is being written.
    let _ = write.write_all(lines.as_bytes()).await;
    let mut answers = String::new();
    tokio::time::timeout(Duration::from_secs(10), read.read_to_string(&mut answers))
        .await
        .expect("the agent closes the connection")
        .ok();
    answers
}

#[tokio::test]
async fn only_a_client_that_proves_it_knows_the_token_is_served() {
    let agent = agent("connection-token").await;
    let discovery = &agent.server.discovery;
    let request = "{\"id\":1,\"command\":\"get_settings\"}\n";
    // The old first line with the token in clear, something else entirely,
    // and a request with no handshake first: closed, unanswered.
    let token_in_clear = format!("{{\"token\":\"{}\"}}\n{request}", discovery.token);
    for lines in [token_in_clear.as_str(), "GET / HTTP/1.1\r\n\r\n", request] {
        assert_eq!(answers_to(discovery, lines).await, "", "answered {lines:?}");
    }

    // A client that cannot prove it: the agent's challenge, then "no", and
    // the request that follows is not answered.
    let hello = serde_json::to_string(&Hello {
        nonce: new_token(),
        window: true,
    })
    .unwrap();
    let guess = serde_json::to_string(&Proof { proof: new_token() }).unwrap();
    let answers = answers_to(discovery, &format!("{hello}\n{guess}\n{request}")).await;
    let frames: Vec<Frame> = answers
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(
        matches!(
            &frames[..],
            [Frame::Challenge { .. }, Frame::Hello { ok: false }]
        ),
        "{frames:?}"
    );

    // A window with another token refuses the agent before sending anything.
    let wrong = Discovery {
        token: "0".repeat(64),
        ..discovery.clone()
    };
    let err = AgentClient::connect(&wrong, false).await.err().unwrap();
    assert_eq!(err.code, ErrorCode::AgentUnavailable);
    assert!(err.message.contains("could not prove"), "{}", err.message);
    agent.stop().await;
}

/// Sends one raw request line after the handshake and returns the agent's
/// reply frame, as a client that does not follow the contract would see it.
async fn raw_reply(discovery: &Discovery, request: Value) -> Frame {
    let (read, mut write) = client::open(discovery, false).await.unwrap();
    write
        .write_all(format!("{request}\n").as_bytes())
        .await
        .unwrap();
    let mut lines = read.lines();
    let line = tokio::time::timeout(Duration::from_secs(10), lines.next_line())
        .await
        .expect("the agent replies")
        .unwrap()
        .expect("a reply");
    match serde_json::from_str::<Frame>(&line).unwrap() {
        reply @ Frame::Reply { .. } => reply,
        other => panic!("not a reply: {other:?}"),
    }
}

fn error_code(frame: Frame) -> ErrorCode {
    match frame {
        Frame::Reply { err: Some(e), .. } => e.code,
        other => panic!("not an error: {other:?}"),
    }
}

#[tokio::test]
async fn a_window_is_answered_and_hears_the_overview() {
    let agent = agent("connection-window").await;
    let discovery = &agent.server.discovery;
    let (client, mut events) = AgentClient::connect(discovery, true)
        .await
        .expect("the token opens it");
    let overview = client.ask(args::GetOverview {}).await.unwrap();
    assert_eq!(overview.mode, Mode::Demo);
    // What a client outside the contract may send is refused by the agent
    // itself, and the connection stays.
    let bad_id = json!({"id": 1, "command": "start_pairing", "args": {"deviceId": "../v1/x"}});
    assert_eq!(
        error_code(raw_reply(discovery, bad_id).await),
        ErrorCode::InvalidInput
    );
    let unknown = json!({"id": 2, "command": "rm_rf", "args": {}});
    assert_eq!(
        error_code(raw_reply(discovery, unknown).await),
        ErrorCode::UnknownRequest
    );
    let window_only = json!({"id": 3, "command": "save_qr_png", "args": {}});
    assert_eq!(
        error_code(raw_reply(discovery, window_only).await),
        ErrorCode::UnknownRequest
    );
    // A change made here is told to the window as an `overview` event.
    let dev_001 = DeviceId::new("dev_001");
    client
        .ask(args::SnoozeAlerts {
            device_id: Some(dev_001.clone()),
            duration: SnoozeFor::OneHour,
        })
        .await
        .unwrap();
    let told = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let event = events.recv().await.expect("the connection stays open");
            if let Ok(Event::Overview(overview)) = event.event() {
                if overview.snoozed_devices.contains_key(dev_001.as_str()) {
                    return overview;
                }
            }
        }
    })
    .await
    .expect("the snooze is told");
    assert_eq!(told.mode, Mode::Demo);
    // The agent going away ends the window's calls with a clear error.
    agent.stop().await;
    let gone = client.ask(args::GetOverview {}).await.unwrap_err();
    assert_eq!(gone.code, ErrorCode::AgentGone);
}
