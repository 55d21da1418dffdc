//! Which hook events run now, and which wait: a flapping workspace must not
//! start a process per change. At most a few events run at once; a phone has
//! at most one event waiting, and a newer one replaces it (its latest state
//! is what the user's automation must follow); a phone's events run in order.

use super::HookPayload;
use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;

#[derive(Debug)]
pub struct Queue {
    limit: usize,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Events waiting, oldest first; at most one per phone.
    waiting: VecDeque<HookPayload>,
    /// Phones whose hooks are running now.
    running: HashSet<String>,
}

impl Queue {
    /// A queue that runs at most `limit` events at once (at least one).
    pub fn new(limit: usize) -> Self {
        Self {
            limit: limit.max(1),
            state: Mutex::default(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds `payload` to wait for its turn; returns the same phone's event it
    /// replaced, which will not run.
    pub fn push(&self, payload: HookPayload) -> Option<HookPayload> {
        let mut state = self.state();
        match state
            .waiting
            .iter_mut()
            .find(|w| w.device_id == payload.device_id)
        {
            Some(waiting) => Some(std::mem::replace(waiting, payload)),
            None => {
                state.waiting.push_back(payload);
                None
            }
        }
    }

    /// The next event to run, if a place is free and an event waits whose
    /// phone has none running; it counts as running until [`Self::done`].
    pub fn next(&self) -> Option<HookPayload> {
        let mut state = self.state();
        if state.running.len() >= self.limit {
            return None;
        }
        let at = state
            .waiting
            .iter()
            .position(|w| !state.running.contains(&w.device_id))?;
        let payload = state.waiting.remove(at)?;
        state.running.insert(payload.device_id.clone());
        Some(payload)
    }

    /// `device_id`'s event finished running.
    pub fn done(&self, device_id: &str) {
        self.state().running.remove(device_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{HookEvent, SessionState};

    fn event(device: &str, event: HookEvent) -> HookPayload {
        HookPayload {
            event,
            device_id: device.into(),
            device_name: device.into(),
            state: SessionState::Disconnected,
            reason: None,
            at: "2026-11-25T10:42:00Z".parse().unwrap(),
        }
    }

    fn ids(queue: &Queue) -> Vec<(String, HookEvent)> {
        std::iter::from_fn(|| queue.next())
            .map(|p| (p.device_id, p.event))
            .collect()
    }

    #[test]
    fn no_more_than_the_limit_run_at_once() {
        let queue = Queue::new(2);
        for d in ["a", "b", "c"] {
            assert_eq!(queue.push(event(d, HookEvent::DeviceDown)), None);
        }
        assert_eq!(ids(&queue).len(), 2);
        queue.done("a");
        assert_eq!(ids(&queue), vec![("c".into(), HookEvent::DeviceDown)]);
    }

    #[test]
    fn a_newer_event_replaces_the_waiting_one_of_its_phone() {
        let queue = Queue::new(1);
        queue.push(event("a", HookEvent::DeviceDown));
        assert_eq!(ids(&queue).len(), 1, "a's drop runs");
        assert_eq!(queue.push(event("a", HookEvent::DeviceUp)), None);
        let replaced = queue.push(event("a", HookEvent::DeviceDown));
        assert_eq!(replaced.map(|p| p.event), Some(HookEvent::DeviceUp));
        queue.done("a");
        assert_eq!(ids(&queue), vec![("a".into(), HookEvent::DeviceDown)]);
    }

    #[test]
    fn a_phone_waits_for_its_own_run_to_end() {
        let queue = Queue::new(4);
        queue.push(event("a", HookEvent::DeviceDown));
        assert_eq!(ids(&queue).len(), 1);
        queue.push(event("a", HookEvent::DeviceUp));
        queue.push(event("b", HookEvent::DeviceDown));
        assert_eq!(
            ids(&queue),
            vec![("b".into(), HookEvent::DeviceDown)],
            "b overtakes a, whose drop still runs"
        );
        queue.done("a");
        assert_eq!(ids(&queue), vec![("a".into(), HookEvent::DeviceUp)]);
    }
}
