//! A WAPing (or whatever answers at its address) that fails every poll with
//! a 200 KB error message full of terminal escapes: the monitor logs it once,
//! not on every poll, cut and printable.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use waping_core::gateway::MAX_MESSAGE_CHARS;
use waping_core::monitor::{GatewayHealth, Monitor, MonitorConfig, MonitorEvent};
use waping_core::{ApiKey, ClientConfig, GatewayClient};

/// What the log received, as text.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Log {
    fn lines(&self) -> Vec<String> {
        String::from_utf8_lossy(&self.0.lock().unwrap())
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

/// An HTTP server on loopback that answers every request with a 500 whose
/// message is `message`; counts the requests.
async fn failing_server(message: String) -> (String, Arc<Mutex<u64>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let body = serde_json::json!({"error": {"code": "BROKEN", "message": message}}).to_string();
    let answer = format!(
        "HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let requests = Arc::new(Mutex::new(0u64));
    tokio::spawn({
        let requests = requests.clone();
        async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let answer = answer.clone();
                let requests = requests.clone();
                tokio::spawn(async move {
                    let mut head = vec![0u8; 8192];
                    let _ = stream.read(&mut head).await;
                    *requests.lock().unwrap() += 1;
                    let _ = stream.write_all(answer.as_bytes()).await;
                });
            }
        }
    });
    (url, requests)
}

// One thread, so that the monitor's task logs to this test's subscriber.
#[tokio::test(flavor = "current_thread")]
async fn a_200_kb_server_error_with_escapes_is_logged_once_cut_and_printable() {
    let log = Log::default();
    let _subscriber = tracing::subscriber::set_default(
        tracing_subscriber::fmt()
            .with_ansi(false)
            .with_max_level(tracing::Level::INFO)
            .with_writer({
                let log = log.clone();
                move || log.clone()
            })
            .finish(),
    );
    let hostile = "\u{1b}]0;owned\u{7}\u{1b}[2J".to_owned() + &"x".repeat(200_000);
    let (url, requests) = failing_server(hostile).await;
    let client = GatewayClient::new(ClientConfig::new(url, ApiKey::new("k"))).unwrap();
    let monitor = Monitor::spawn(
        client,
        None,
        None,
        MonitorConfig {
            poll_interval: Duration::from_millis(20),
            tick_every: Duration::from_millis(20),
            ..MonitorConfig::default()
        },
    );
    let mut events = monitor.events();
    let failing = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            if let Ok(MonitorEvent::Health(GatewayHealth::Failing { .. })) = events.recv().await {
                return;
            }
        }
    })
    .await;
    assert!(failing.is_ok(), "the monitor never reported the failure");
    // Many more polls, each failing the same way (the backoff is waited
    // out by asking for each poll by hand).
    let polls_before = *requests.lock().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while *requests.lock().unwrap() < polls_before + 20 {
        assert!(
            std::time::Instant::now() < deadline,
            "the monitor stopped polling"
        );
        monitor.refresh();
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let logged: Vec<String> = log
        .lines()
        .into_iter()
        .filter(|line| line.contains("WAPing could not be read"))
        .collect();
    assert_eq!(
        logged.len(),
        1,
        "the same failure over {} polls logged as: {logged:#?}",
        *requests.lock().unwrap()
    );
    let line = &logged[0];
    assert!(
        line.chars().count() < MAX_MESSAGE_CHARS + 200,
        "{} characters logged",
        line.chars().count()
    );
    assert!(
        !line.chars().any(|c| c.is_control()),
        "a control character reached the log: {line:?}"
    );
    assert!(line.contains("BROKEN") || line.contains("500"), "{line}");
}
