//! The agent's end of the local connection: loopback only, a token first,
//! then requests answered concurrently and, for windows, events.

use crate::commands;
use crate::service::Service;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{broadcast, mpsc, watch, Notify};
use tokio::task::JoinHandle;
use waping_link::protocol::{self, Discovery, Frame, Hello, RequestFrame, MAX_HELLO, MAX_REQUEST};

/// A client that says nothing is not waited for.
const HELLO_TIMEOUT: Duration = Duration::from_secs(5);
/// Lines waiting to be written to one client. A window reads as they come;
/// a client that lets this many pile up is not reading, and is let go
/// rather than holding the agent's memory.
pub const OUT_QUEUE: usize = 256;

/// What a connection has to send, bounded: when its queue is full it asks
/// the connection to close instead of waiting or growing.
#[derive(Clone)]
struct Outbox {
    lines: mpsc::Sender<String>,
    overflow: Arc<Notify>,
}

impl Outbox {
    /// Queues a line; false once the connection is gone or is being closed.
    fn send(&self, line: String) -> bool {
        match self.lines.try_send(line) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(_)) => {
                // Stored as a permit: the reading loop sees it even if it
                // is not waiting at this moment.
                self.overflow.notify_one();
                false
            }
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        }
    }
}

pub struct Server {
    pub discovery: Discovery,
    task: JoinHandle<()>,
    /// Closes every connection when the server goes.
    closing: watch::Sender<bool>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
        let _ = self.closing.send(true);
    }
}

/// Listens on a free loopback port with a new token.
pub async fn start(service: Arc<Service>) -> std::io::Result<Server> {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await?;
    let discovery = Discovery {
        port: listener.local_addr()?.port(),
        token: protocol::new_token(),
        pid: std::process::id(),
    };
    let token: Arc<str> = discovery.token.clone().into();
    let (closing, closed) = watch::channel(false);
    let task = tokio::spawn(async move {
        loop {
            match listener.accept().await {
                Ok((stream, _)) => {
                    let serve = serve(stream, token.clone(), service.clone());
                    let mut closed = closed.clone();
                    tokio::spawn(async move {
                        tokio::select! {
                            () = serve => {}
                            _ = closed.wait_for(|closed| *closed) => {}
                        }
                    });
                }
                Err(e) => {
                    tracing::warn!("agent connection not accepted: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
    });
    Ok(Server {
        discovery,
        task,
        closing,
    })
}

async fn serve(stream: TcpStream, token: Arc<str>, service: Arc<Service>) {
    let _ = stream.set_nodelay(true);
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let hello = match tokio::time::timeout(
        HELLO_TIMEOUT,
        protocol::read_line(&mut reader, MAX_HELLO),
    )
    .await
    {
        Ok(Ok(Some(line))) => serde_json::from_slice::<Hello>(&line).ok(),
        _ => None,
    };
    let Some(hello) = hello.filter(|h| protocol::same_token(&h.token, &token)) else {
        tracing::warn!("agent connection refused: no valid token");
        let _ = write
            .write_all(protocol::line(&Frame::Hello { ok: false }).as_bytes())
            .await;
        return;
    };
    // Subscribed before the window hears "ok", so it misses no event.
    let events = hello.window.then(|| service.shell.subscribe());
    let (lines_tx, mut lines) = mpsc::channel::<String>(OUT_QUEUE);
    let out = Outbox {
        lines: lines_tx,
        overflow: Arc::new(Notify::new()),
    };
    let writer = tokio::spawn(async move {
        while let Some(line) = lines.recv().await {
            if write.write_all(line.as_bytes()).await.is_err() {
                return;
            }
        }
    });
    out.send(protocol::line(&Frame::Hello { ok: true }));
    let window = events.map(|events| {
        (
            service.shell.window_connected(),
            tokio::spawn(forward_events(events, out.clone())),
        )
    });
    let mut overflowed = false;
    loop {
        let read = tokio::select! {
            read = protocol::read_line(&mut reader, MAX_REQUEST) => read,
            () = out.overflow.notified() => {
                tracing::warn!(
                    "agent connection closed: the client left {OUT_QUEUE} messages unread"
                );
                overflowed = true;
                break;
            }
        };
        let line = match read {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(e) => {
                tracing::warn!("agent connection closed: {e}");
                break;
            }
        };
        let frame = match serde_json::from_slice::<RequestFrame>(&line) {
            Ok(frame) => frame,
            Err(e) => {
                tracing::warn!("agent connection closed: not a request ({e})");
                break;
            }
        };
        let id = frame.id;
        // A command or arguments the contract does not know are answered
        // with an error; the connection stays.
        let request = match frame.request() {
            Ok(request) => request,
            Err(e) => {
                out.send(protocol::line(&Frame::reply(id, Err(e))));
                continue;
            }
        };
        let (service, out) = (service.clone(), out.clone());
        tokio::spawn(async move {
            let result = commands::handle(&service, request).await;
            out.send(protocol::line(&Frame::reply(id, result)));
        });
    }
    if let Some((guard, forward)) = window {
        forward.abort();
        drop(guard);
        // A pairing view closed with its window stops asking WAPing for codes.
        if !service.shell.has_window() {
            service.connection.cancel_pairing().await;
        }
    }
    drop(out);
    if overflowed {
        // Its writes wait on a client that does not read: they never end.
        writer.abort();
    } else {
        let _ = writer.await;
    }
}

async fn forward_events(mut events: broadcast::Receiver<protocol::AgentEvent>, out: Outbox) {
    loop {
        match events.recv().await {
            Ok(event) => {
                if !out.send(protocol::line(&Frame::Event(event))) {
                    return;
                }
            }
            // The next overview carries the whole state again.
            Err(broadcast::error::RecvError::Lagged(n)) => {
                tracing::warn!("{n} events not sent to the window");
            }
            Err(broadcast::error::RecvError::Closed) => return,
        }
    }
}
