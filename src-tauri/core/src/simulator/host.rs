//! Only requests addressed to the simulator by a loopback name are served.
//! A web page that rebinds its own host name to 127.0.0.1 (DNS rebinding)
//! reaches the port, but its browser sends that name as `Host`: refused
//! before any handler runs.

use super::{api_error, Shared};
use crate::gateway::wire::codes;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::net::SocketAddr;
use std::sync::Arc;

/// The `Host` values a simulator on `addr` answers to: its loopback names
/// with its port, or `None` (any) when bound to another interface on
/// purpose, where clients reach it by names this cannot know.
pub(super) fn allowed_hosts(addr: SocketAddr) -> Option<Vec<String>> {
    addr.ip().is_loopback().then(|| {
        let port = addr.port();
        vec![
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("[::1]:{port}"),
        ]
    })
}

pub(super) async fn check_host(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(allowed) = &shared.hosts else {
        return next.run(request).await;
    };
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok());
    if host.is_some_and(|h| allowed.iter().any(|a| a.eq_ignore_ascii_case(h))) {
        next.run(request).await
    } else {
        api_error(
            StatusCode::MISDIRECTED_REQUEST,
            codes::FORBIDDEN,
            &format!("this simulator answers only at {}", allowed.join(", ")),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_with_the_port_only() {
        let hosts = allowed_hosts("127.0.0.1:4711".parse().unwrap()).unwrap();
        assert_eq!(
            hosts,
            ["127.0.0.1:4711", "localhost:4711", "[::1]:4711"].map(String::from)
        );
        assert!(allowed_hosts("0.0.0.0:4711".parse().unwrap()).is_none());
    }
}
