//! Who is at the other end of a connection. The agent's token (in the
//! discovery file, readable by this user only) is never sent: each end
//! proves it knows it by a keyed hash over both ends' fresh challenges. A
//! program listening where a crashed agent used to learns nothing it could
//! use, and a client that cannot read the file gets no further.
//!
//! window → `{"nonce", "window"}`; agent → `{"type":"challenge","nonce","proof"}`;
//! window → `{"proof"}`; agent → `{"type":"hello","ok"}`.

use crate::protocol::{self, Frame, MAX_HELLO};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use tokio::io::{AsyncBufRead, AsyncWrite, AsyncWriteExt};

/// A window's first line: its challenge for the agent.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hello {
    pub nonce: String,
    /// A window process: it receives events and can be asked to show itself.
    #[serde(default)]
    pub window: bool,
}

/// A window's second line: its answer to the agent's challenge.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proof {
    pub proof: String,
}

#[derive(Debug, thiserror::Error)]
pub enum HandshakeError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("it closed the connection")]
    Closed,
    #[error("it sent something that is not part of the handshake")]
    Unreadable,
    /// The window's view: what answered is not the agent that wrote the
    /// discovery file.
    #[error("what answers there is not WAPing Desk's monitor (it could not prove it)")]
    NotTheAgent,
    /// The agent's view: the client does not know the token.
    #[error("the client could not prove it may connect")]
    NotAllowed,
}

#[derive(Clone, Copy)]
enum Role {
    Agent,
    Window,
}

/// The keyed hash that proves `role` knows `token`, over both challenges.
fn proof(token: &str, role: Role, window_nonce: &str, agent_nonce: &str) -> Hmac<Sha256> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(token.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(match role {
        Role::Agent => b"agent\0",
        Role::Window => b"window\0",
    });
    mac.update(window_nonce.as_bytes());
    mac.update(b"\0");
    mac.update(agent_nonce.as_bytes());
    mac
}

fn prove(token: &str, role: Role, window_nonce: &str, agent_nonce: &str) -> String {
    hex::encode(
        proof(token, role, window_nonce, agent_nonce)
            .finalize()
            .into_bytes(),
    )
}

/// Checked in constant time.
fn proved(token: &str, role: Role, window_nonce: &str, agent_nonce: &str, sent: &str) -> bool {
    hex::decode(sent).is_ok_and(|sent| {
        proof(token, role, window_nonce, agent_nonce)
            .verify_slice(&sent)
            .is_ok()
    })
}

async fn read<T: serde::de::DeserializeOwned, R: AsyncBufRead + Unpin>(
    reader: &mut R,
) -> Result<T, HandshakeError> {
    let line = protocol::read_line(reader, MAX_HELLO)
        .await?
        .ok_or(HandshakeError::Closed)?;
    serde_json::from_slice(&line).map_err(|_| HandshakeError::Unreadable)
}

async fn write<W: AsyncWrite + Unpin>(
    writer: &mut W,
    value: &impl Serialize,
) -> Result<(), HandshakeError> {
    writer.write_all(protocol::line(value).as_bytes()).await?;
    Ok(())
}

/// The window's side: proves the agent knows `token` before saying anything
/// the agent may act on.
pub async fn as_window<R, W>(
    reader: &mut R,
    writer: &mut W,
    token: &str,
    window: bool,
) -> Result<(), HandshakeError>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let nonce = protocol::new_token();
    write(
        writer,
        &Hello {
            nonce: nonce.clone(),
            window,
        },
    )
    .await?;
    let Frame::Challenge {
        nonce: agent_nonce,
        proof,
    } = read(reader).await?
    else {
        return Err(HandshakeError::NotTheAgent);
    };
    if !proved(token, Role::Agent, &nonce, &agent_nonce, &proof) {
        return Err(HandshakeError::NotTheAgent);
    }
    let proof = prove(token, Role::Window, &nonce, &agent_nonce);
    write(writer, &Proof { proof }).await?;
    match read(reader).await? {
        Frame::Hello { ok: true } => Ok(()),
        _ => Err(HandshakeError::NotAllowed),
    }
}

/// The agent's side: proves itself, then checks the client's proof; says
/// whether the client is a window.
pub async fn as_agent<R, W>(
    reader: &mut R,
    writer: &mut W,
    token: &str,
) -> Result<bool, HandshakeError>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let hello: Hello = read(reader).await?;
    let nonce = protocol::new_token();
    let proof = prove(token, Role::Agent, &hello.nonce, &nonce);
    write(
        writer,
        &Frame::Challenge {
            nonce: nonce.clone(),
            proof,
        },
    )
    .await?;
    let answer: Proof = read(reader).await?;
    let ok = proved(token, Role::Window, &hello.nonce, &nonce, &answer.proof);
    write(writer, &Frame::Hello { ok }).await?;
    if ok {
        Ok(hello.window)
    } else {
        Err(HandshakeError::NotAllowed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::BufReader;

    /// Runs both sides over an in-memory pipe; each side's end closes as
    /// its side finishes.
    async fn shake(
        window_token: &str,
        agent_token: &str,
    ) -> (Result<(), HandshakeError>, Result<bool, HandshakeError>) {
        let (window_end, agent_end) = tokio::io::duplex(64 * 1024);
        let window = async move {
            let (read, mut write) = tokio::io::split(window_end);
            as_window(&mut BufReader::new(read), &mut write, window_token, true).await
        };
        let agent = async move {
            let (read, mut write) = tokio::io::split(agent_end);
            as_agent(&mut BufReader::new(read), &mut write, agent_token).await
        };
        tokio::join!(window, agent)
    }

    #[tokio::test]
    async fn the_same_token_on_both_ends_connects_a_window() {
        let token = protocol::new_token();
        let (window, agent) = shake(&token, &token).await;
        window.unwrap();
        assert!(agent.unwrap(), "the client said it is a window");
    }

    #[tokio::test]
    async fn a_window_refuses_an_agent_that_does_not_know_the_token() {
        let (window, agent) = shake(&protocol::new_token(), &protocol::new_token()).await;
        assert!(
            matches!(window, Err(HandshakeError::NotTheAgent)),
            "{window:?}"
        );
        // It never got the window's proof.
        assert!(matches!(agent, Err(HandshakeError::Closed)), "{agent:?}");
    }

    #[test]
    fn a_proof_is_bound_to_its_role_and_both_challenges() {
        let token = protocol::new_token();
        let agent = prove(&token, Role::Agent, "w", "a");
        assert!(proved(&token, Role::Agent, "w", "a", &agent));
        // What the agent sends cannot be played back as a window's answer.
        assert!(!proved(&token, Role::Window, "w", "a", &agent));
        assert!(!proved(&token, Role::Agent, "w2", "a", &agent));
        assert!(!proved(&token, Role::Agent, "w", "a2", &agent));
        assert!(!proved("other", Role::Agent, "w", "a", &agent));
        assert!(!proved(&token, Role::Agent, "w", "a", "not hex"));
    }
}
