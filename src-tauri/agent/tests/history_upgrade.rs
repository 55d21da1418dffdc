//! An agent given a history written by a newer version of the app (the user
//! went back to an older release) leaves the file as it was, says so in the
//! overview, and goes on watching.

mod common;

use std::sync::Arc;
use waping_core::history::History;
use waping_core::ErrorCode;
use waping_desk_agent::shell::Headless;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_history_from_a_newer_version_is_refused_and_kept_for_it() {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let dir = common::data_dir("newer-history", None);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("demo-history.sqlite3");
    drop(History::open(&file).unwrap());
    {
        let conn = rusqlite::Connection::open(&file).unwrap();
        let ours: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        conn.execute_batch(&format!(
            "INSERT INTO app_versions VALUES ('9.1.0', 4102444800000);
             PRAGMA user_version = {};",
            ours + 1
        ))
        .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let bytes = std::fs::read(&file).unwrap();

    let agent = waping_desk_agent::start(dir.clone(), Arc::new(Headless))
        .await
        .expect("the agent starts without its history");
    // The phones are still watched, and the overview says why there is no history.
    let overview =
        common::poll_until(&agent.service, "the first poll", |o| !o.devices.is_empty()).await;
    let problem = overview
        .snapshot
        .history_problem
        .expect("the overview says why there is no history");
    assert_eq!(problem.code, ErrorCode::HistoryMigration);
    assert!(problem.message.contains("9.1.0"), "{}", problem.message);
    agent.stop().await;

    assert_eq!(
        std::fs::read(&file).unwrap(),
        bytes,
        "the newer version's file is untouched"
    );
}
