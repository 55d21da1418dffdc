//! The agent's local connection: one JSON object per line over the local
//! channel ([`crate::channel`]). A connection opens with a handshake in which
//! both ends prove they know the token that only this user can read (the
//! discovery file in the data folder, see [`crate::handshake`]), then carries
//! requests, replies and, to window processes, events.

use crate::contract::{Event, Request};
use crate::AppError;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::io;
use std::path::{Path, PathBuf};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt};

/// Where a running agent says how to reach it: `{socket, token, pid}`.
pub const DISCOVERY_FILE: &str = "agent.json";
/// Held by the running agent, so that a second one stands down.
pub const LOCK_FILE: &str = "agent.lock";

/// The handshake's lines are short; later ones carry history views and
/// exports.
pub const MAX_HELLO: u64 = 4 * 1024;
pub const MAX_FRAME: u64 = 256 * 1024 * 1024;
/// A request the agent reads after the token. The largest the contract
/// makes is a settings save with a hook URL (2 KiB) and command (4 KiB),
/// or strips asked for a long list of device ids: tens of KiB at most.
/// Anything longer is not from the window, and would only hold memory.
pub const MAX_REQUEST: u64 = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discovery {
    /// The channel's name: a socket's path (Unix) or a pipe's (Windows).
    pub socket: String,
    /// What both ends prove they know; never sent.
    pub token: String,
    pub pid: u32,
}

/// A request as the link carries it: its id, the command's name and its
/// arguments. Read into a typed [`Request`] at once; a command or argument
/// the contract does not know is answered with an error.
#[derive(Debug, Serialize, Deserialize)]
pub struct RequestFrame {
    pub id: u64,
    pub command: String,
    #[serde(default)]
    pub args: Value,
}

impl RequestFrame {
    pub fn new(id: u64, request: &Request) -> Self {
        Self {
            id,
            command: request.command().name().to_owned(),
            args: request.args(),
        }
    }

    pub fn request(self) -> Result<Request, AppError> {
        Request::parse(&self.command, self.args)
    }
}

/// An event as the link carries it (the overview changed, a pairing moved
/// on, come forward, quit); see [`Event`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AgentEvent {
    pub name: String,
    pub payload: Value,
}

impl From<&Event> for AgentEvent {
    fn from(event: &Event) -> Self {
        Self {
            name: event.name().name().to_owned(),
            payload: event.payload(),
        }
    }
}

impl AgentEvent {
    pub fn event(self) -> Result<Event, AppError> {
        Event::parse(&self.name, self.payload)
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Frame {
    /// The agent's half of the handshake: its proof and its challenge.
    Challenge {
        nonce: String,
        proof: String,
    },
    /// The handshake's end: whether the client proved itself.
    Hello {
        ok: bool,
    },
    Reply {
        id: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ok: Option<Value>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        err: Option<AppError>,
    },
    Event(AgentEvent),
}

impl Frame {
    pub fn reply(id: u64, result: Result<Value, AppError>) -> Self {
        match result {
            Ok(value) => Frame::Reply {
                id,
                ok: Some(value),
                err: None,
            },
            Err(e) => Frame::Reply {
                id,
                ok: None,
                err: Some(e),
            },
        }
    }
}

/// One line of JSON, with its newline.
pub fn line(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string(value).unwrap_or_else(|e| {
        serde_json::to_string(&Frame::reply(0, Err(AppError::internal(e.to_string()))))
            .unwrap_or_default()
    });
    text.push('\n');
    text
}

/// Reads one line of at most `max` bytes; `None` at the end of the stream.
pub async fn read_line<R: AsyncBufRead + Unpin>(
    reader: &mut R,
    max: u64,
) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    let read = (&mut *reader)
        .take(max + 1)
        .read_until(b'\n', &mut buf)
        .await?;
    if read == 0 {
        return Ok(None);
    }
    if buf.last() != Some(&b'\n') {
        let why = if buf.len() as u64 > max {
            "a message is larger than allowed"
        } else {
            "the connection ended in the middle of a message"
        };
        return Err(io::Error::new(io::ErrorKind::InvalidData, why));
    }
    buf.pop();
    Ok(Some(buf))
}

/// The data folder the app and its agent share (`app.waping.desk` under the
/// platform's data directory, where Tauri puts the app's data too).
pub fn data_dir() -> Option<PathBuf> {
    Some(dirs::data_dir()?.join(crate::IDENTIFIER))
}

/// Creates the data folder readable by this user only (0700), and closes an
/// existing one to others, with the files in it (0600): settings may hold a
/// hook URL with its token, and history names every device. On Windows the
/// profile's folder is the user's already.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        // Files left open by an earlier version; one that cannot be closed
        // stops nothing, the folder around it is closed already.
        for entry in std::fs::read_dir(dir)?.flatten() {
            // Not through a link: it may point anywhere.
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                let private = std::fs::Permissions::from_mode(0o600);
                if let Err(e) = std::fs::set_permissions(entry.path(), private) {
                    tracing::warn!("{:?} stays as it was: {e}", entry.path());
                }
            }
        }
        Ok(())
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)
}

