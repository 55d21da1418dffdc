//! Starting the real agent binary the way a window does: once, early, and
//! again only if the agent that held the lock ended without answering.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use waping_core::Mode;
use waping_link::client::{connect_or_start, start_unless_running};
use waping_link::contract::args::GetOverview;
use waping_link::protocol::{agent_holds_lock, read_discovery, take_lock};

const AGENT: &str = env!("CARGO_BIN_EXE_waping-desk-agent");

/// A home of its own for the agents this test starts; returns its data folder.
fn home(name: &str) -> PathBuf {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    // Inherited by the agents started here: no keyring, tray or
    // notification server is reachable, and the demo holds still.
    std::env::set_var("HOME", &home);
    std::env::set_var("XDG_DATA_HOME", home.join("data"));
    std::env::set_var("XDG_CONFIG_HOME", home.join("config"));
    std::env::set_var("XDG_CACHE_HOME", home.join("cache"));
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    std::env::set_var("WAPING_DESK_DEMO_CHURN_SECS", "0");
    waping_link::protocol::data_dir().expect("a data folder")
}

async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn locked(dir: &Path) -> bool {
    agent_holds_lock(dir).expect("the lock can be tested")
}

// One test: the agents read this process's environment, set per home.
#[tokio::test]
async fn a_window_starts_one_agent_and_another_only_once_the_lock_is_free() {
    let agent = Path::new(AGENT);

    // Started early, then reached: one agent, which the window's own
    // connection does not start again.
    let dir = home("agent-start-early");
    assert!(start_unless_running(&dir, agent).unwrap(), "none ran");
    let (client, _events) = connect_or_start(&dir, agent, true).await.unwrap();
    assert!(locked(&dir));
    assert!(
        !start_unless_running(&dir, agent).unwrap(),
        "a running agent is not started again"
    );
    let first = read_discovery(&dir).expect("the agent says where it listens");
    let overview = client.ask(GetOverview {}).await.unwrap();
    assert_eq!(overview.mode, Mode::Demo, "the agent answers: {overview:?}");
    // With no tray to reopen from, the agent ends with its last window.
    drop(client);
    until("the agent to end with its window", || !locked(&dir)).await;

    // A lock held by an agent that never answers (one that was quitting):
    // the window waits, and starts its own once the lock is released.
    let dir = home("agent-start-after-quit");
    let lock = take_lock(&dir).unwrap().expect("the lock is free");
    let waiting = tokio::spawn({
        let dir = dir.clone();
        async move { connect_or_start(&dir, agent, true).await }
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(
        read_discovery(&dir).is_none() && !waiting.is_finished(),
        "no agent is started while the lock is held"
    );
    drop(lock);
    let (client, _events) = tokio::time::timeout(Duration::from_secs(15), waiting)
        .await
        .expect("the window connects once the lock is free")
        .unwrap()
        .unwrap();
    let second = read_discovery(&dir).expect("the new agent says where it listens");
    assert_ne!(first.pid, second.pid);
    assert!(client.ask(GetOverview {}).await.is_ok());
    drop(client);
    until("the second agent to end", || !locked(&dir)).await;
}
