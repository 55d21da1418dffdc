//! The window's end of the local connection to the agent, and starting the
//! agent when none runs.

use crate::channel::{self, Reader, Writer};
use crate::contract::{reply_from, Call, Request};
use crate::protocol::{self, AgentEvent, Discovery, Frame, RequestFrame, MAX_FRAME};
use crate::{handshake, AppError};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::sync::{mpsc, oneshot};
use waping_model::ErrorCode;

type Pending = Arc<Mutex<HashMap<u64, oneshot::Sender<Result<Value, AppError>>>>>;

/// How long a window waits for an agent it started to answer.
const START_TIMEOUT: Duration = Duration::from_secs(15);
/// How often a window looks for the agent it waits for.
const START_POLL: Duration = Duration::from_millis(10);
/// How long an agent may hold its lock without answering before a window
/// checks whether it ended (it was quitting) and starts another.
const RESTART_AFTER: Duration = Duration::from_secs(1);
/// How long connecting and the handshake may take: an agent answers in
/// milliseconds, and something that does not is not waited for.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(5);

fn gone() -> AppError {
    AppError::new(
        ErrorCode::AgentGone,
        "WAPing Desk's monitor stopped; it is being started again",
    )
}

fn unavailable(why: impl std::fmt::Display) -> AppError {
    AppError::new(
        ErrorCode::AgentUnavailable,
        format!("WAPing Desk's monitor cannot be reached: {why}"),
    )
}

/// A connection to the agent. Calls may overlap; replies find their caller
/// by id.
pub struct AgentClient {
    out: mpsc::UnboundedSender<String>,
    pending: Pending,
    next_id: AtomicU64,
    closed: Arc<AtomicBool>,
    /// Holds the connection's reading end. The connection closes only once
    /// both ends are dropped (a local socket's halves do not shut it down
    /// on their own), so the client ends it when it goes.
    reader: tokio::task::JoinHandle<()>,
}

