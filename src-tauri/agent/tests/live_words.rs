//! "In this state for 14 min" and "last seen 3 min ago" stay true on an open
//! window's cards: the agent sends the overview again when a minute they
//! show turns, though the monitor has nothing new to report.

mod common;

use chrono::{Duration, Utc};
use std::sync::Arc;
use tokio::sync::broadcast;
use waping_core::domain::{words, Clock, ManualClock};
use waping_core::i18n::{Catalog, Locale};
use waping_desk_agent::shell::Headless;
use waping_link::protocol::AgentEvent;
use waping_link::views::Overview;
use waping_link::Event;

/// The next overview sent that passes `test`, within five seconds.
async fn next_overview(
    events: &mut broadcast::Receiver<AgentEvent>,
    what: &str,
    test: impl Fn(&Overview) -> bool,
) -> Overview {
    let wait = async {
        loop {
            let event = events.recv().await.expect("the agent's events go on");
            if let Ok(Event::Overview(overview)) = event.event() {
                if test(&overview) {
                    return overview;
                }
            }
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(5), wait)
        .await
        .unwrap_or_else(|_| panic!("no overview with {what} was sent"))
}

#[tokio::test]
async fn an_open_window_gets_the_overview_again_when_a_shown_minute_turns() {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    // One poll at start, the next an hour later: only the minutes move.
    let dir = common::data_dir("live-words", Some(&common::polls_when_asked()));
    let clock = ManualClock::new(Utc::now());
    let agent = waping_desk_agent::start_with_clock(dir, Arc::new(Headless), clock.clone())
        .await
        .unwrap();
    let service = agent.service.clone();
    let _window = service.shell.window_connected();
    let mut events = service.shell.subscribe();
    service.overview_or_connect().await.unwrap();
    let first = next_overview(&mut events, "the first poll's devices", |o| {
        o.snapshot.updated_at.is_some() && o.devices.iter().any(|d| d.device.state_since.is_some())
    })
    .await;

    clock.advance(Duration::minutes(3));
    let later = next_overview(&mut events, "new words", |o| o.words().ne(first.words())).await;

    let now = clock.now();
    let en = Catalog::of(Locale::En);
    assert_eq!(
        later.snapshot.updated_at, first.snapshot.updated_at,
        "no poll came between"
    );
    for view in &later.devices {
        let since = view
            .device
            .state_since
            .expect("demo devices say since when");
        assert_eq!(
            view.words.state_for.as_deref(),
            Some(words::human_duration(en, now - since).as_str())
        );
        assert_eq!(
            view.words.last_seen,
            words::live_ago(en, now, view.device.last_seen)
        );
    }
    agent.stop().await;
}
