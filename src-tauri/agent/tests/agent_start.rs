//! Starting the real agent binary the way a window does: once, early, and
//! again only if the agent that held the lock ended without answering.
#![cfg(unix)]

#[path = "common/own_home.rs"]
mod own_home;
use own_home::home;

use std::path::Path;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use waping_core::Mode;
use waping_link::client::{connect_or_start, start_unless_running};
use waping_link::contract::args::GetOverview;
use waping_link::protocol::{
    agent_holds_lock, new_token, read_discovery, take_lock, write_discovery, Discovery,
};

const AGENT: &str = env!("CARGO_BIN_EXE_waping-desk-agent");

/// How long a window lets an agent hold the lock without answering before it
/// looks at the lock again (`RESTART_AFTER` in `waping_link::client`).
const RESTART_AFTER: Duration = Duration::from_secs(1);

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

/// An agent that is quitting, as far as a window can tell: its discovery
/// file names a channel where every connection is closed unanswered. (The
/// test holds the lock for it.) Gives its token and, for each connection,
/// the moment it was taken.
async fn quitting_agent(dir: &Path) -> (String, mpsc::UnboundedReceiver<Instant>) {
    let (listener, socket) = waping_link::channel::listen(dir).unwrap();
    let discovery = Discovery {
        socket,
        token: new_token(),
        pid: std::process::id(),
    };
    write_discovery(dir, &discovery).unwrap();
    let (asked, asks) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok(stream) = waping_link::channel::accept(&listener).await {
            let _ = asked.send(Instant::now());
            drop(stream);
        }
    });
    (discovery.token, asks)
}

/// The next connection a window made to the quitting agent.
async fn next_ask(asks: &mut mpsc::UnboundedReceiver<Instant>) -> Instant {
    tokio::time::timeout(Duration::from_secs(15), asks.recv())
        .await
        .expect("the window keeps asking the agent named in the discovery file")
        .unwrap()
}

/// A script that writes `started` to `log`, then becomes the agent: a window
/// started with it leaves a line for each agent it starts.
fn counting_agent(script: &Path, log: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for path in [script, log, Path::new(AGENT)] {
        assert!(!path.to_string_lossy().contains('\''), "{}", path.display());
    }
    std::fs::write(
        script,
        format!(
            "#!/bin/sh\necho started >> '{}'\nexec '{AGENT}' \"$@\"\n",
            log.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(script, std::fs::Permissions::from_mode(0o755)).unwrap();
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
    let (quitting_token, mut asks) = quitting_agent(&dir).await;
    let script = dir.with_file_name("counting-agent");
    let log = dir.with_file_name("agent-starts");
    counting_agent(&script, &log);
    let waiting = tokio::spawn({
        let (dir, script) = (dir.clone(), script.clone());
        async move { connect_or_start(&dir, &script, true).await }
    });
    // The window asks the quitting agent once, then again every few ms while
    // it waits, and once it has waited RESTART_AFTER it looks at the lock
    // (held) after each ask. Its wait begins after the first ask, so it is
    // timed from the second: an ask that follows one made RESTART_AFTER
    // later comes after the window has looked at the lock.
    next_ask(&mut asks).await;
    let waiting_since = next_ask(&mut asks).await;
    while next_ask(&mut asks).await < waiting_since + RESTART_AFTER {}
    next_ask(&mut asks).await;
    assert!(!waiting.is_finished(), "the window still waits");
    {
        use std::io::Write;
        let mut log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        log.write_all(b"released\n").unwrap();
    }
    drop(lock);
    let (client, _events) = tokio::time::timeout(Duration::from_secs(15), waiting)
        .await
        .expect("the window connects once the lock is free")
        .unwrap()
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "released\nstarted\n",
        "one agent started, and only once the lock was released"
    );
    let second = read_discovery(&dir).expect("the new agent says where it listens");
    assert_ne!(first.pid, second.pid);
    assert_ne!(
        second.token, quitting_token,
        "the new agent's own discovery file"
    );
    assert!(client.ask(GetOverview {}).await.is_ok());
    drop(client);
    until("the second agent to end", || !locked(&dir)).await;
}
