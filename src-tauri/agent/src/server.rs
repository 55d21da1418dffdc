//! The agent's end of the local connection: a channel only this user can
//! open ([`waping_link::channel`]), a handshake in which both ends prove
//! they know the discovery file's token, then requests answered
//! concurrently and, for windows, events.

use crate::commands;
use crate::refusals::Refusals;
use crate::service::Service;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::sync::{broadcast, mpsc, watch, Notify, Semaphore};
use tokio::task::JoinHandle;
use waping_link::channel::{self, Listener, Stream};
use waping_link::handshake;
use waping_link::protocol::{self, Discovery, Frame, RequestFrame, MAX_REQUEST};

/// A client has this long to prove itself: a window does in milliseconds.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(2);
/// Connections still in their handshake at once. A window opens one; more
/// than this is a loop gone wrong or an attack, and the excess is closed at
/// once instead of holding a file descriptor and a task each.
pub const MAX_HANDSHAKES: usize = 32;
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

/// Listens on the data folder's channel with a new token.
pub async fn start(service: Arc<Service>) -> std::io::Result<Server> {
    let (listener, socket) = channel::listen(&service.shell.data_dir)?;
    let discovery = Discovery {
        socket,
        token: protocol::new_token(),
        pid: std::process::id(),
    };
    let token: Arc<str> = discovery.token.clone().into();
    let (closing, closed) = watch::channel(false);
    let task = tokio::spawn(accept_loop(listener, token, service, closed));
    Ok(Server {
        discovery,
        task,
        closing,
    })
}

async fn accept_loop(
    listener: Listener,
    token: Arc<str>,
    service: Arc<Service>,
    closed: watch::Receiver<bool>,
) {
    let handshakes = Arc::new(Semaphore::new(MAX_HANDSHAKES));
    let refusals = Arc::new(Refusals::default());
    loop {
        let stream = match channel::accept(&listener).await {
            Ok(stream) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                refusals.refused(&e);
                continue;
            }
            Err(e) => {
                // Out of file descriptors, most likely: let some close.
                refusals.refused(&format!("not accepted ({e})"));
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let Ok(permit) = handshakes.clone().try_acquire_owned() else {
            refusals.refused(&format!(
                "{MAX_HANDSHAKES} connections are still in their handshake"
            ));
            continue;
        };
        let serve = serve(
            stream,
            token.clone(),
            service.clone(),
            permit,
            refusals.clone(),
        );
        let mut closed = closed.clone();
        tokio::spawn(async move {
            tokio::select! {
                () = serve => {}
                _ = closed.wait_for(|closed| *closed) => {}
            }
        });
    }
}

async fn serve(
    stream: Stream,
    token: Arc<str>,
    service: Arc<Service>,
    handshake: tokio::sync::OwnedSemaphorePermit,
    refusals: Arc<Refusals>,
) {
    let (read, mut write) = channel::split(stream);
    let mut reader = BufReader::new(read);
    // Subscribed before a window hears "ok", so it misses no event; dropped
    // at once if the client is no window.
    let events = service.shell.subscribe();
    let window = match tokio::time::timeout(
        HANDSHAKE_TIMEOUT,
        handshake::as_agent(&mut reader, &mut write, &token),
    )
    .await
    {
        Ok(Ok(window)) => window,
        Ok(Err(e)) => return refusals.refused(&e),
        Err(_) => return refusals.refused(&"no handshake in time"),
    };
    drop(handshake);
    let events = window.then_some(events);
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
