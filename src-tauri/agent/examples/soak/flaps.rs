//! The phones flapping: each drops (offline) and comes back on its own
//! random schedule, through the simulator's control API, which pushes each
//! change as a signed webhook. Every change made is kept: it is what the
//! agent's history is checked against.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::Duration;
use tokio::time::Instant;
use waping_core::simulator::SimControl;
use waping_core::SessionState;

/// One change the simulator made, in the order made.
#[derive(Debug, Clone)]
pub struct Change {
    pub device: String,
    pub state: SessionState,
}

/// Every phone is connected when flapping starts.
pub const START_STATE: SessionState = SessionState::Connected;

pub fn device_id(n: u32) -> String {
    format!("dev_{n:03}")
}

/// Flaps `devices` phones until `deadline`: each stays up for a random time
/// averaging three quarters of `cycle` and down for one averaging a quarter,
/// so a workspace of 50 with a 40 s cycle changes 2.5 times a second.
pub async fn run(
    control: SimControl,
    devices: u32,
    cycle: Duration,
    deadline: Instant,
) -> Result<Vec<Change>, String> {
    let mut rng = StdRng::seed_from_u64(2026);
    let cycle = cycle.as_secs_f64().max(1.0);
    let up_for =
        |rng: &mut StdRng| Duration::from_secs_f64(rng.random_range(0.5..1.5) * cycle * 0.75);
    let down_for =
        |rng: &mut StdRng| Duration::from_secs_f64(rng.random_range(0.5..1.5) * cycle * 0.25);
    let now = Instant::now();
    let mut phones: Vec<(String, SessionState, Instant)> = (1..=devices)
        .map(|n| {
            let first = Duration::from_secs_f64(rng.random_range(0.0..cycle * 0.75));
            (device_id(n), START_STATE, now + first)
        })
        .collect();
    let mut changes = Vec::new();
    loop {
        let Some(phone) = phones.iter_mut().min_by_key(|p| p.2) else {
            return Ok(changes);
        };
        if phone.2 >= deadline {
            return Ok(changes);
        }
        tokio::time::sleep_until(phone.2).await;
        let (next, status, reason, stay) = if phone.1 == SessionState::Connected {
            let stay = down_for(&mut rng);
            (
                SessionState::Disconnected,
                "disconnected",
                Some("phone_offline"),
                stay,
            )
        } else {
            (SessionState::Connected, "connected", None, up_for(&mut rng))
        };
        set(&control, &phone.0, status, reason).await?;
        changes.push(Change {
            device: phone.0.clone(),
            state: next,
        });
        phone.1 = next;
        phone.2 = Instant::now() + stay;
    }
}

/// A change the simulator refused is tried again: setting a status twice is
/// harmless, a change left unsaid would be counted against the agent.
async fn set(
    control: &SimControl,
    id: &str,
    status: &str,
    reason: Option<&str>,
) -> Result<(), String> {
    let mut last = String::new();
    for _ in 0..5 {
        match control.set_status(id, status, reason).await {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    Err(format!(
        "the simulator refused to set {id} {status}: {last}"
    ))
}
