//! The URL hook's end: a small local HTTP server that counts what it is sent.

use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub struct Sink {
    pub url: String,
    requests: Arc<AtomicU64>,
}

impl Sink {
    /// Events POSTed so far.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::SeqCst)
    }
}

pub async fn start() -> Result<Sink, String> {
    let requests = Arc::new(AtomicU64::new(0));
    let counted = requests.clone();
    let app = Router::new().route(
        "/hook",
        post(move || async move {
            counted.fetch_add(1, Ordering::SeqCst);
            StatusCode::NO_CONTENT
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| format!("the hook sink: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            eprintln!("soak: the hook sink stopped: {e}");
        }
    });
    Ok(Sink {
        url: format!("http://{addr}/hook"),
        requests,
    })
}