/// Takes the data folder's agent lock (creating its file), held until the
/// file closes; `None` when an agent holds it.
pub fn take_lock(dir: &Path) -> io::Result<Option<std::fs::File>> {
    private_dir(dir)?;
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(dir.join(LOCK_FILE))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Whether an agent holds the data folder's lock: one runs, or is starting
/// and has not answered yet.
pub fn agent_holds_lock(dir: &Path) -> io::Result<bool> {
    // A lock taken here is released as it drops.
    Ok(take_lock(dir)?.is_none())
}

pub fn read_discovery(dir: &Path) -> Option<Discovery> {
    let bytes = match std::fs::read(dir.join(DISCOVERY_FILE)) {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::debug!("no discovery file: {e}");
            return None;
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(d) => Some(d),
        Err(e) => {
            tracing::debug!("discovery file unreadable: {e}");
            None
        }
    }
}

/// Writes the discovery file readable by this user only, replacing any left
/// by an agent that ended without removing it.
pub fn write_discovery(dir: &Path, discovery: &Discovery) -> io::Result<()> {
    private_dir(dir)?;
    let partial = dir.join(format!("{DISCOVERY_FILE}.partial"));
    let _ = std::fs::remove_file(&partial);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&partial)?;
    std::io::Write::write_all(&mut file, &serde_json::to_vec(discovery)?)?;
    file.sync_all()?;
    std::fs::rename(&partial, dir.join(DISCOVERY_FILE))
}

/// Removes the discovery file, and on Unix the socket it names, if they are
/// still this agent's.
pub fn remove_discovery(dir: &Path, discovery: &Discovery) {
    // Only our own: a newer agent may have written its file since.
    if read_discovery(dir).as_ref() == Some(discovery) {
        let _ = std::fs::remove_file(dir.join(DISCOVERY_FILE));
        #[cfg(unix)]
        let _ = std::fs::remove_file(&discovery.socket);
    }
}

/// A new random token, 32 bytes as hex.
pub fn new_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// A short, stable name for `bytes` (16 hex digits of their SHA-256).
pub fn short_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(&sha2::Sha256::digest(bytes)[..8])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn lines_are_read_whole_and_limited() {
        let data = b"{\"a\":1}\nxxxxxxxxxxxxxxxx\npartial".to_vec();
        let mut reader = tokio::io::BufReader::new(&data[..]);
        assert_eq!(
            read_line(&mut reader, 10).await.unwrap().unwrap(),
            b"{\"a\":1}"
        );
        let too_long = read_line(&mut reader, 10).await.unwrap_err();
        assert_eq!(too_long.kind(), io::ErrorKind::InvalidData);
        let mut reader = tokio::io::BufReader::new(&b"partial"[..]);
        assert!(read_line(&mut reader, 100).await.is_err());
        let mut reader = tokio::io::BufReader::new(&b""[..]);
        assert!(read_line(&mut reader, 100).await.unwrap().is_none());
    }

    #[test]
    fn tokens_are_new_each_time() {
        let token = new_token();
        assert_eq!(token.len(), 64);
        assert_ne!(token, new_token());
    }

    #[test]
    fn replies_carry_a_value_or_an_error() {
        let ok = serde_json::to_value(Frame::reply(3, Ok(Value::Null))).unwrap();
        assert_eq!(
            ok,
            serde_json::json!({"type": "reply", "id": 3, "ok": null})
        );
        let err = Frame::reply(4, Err(AppError::invalid("no")));
        let text = line(&err);
        let back: Frame = serde_json::from_str(text.trim_end()).unwrap();
        match back {
            Frame::Reply {
                id: 4,
                err: Some(e),
                ..
            } => assert_eq!(e.code, waping_model::ErrorCode::InvalidInput),
            other => panic!("{other:?}"),
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_discovery_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("waping-discovery-{}", std::process::id()));
        let discovery = Discovery {
            socket: dir.join("agent.sock").display().to_string(),
            token: new_token(),
            pid: 2,
        };
        write_discovery(&dir, &discovery).unwrap();
        let mode = std::fs::metadata(dir.join(DISCOVERY_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(read_discovery(&dir), Some(discovery.clone()));
        remove_discovery(&dir, &discovery);
        assert_eq!(read_discovery(&dir), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
