use super::*;
use crate::monitor::Source;
use crate::ErrorCode;

fn t(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_790_000_000 + secs, 0).unwrap()
}

fn tr(id: &str, from: Option<SessionState>, to: SessionState, at: i64) -> Transition {
    Transition {
        device_id: DeviceId::new(id),
        device_name: format!("Phone {id}"),
        from,
        to,
        at: t(at),
        reason: (to == SessionState::Disconnected).then(|| "logged_out".to_owned()),
        source: Source::Poll,
        expected: false,
    }
}

pub(super) fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waping-history-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("history.sqlite3")
}

#[test]
fn records_and_reads_back_last_known_states_from_a_file() {
    use SessionState::*;
    let path = temp_db("roundtrip");
    {
        let (mut h, recovered) = History::open(&path).unwrap();
        assert!(recovered.is_none());
        h.record(&tr("dev_1", None, Connected, 0)).unwrap();
        h.record(&tr("dev_1", Some(Connected), Disconnected, 60))
            .unwrap();
        h.record(&tr("dev_2", None, Unlinked, 10)).unwrap();
    }
    let (h, _) = History::open(&path).unwrap();
    let known = h.last_known().unwrap();
    assert_eq!(known.len(), 2);
    assert_eq!(known[0].0, DeviceId::new("dev_1"));
    assert_eq!(
        known[0].1,
        Known {
            name: "Phone dev_1".into(),
            state: Disconnected,
            since: t(60),
            reason: Some("logged_out".into())
        }
    );
    assert_eq!(known[1].1.state, Unlinked);
    assert_eq!(h.integrity_check().unwrap(), "ok");
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn range_query_includes_the_state_the_range_opens_in() {
    use SessionState::*;
    let mut h = History::open_in_memory().unwrap();
    for (i, (from, to)) in [
        (None, Connected),
        (Some(Connected), Degraded),
        (Some(Degraded), Connected),
        (Some(Connected), Disconnected),
    ]
    .into_iter()
    .enumerate()
    {
        h.record(&tr("dev_1", from, to, i as i64 * 100)).unwrap();
    }
    h.record(&tr("dev_2", None, Connected, 150)).unwrap();
    let got = h
        .transitions(&DeviceId::new("dev_1"), t(150), t(300))
        .unwrap();
    let states: Vec<_> = got.iter().map(|x| (x.at, x.to)).collect();
    assert_eq!(states, vec![(t(100), Degraded), (t(200), Connected)]);
    assert!(h
        .transitions(&DeviceId::new("dev_9"), t(0), t(1000))
        .unwrap()
        .is_empty());
}

#[test]
fn health_changes_are_kept_apart() {
    let mut h = History::open_in_memory().unwrap();
    let failing = GatewayHealth::Failing {
        code: crate::ErrorCode::Unreachable,
        message: "cannot reach WAPing: refused".into(),
        since: t(5),
        auth: false,
    };
    h.record_health(t(5), &failing).unwrap();
    h.record_health(t(65), &GatewayHealth::Ok).unwrap();
    h.record_health(t(70), &GatewayHealth::Starting).unwrap();
    let events = h.health_events(t(0), t(100)).unwrap();
    assert_eq!(events.len(), 2);
    assert!(!events[0].ok && events[1].ok);
    assert_eq!(events[0].code.as_deref(), Some("UNREACHABLE"));
}

#[test]
fn prune_keeps_each_devices_latest_state() {
    use SessionState::*;
    let mut h = History::open_in_memory().unwrap();
    h.record(&tr("dev_1", None, Connected, 0)).unwrap();
    h.record(&tr("dev_1", Some(Connected), Degraded, 10))
        .unwrap();
    h.record(&tr("dev_2", None, Connected, 20)).unwrap();
    h.record(&tr("dev_2", Some(Connected), Disconnected, 5000))
        .unwrap();
    let removed = h.prune(t(6000), Duration::seconds(100)).unwrap();
    assert_eq!(removed, 2);
    assert_eq!(h.transition_count().unwrap(), 2);
    assert_eq!(h.last_known().unwrap().len(), 2);
}

#[test]
fn a_corrupt_file_is_moved_aside_and_a_fresh_one_created() {
    let path = temp_db("corrupt");
    std::fs::write(
        &path,
        b"this is not a database, just text that happens to be here",
    )
    .unwrap();
    let (mut h, recovered) = History::open(&path).unwrap();
    let recovered = recovered.expect("told about the recovery");
    assert!(recovered.moved_to.exists());
    assert_eq!(
        std::fs::read(&recovered.moved_to).unwrap(),
        b"this is not a database, just text that happens to be here"
    );
    h.record(&tr("dev_1", None, SessionState::Connected, 0))
        .unwrap();
    assert_eq!(h.transition_count().unwrap(), 1);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn a_locked_database_is_reported_as_locked() {
    let path = temp_db("locked");
    drop(History::open(&path).unwrap());
    let holder = rusqlite::Connection::open(&path).unwrap();
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .unwrap();
    let started = std::time::Instant::now();
    let err = History::open(&path)
        .err()
        .expect("cannot open while locked");
    assert_eq!(err.code(), ErrorCode::HistoryLocked, "{err}");
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(4),
        "waited for the busy timeout"
    );
    drop(holder);
    assert!(History::open(&path).is_ok());
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

/// The open-markers beside `path` (see `clean_exit`).
fn markers(path: &Path) -> Vec<PathBuf> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("{name}.open-"))
        })
        .collect()
}