impl Drop for AgentClient {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

impl AgentClient {
    /// Connects to the agent `discovery` names once it has proved it is
    /// that agent (and this end has proved it may connect); a window also
    /// receives events.
    pub async fn connect(
        discovery: &Discovery,
        window: bool,
    ) -> Result<(Self, mpsc::UnboundedReceiver<AgentEvent>), AppError> {
        let (reader, mut write) = open(discovery, window).await?;
        let pending: Pending = Arc::default();
        let (events_tx, events) = mpsc::unbounded_channel();
        let closed = Arc::new(AtomicBool::new(false));
        let reader = tokio::spawn(read_frames(
            reader,
            pending.clone(),
            events_tx,
            closed.clone(),
        ));
        let (out, mut lines) = mpsc::unbounded_channel::<String>();
        tokio::spawn(async move {
            while let Some(line) = lines.recv().await {
                if write.write_all(line.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
        let client = Self {
            out,
            pending,
            next_id: AtomicU64::new(1),
            closed,
            reader,
        };
        Ok((client, events))
    }

    /// Asks the agent, typed: the reply is the command's.
    pub async fn ask<C: Call>(&self, args: C) -> Result<C::Reply, AppError>
    where
        C::Reply: serde::de::DeserializeOwned,
    {
        reply_from::<C>(self.call(&args.into()).await?)
    }

    /// Asks the agent, its reply as JSON (the window passes it to the page
    /// as it came).
    pub async fn call(&self, request: &Request) -> Result<Value, AppError> {
        if self.is_closed() {
            return Err(gone());
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        self.pending
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, tx);
        let frame = RequestFrame::new(id, request);
        if self.out.send(protocol::line(&frame)).is_err() {
            self.pending
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&id);
            return Err(gone());
        }
        rx.await.unwrap_or_else(|_| Err(gone()))
    }

    /// The connection ended (the agent quit or crashed).
    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst) || self.out.is_closed()
    }
}

/// Opens a connection to the agent `discovery` names and runs the
/// handshake: the agent proves it knows the token before anything is sent
/// that it could act on. Gives the connection's two ends, ready for
/// requests.
pub async fn open(
    discovery: &Discovery,
    window: bool,
) -> Result<(BufReader<Reader>, Writer), AppError> {
    tokio::time::timeout(HANDSHAKE_TIMEOUT, async {
        let stream = channel::connect(&discovery.socket)
            .await
            .map_err(unavailable)?;
        let (read, mut write) = channel::split(stream);
        let mut reader = BufReader::new(read);
        handshake::as_window(&mut reader, &mut write, &discovery.token, window)
            .await
            .map_err(|e| {
                if matches!(e, handshake::HandshakeError::NotTheAgent) {
                    tracing::warn!("{}: {e}; nothing was sent to it", discovery.socket);
                }
                unavailable(e)
            })?;
        Ok((reader, write))
    })
    .await
    .map_err(|_| unavailable("it did not answer in time"))?
}

async fn read_frames(
    mut reader: BufReader<Reader>,
    pending: Pending,
    events: mpsc::UnboundedSender<AgentEvent>,
    closed: Arc<AtomicBool>,
) {
    while let Ok(Some(line)) = protocol::read_line(&mut reader, MAX_FRAME).await {
        match serde_json::from_slice::<Frame>(&line) {
            Ok(Frame::Reply { id, ok, err }) => {
                let waiting = pending
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&id);
                if let Some(waiting) = waiting {
                    let result = match err {
                        Some(e) => Err(e),
                        None => Ok(ok.unwrap_or(Value::Null)),
                    };
                    let _ = waiting.send(result);
                }
            }
            Ok(Frame::Event(event)) => {
                let _ = events.send(event);
            }
            Ok(Frame::Hello { .. } | Frame::Challenge { .. }) => {}
            Err(e) => tracing::warn!("unreadable message from the agent: {e}"),
        }
    }
    closed.store(true, Ordering::SeqCst);
    // Every caller still waiting learns the agent is gone.
    pending.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

/// The agent binary installed beside this one.
pub fn agent_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    Some(exe.with_file_name(format!(
        "{}{}",
        crate::AGENT_BINARY,
        std::env::consts::EXE_SUFFIX
    )))
}

/// Starts `agent` for `data_dir` unless an agent holds the folder's lock
/// (one runs or is starting); says whether it started one. Synchronous and
/// cheap, so that a window can call it first thing: the agent then sets up
/// on another core while the window starts GTK and its web view.
pub fn start_unless_running(data_dir: &Path, agent: &Path) -> Result<bool, AppError> {
    match protocol::agent_holds_lock(data_dir) {
        Ok(true) => return Ok(false),
        Ok(false) => {}
        // The agent says what is wrong with the folder when it cannot lock it.
        Err(e) => tracing::warn!("cannot test the agent's lock: {e}"),
    }
    spawn(agent)?;
    Ok(true)
}

fn spawn(agent: &Path) -> Result<(), AppError> {
    let mut child = std::process::Command::new(agent)
        .stdin(std::process::Stdio::null())
        .spawn()
        .map_err(|e| unavailable(format!("{} did not start ({e})", agent.display())))?;
    // Reaped when it ends, whoever outlives whom.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// Connects to the agent the discovery file names, if there is one; a
/// failure is kept in `last`.
async fn connect_discovered(
    data_dir: &Path,
    window: bool,
    last: &mut AppError,
) -> Option<(AgentClient, mpsc::UnboundedReceiver<AgentEvent>)> {
    let discovery = protocol::read_discovery(data_dir)?;
    match AgentClient::connect(&discovery, window).await {
        Ok(connected) => Some(connected),
        Err(e) => {
            tracing::debug!("agent not answering yet: {e}");
            *last = e;
            None
        }
    }
}

/// Connects to the agent of `data_dir`, starting `agent` first when none
/// runs, and again if the one that held the lock ends without answering (it
/// was quitting).
pub async fn connect_or_start(
    data_dir: &Path,
    agent: &Path,
    window: bool,
) -> Result<(AgentClient, mpsc::UnboundedReceiver<AgentEvent>), AppError> {
    let mut last = unavailable("it did not start in time");
    if let Some(connected) = connect_discovered(data_dir, window, &mut last).await {
        return Ok(connected);
    }
    if start_unless_running(data_dir, agent)? {
        tracing::info!("no agent runs for {}; starting one", data_dir.display());
    }
    let mut started = tokio::time::Instant::now();
    let deadline = started + START_TIMEOUT;
    while tokio::time::Instant::now() < deadline {
        tokio::time::sleep(START_POLL).await;
        if let Some(connected) = connect_discovered(data_dir, window, &mut last).await {
            return Ok(connected);
        }
        if started.elapsed() >= RESTART_AFTER && start_unless_running(data_dir, agent)? {
            tracing::info!("the agent ended before answering; starting another");
            started = tokio::time::Instant::now();
        }
    }
    Err(last)
}
