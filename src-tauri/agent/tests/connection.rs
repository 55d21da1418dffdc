//! The agent's local connection over real loopback TCP: the token opens it,
//! a wrong or missing one gets nothing, and a window hears the agent's events.

mod common;

use common::agent;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use waping_core::alerts::SnoozeFor;
use waping_core::ErrorCode;
use waping_core::{DeviceId, Mode};
use waping_link::client::AgentClient;
use waping_link::contract::args;
use waping_link::protocol::{Discovery, Frame};
use waping_link::Event;

/// The first line a raw client gets back after sending `hello`.
async fn answer_to(port: u16, hello: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream.write_all(hello.as_bytes()).await.unwrap();
    let mut line = String::new();
    let read = tokio::time::timeout(
        Duration::from_secs(10),
        BufReader::new(stream).read_line(&mut line),
    )
    .await
    .expect("the agent answers or closes");
    read.ok().filter(|n| *n > 0).map(|_| line)
}

#[tokio::test]
async fn only_the_token_opens_the_connection() {
    let agent = agent("connection-token").await;
    let port = agent.server.discovery.port;
    let refused: Value =
        serde_json::from_str(&answer_to(port, "{\"token\":\"nope\"}\n").await.unwrap()).unwrap();
    assert_eq!(refused, json!({"type": "hello", "ok": false}));
    let not_json: Value =
        serde_json::from_str(&answer_to(port, "GET / HTTP/1.1\r\n\r\n").await.unwrap()).unwrap();
    assert_eq!(not_json, json!({"type": "hello", "ok": false}));
    // A request without the token first is no token at all.
    let request = "{\"id\":1,\"command\":\"get_settings\"}\n";
    let skipped: Value = serde_json::from_str(&answer_to(port, request).await.unwrap()).unwrap();
    assert_eq!(skipped, json!({"type": "hello", "ok": false}));

    let wrong = Discovery {
        token: "0".repeat(64),
        ..agent.server.discovery.clone()
    };
    let err = AgentClient::connect(&wrong, false).await.err().unwrap();
    assert_eq!(err.code, ErrorCode::AgentUnavailable);
    agent.stop().await;
}

/// Sends one raw request line after the token and returns the agent's reply
/// frame, as a client that does not follow the contract would see it.
async fn raw_reply(discovery: &Discovery, request: Value) -> Frame {
    let stream = TcpStream::connect(("127.0.0.1", discovery.port))
        .await
        .unwrap();
    let (read, mut write) = stream.into_split();
    let hello = json!({"token": discovery.token, "window": false});
    write
        .write_all(format!("{hello}\n{request}\n").as_bytes())
        .await
        .unwrap();
    let mut lines = BufReader::new(read).lines();
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let line = lines.next_line().await.unwrap().expect("a reply");
            match serde_json::from_str::<Frame>(&line).unwrap() {
                Frame::Hello { ok } => assert!(ok),
                reply @ Frame::Reply { .. } => return reply,
                Frame::Event(_) => {}
            }
        }
    })
    .await
    .expect("the agent replies")
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