#[test]
fn readers_and_the_second_writer_neither_leave_nor_clear_a_marker() {
    let path = temp_db("marker-readers");
    let (writer, _) = History::open(&path).unwrap();
    let mine = writer
        .marker
        .as_ref()
        .expect("the writer's marker")
        .path()
        .to_owned();
    assert_eq!(markers(&path), vec![mine.clone()]);
    let reader = History::open_reader(&path).unwrap();
    let beside = History::open_beside(&path).unwrap();
    assert_eq!(markers(&path), vec![mine.clone()], "no marker of their own");
    drop(reader);
    drop(beside);
    assert!(mine.exists(), "their close leaves the writer's marker");
    drop(writer);
    assert!(markers(&path).is_empty(), "the writer's close removes it");
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn a_writer_still_open_is_not_taken_for_one_that_crashed() {
    let path = temp_db("marker-two");
    let (first, _) = History::open(&path).unwrap();
    let (second, _) = History::open(&path).unwrap();
    assert!(!second.checked_at_open(), "the first is open, not gone");
    assert_eq!(markers(&path).len(), 2);
    drop(second);
    assert_eq!(markers(&path).len(), 1, "the first's marker stays");
    drop(first);
    let (third, _) = History::open(&path).unwrap();
    assert!(!third.checked_at_open());
    drop(third);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn a_writer_dropped_by_a_panic_leaves_its_marker_for_a_check() {
    let path = temp_db("marker-panic");
    let opened = path.clone();
    let unwound = std::panic::catch_unwind(move || {
        let (_history, _) = History::open(&opened).unwrap();
        panic!("a bug while the history is open");
    });
    assert!(unwound.is_err());
    assert_eq!(markers(&path).len(), 1, "the marker stays");
    let (history, _) = History::open(&path).unwrap();
    assert!(history.checked_at_open());
    drop(history);
    assert!(markers(&path).is_empty());
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[cfg(unix)]
#[test]
fn the_marker_is_this_users_alone() {
    use std::os::unix::fs::PermissionsExt;
    let path = temp_db("marker-mode");
    let (history, _) = History::open(&path).unwrap();
    let marker = history.marker.as_ref().unwrap().path().to_owned();
    let mode = std::fs::metadata(&marker).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{marker:?}");
    drop(history);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}
