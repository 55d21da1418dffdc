//! Refused connections, logged at most once per interval: a client stuck in
//! a reconnect loop, or a flood of them, costs one line per interval with a
//! count instead of a line per connection.

use std::fmt::Display;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// At most one line per this long.
pub const LOG_EVERY: Duration = Duration::from_secs(10);

#[derive(Default)]
pub struct Refusals {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    logged_at: Option<Instant>,
    /// Refused since the last line, not logged yet.
    unlogged: u64,
}

impl Refusals {
    pub fn refused(&self, why: &dyn Display) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        if state
            .logged_at
            .is_some_and(|at| now.duration_since(at) < LOG_EVERY)
        {
            state.unlogged += 1;
            return;
        }
        match std::mem::take(&mut state.unlogged) {
            0 => tracing::warn!("agent connection refused: {why}"),
            more => tracing::warn!(
                "agent connection refused: {why} (and {more} more since the last such line)"
            ),
        }
        state.logged_at = Some(now);
    }
}
