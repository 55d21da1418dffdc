//! The agent's local connection over real loopback TCP: the token opens it,
//! a wrong or missing one gets nothing, and a window hears the agent's events.

mod common;

use common::agent;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use waping_desk_agent::client::AgentClient;
use waping_desk_agent::protocol::Discovery;

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
    let request = "{\"id\":1,\"method\":\"get_settings\"}\n";
    let skipped: Value = serde_json::from_str(&answer_to(port, request).await.unwrap()).unwrap();
    assert_eq!(skipped["ok"], false);

    let wrong = Discovery {
        token: "0".repeat(64),
        ..agent.server.discovery.clone()
    };
    let err = AgentClient::connect(&wrong, false).await.err().unwrap();
    assert_eq!(err.code, "AGENT_UNAVAILABLE");
    agent.stop().await;
}

#[tokio::test]
async fn a_window_is_answered_and_hears_the_overview() {
    let agent = agent("connection-window").await;
    let (client, mut events) = AgentClient::connect(&agent.server.discovery, true)
        .await
        .expect("the token opens it");
    let overview = client.call("get_overview", json!({})).await.unwrap();
    assert_eq!(overview["mode"], "demo");
    let bad = client
        .call("start_pairing", json!({"deviceId": "../v1/x"}))
        .await
        .unwrap_err();
    assert_eq!(bad.code, "INVALID_INPUT");
    let unknown = client.call("rm_rf", json!({})).await.unwrap_err();
    assert_eq!(unknown.code, "UNKNOWN_REQUEST");
    // A change made here is told to the window as an `overview` event.
    client
        .call(
            "snooze_alerts",
            json!({"deviceId": "dev_001", "duration": "oneHour"}),
        )
        .await
        .unwrap();
    let event = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let event = events.recv().await.expect("the connection stays open");
            if event.name == "overview" && event.payload["snoozedDevices"]["dev_001"].is_string() {
                return event;
            }
        }
    })
    .await
    .expect("the snooze is told");
    assert_eq!(event.payload["mode"], "demo");
    // The agent going away ends the window's calls with a clear error.
    agent.stop().await;
    let gone = client.call("get_overview", json!({})).await.unwrap_err();
    assert_eq!(gone.code, "AGENT_GONE");
}
