//! Idle connections to the webhook port: opened, held without a byte sent,
//! then closed, as a scanner or a stuck proxy would.

use std::fmt;
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::time::Instant;

/// What came of the flood.
#[derive(Debug, Clone, Default)]
pub struct Flood {
    pub tried: usize,
    /// Connections the kernel accepted (the agent may not have taken them all).
    pub opened: usize,
    pub held_secs: u64,
    /// Why the first connection that failed did.
    pub first_error: Option<String>,
}

impl fmt::Display for Flood {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of {} idle connections opened, held {} s",
            self.opened, self.tried, self.held_secs
        )?;
        if let Some(e) = &self.first_error {
            write!(f, " (first failure: {e})")?;
        }
        Ok(())
    }
}

/// At `at`, opens `count` connections to the webhook port and holds them for `hold`.
pub async fn run(port: u16, count: usize, at: Instant, hold: Duration) -> Flood {
    tokio::time::sleep_until(at).await;
    let mut held = Vec::with_capacity(count);
    let mut flood = Flood {
        tried: count,
        held_secs: hold.as_secs(),
        ..Flood::default()
    };
    for _ in 0..count {
        if Instant::now() >= at + hold {
            break;
        }
        // A full accept queue holds a connect back: never wait on one for long.
        match tokio::time::timeout(
            Duration::from_secs(5),
            TcpStream::connect(("127.0.0.1", port)),
        )
        .await
        {
            Ok(Ok(stream)) => held.push(stream),
            Ok(Err(e)) => {
                flood.first_error.get_or_insert_with(|| e.to_string());
            }
            Err(_) => {
                flood
                    .first_error
                    .get_or_insert_with(|| "no answer within 5 s".into());
            }
        }
    }
    flood.opened = held.len();
    println!("flood: {} idle connections open", held.len());
    tokio::time::sleep_until(at + hold).await;
    drop(held);
    println!("flood: closed");
    flood
}
