//! The real agent binary closes its history when the session ends (SIGTERM),
//! before another agent could take its lock, so the next start need not
//! read the whole file; killed, it leaves the history marked open, and the
//! next open checks it.
#![cfg(unix)]

#[path = "common/own_home.rs"]
mod own_home;
use own_home::home;

use std::path::Path;
use std::time::{Duration, Instant};
use waping_core::history::History;
use waping_link::client::connect_or_start;
use waping_link::contract::args::GetOverview;
use waping_link::protocol::{agent_holds_lock, read_discovery};

const AGENT: &str = env!("CARGO_BIN_EXE_waping-desk-agent");
/// The demo's history: the agent watches the demo until given a key.
const HISTORY: &str = "demo-history.sqlite3";

async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The history's open-markers in `dir` (`<db>.open-…`).
fn markers(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{HISTORY}.open-"))
        })
        .count()
}

/// Starts an agent on `dir` and waits until it has its history open.
async fn started(dir: &Path) -> (waping_link::client::AgentClient, i32) {
    let (client, _events) = connect_or_start(dir, Path::new(AGENT), false)
        .await
        .unwrap();
    client.ask(GetOverview {}).await.unwrap();
    let pid = read_discovery(dir)
        .expect("the agent says where it listens")
        .pid;
    until("the agent to open its history", || markers(dir) == 1).await;
    (client, i32::try_from(pid).unwrap())
}

fn signal(pid: i32, signal: i32) {
    // SAFETY: kill has no memory effects.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
}

// One test: the agents read this process's environment.
#[tokio::test]
async fn the_agent_closes_its_history_on_sigterm_and_a_killed_one_gets_checked() {
    let dir = home("agent-clean-exit");
    let (client, pid) = started(&dir).await;
    signal(pid, libc::SIGTERM);
    until("the agent to release its lock", || {
        !agent_holds_lock(&dir).unwrap()
    })
    .await;
    drop(client);
    assert_eq!(markers(&dir), 0, "closed before the lock was released");
    let (history, _) = History::open(&dir.join(HISTORY)).unwrap();
    assert!(
        !history.checked_at_open(),
        "no check after the session ended"
    );
    drop(history);

    let (client, pid) = started(&dir).await;
    signal(pid, libc::SIGKILL);
    until("the killed agent's lock to go", || {
        !agent_holds_lock(&dir).unwrap()
    })
    .await;
    drop(client);
    assert_eq!(markers(&dir), 1, "the killed agent's marker stays");
    let (history, recovered) = History::open(&dir.join(HISTORY)).unwrap();
    assert!(history.checked_at_open(), "checked after the kill");
    assert!(recovered.is_none(), "and found intact");
}
