//! What the monitor writes to history reaches a window as a `history` event,
//! after the write: the agent's monitor polls the demo's simulator over
//! loopback and writes a real SQLite file; the window's side is the typed
//! client on the agent's socket.

mod common;

use common::agent_with;
use std::time::Duration;
use tokio::sync::mpsc;
use waping_core::domain::Transition;
use waping_core::history::{History, HistoryChange};
use waping_core::{DeviceId, SessionState};
use waping_link::client::AgentClient;
use waping_link::contract::args;
use waping_link::protocol::AgentEvent;
use waping_link::Event;

/// The transitions of the next `history` events, until one passes `test`;
/// the row of that one is read from the file as soon as its event is in.
async fn transition_told(
    events: &mut mpsc::UnboundedReceiver<AgentEvent>,
    history_file: &std::path::Path,
    test: impl Fn(&Transition) -> bool,
) -> (Transition, Vec<Transition>) {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let event = events.recv().await.expect("the connection stays open");
            let Ok(Event::History(told)) = event.event() else {
                continue;
            };
            let found = told.changes.iter().find_map(|c| match c {
                HistoryChange::Transition(t) if test(t) => Some(t.clone()),
                _ => None,
            });
            if let Some(t) = found {
                // Read at once, on a connection of the test's own.
                let reader = History::open_reader(history_file).expect("the history file");
                let rows = reader
                    .transitions(&t.device_id, t.at, t.at + chrono::Duration::milliseconds(1))
                    .expect("the rows are readable");
                return (t, rows);
            }
        }
    })
    .await
    .expect("the transition is told")
}

/// The demo's `phone` goes offline, and the agent polls.
async fn drop_and_poll(agent: &waping_desk_agent::Agent, client: &AgentClient, phone: &DeviceId) {
    let demo = common::demo(agent).await;
    demo.control()
        .set_status(phone.as_str(), "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    client.ask(args::Refresh {}).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drop_written_by_the_monitor_is_told_as_its_row() {
    // No poll but those the test asks for.
    let agent = agent_with("history-events", Some(&common::polls_when_asked())).await;
    let history_file = agent.service.shell.data_dir.join("demo-history.sqlite3");
    let (client, mut events) = AgentClient::connect(&agent.server.discovery, true)
        .await
        .expect("the token opens it");
    let phone = DeviceId::new("dev_001");
    client.ask(args::Refresh {}).await.unwrap();
    let overview = client.ask(args::GetOverview {}).await.unwrap();
    let shown = |o: &waping_link::views::Overview| {
        o.devices
            .iter()
            .find(|d| d.device.id == phone)
            .map(|d| d.device.state)
    };
    assert_ne!(shown(&overview), Some(SessionState::Disconnected));

    drop_and_poll(&agent, &client, &phone).await;
    let (told, rows) = transition_told(&mut events, &history_file, |t| {
        t.device_id == phone && t.to == SessionState::Disconnected
    })
    .await;

    assert_eq!(
        rows.last(),
        Some(&told),
        "the row was in the file when its event came, and the event is the row"
    );
    assert_eq!(told.from, Some(SessionState::Connected));
    assert_eq!(told.reason.as_deref(), Some("phone_offline"));
    // The window reads that one device's strip again, and only it.
    let strips = client
        .ask(args::DeviceStrips {
            hours: 24,
            width: 320,
            device_ids: Some(vec![phone.clone()]),
        })
        .await
        .unwrap();
    assert_eq!(strips.len(), 1, "only the device asked for: {strips:?}");
    assert_eq!(strips[0].device_id, phone);
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transition_that_could_not_be_written_is_not_told() {
    let agent = agent_with("history-events-locked", Some(&common::polls_when_asked())).await;
    let history_file = agent.service.shell.data_dir.join("demo-history.sqlite3");
    let (client, mut events) = AgentClient::connect(&agent.server.discovery, true)
        .await
        .expect("the token opens it");
    let phone = DeviceId::new("dev_001");
    // The first poll's writes are done before the lock is taken.
    tokio::time::timeout(Duration::from_secs(10), async {
        while client
            .ask(args::GetOverview {})
            .await
            .unwrap()
            .snapshot
            .updated_at
            .is_none()
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the first poll is done");

    // Another program holds the write lock past the monitor's wait for it.
    let locker = rusqlite::Connection::open(&history_file).unwrap();
    locker.execute_batch("BEGIN IMMEDIATE").unwrap();
    drop_and_poll(&agent, &client, &phone).await;
    // The overview that shows the drop is published after the write was
    // tried; whatever was told of it was told before.
    let mut told = Vec::new();
    let problem = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            match events
                .recv()
                .await
                .expect("the connection stays open")
                .event()
            {
                Ok(Event::History(changes)) => told.extend(changes.changes),
                Ok(Event::Overview(o))
                    if o.devices.iter().any(|d| {
                        d.device.id == phone && d.device.state == SessionState::Disconnected
                    }) =>
                {
                    return o.snapshot.history_problem;
                }
                _ => {}
            }
        }
    })
    .await
    .expect("the drop is shown");
    locker.execute_batch("ROLLBACK").unwrap();
    assert!(problem.is_some(), "the card says history is not saved");
    let drops: Vec<_> = told
        .iter()
        .filter(|c| matches!(c, HistoryChange::Transition(t) if t.device_id == phone))
        .collect();
    assert!(drops.is_empty(), "a drop not written was told: {drops:?}");
    agent.stop().await;
}
