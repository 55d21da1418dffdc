//! The history views against a real SQLite file: timelines across app
//! restarts, WAPing outages, re-scans, the workspace ranking and exports.

use super::export::{self, Format};
use super::tests::temp_db;
use super::timeline::{OutageEnd, SegmentKind};
use super::*;
use crate::monitor::Source;

/// `base + minutes`.
fn at(minutes: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_790_000_000, 0).unwrap() + Duration::minutes(minutes)
}

fn min(ms: i64) -> i64 {
    (ms - at(0).timestamp_millis()) / 60_000
}

fn tr(id: &str, to: SessionState, minute: i64, reason: Option<&str>) -> Transition {
    Transition {
        device_id: DeviceId::new(id),
        device_name: format!("Phone {id}"),
        from: None,
        to,
        at: at(minute),
        reason: reason.map(str::to_owned),
        source: Source::Poll,
        expected: false,
    }
}

/// Two runs of the app (0–100 min and 130–240 min), a WAPing outage, a drop
/// that recovered by itself and one ended by a re-scan here.
fn seeded(path: &Path) -> History {
    use SessionState::*;
    let (mut h, _) = History::open(path).unwrap();
    let first = h.begin_span(at(0)).unwrap();
    h.extend_span(first, at(100)).unwrap();
    let second = h.begin_span(at(130)).unwrap();
    h.extend_span(second, at(240)).unwrap();
    h.record(&tr("dev_1", Connected, 0, None)).unwrap();
    h.record(&tr("dev_1", Disconnected, 20, Some("phone_offline")))
        .unwrap();
    h.record(&tr("dev_1", Connected, 30, None)).unwrap();
    h.record(&tr("dev_1", Disconnected, 150, Some("logged_out")))
        .unwrap();
    h.record_scan(&DeviceId::new("dev_1"), at(175)).unwrap();
    h.record(&tr("dev_1", Connected, 176, None)).unwrap();
    h.record(&tr("dev_2", Connected, 0, None)).unwrap();
    h.record(&tr("dev_2", Disconnected, 200, Some("logged_out")))
        .unwrap();
    let failing = GatewayHealth::Failing {
        code: crate::ErrorCode::ServerError,
        message: "WAPing answered 503".into(),
        since: at(60),
        auth: false,
    };
    h.record_health(at(60), &failing).unwrap();
    h.record_health(at(70), &GatewayHealth::Ok).unwrap();
    h
}

fn shape(h: &DeviceHistory) -> Vec<(SegmentKind, i64, i64)> {
    h.segments
        .iter()
        .map(|s| (s.kind, min(s.start), min(s.end)))
        .collect()
}

#[test]
fn a_device_timeline_across_restarts_and_a_wapping_outage() {
    use SegmentKind as K;
    let path = temp_db("timeline");
    drop(seeded(&path));
    let reader = History::open_reader(&path).unwrap();
    let h = reader
        .device_history(
            &DeviceId::new("dev_1"),
            at(-60),
            at(300),
            Live::at(at(240)),
            0,
        )
        .unwrap()
        .expect("known device");
    assert_eq!(h.name, "Phone dev_1");
    assert_eq!(min(h.to), 240, "clipped to now");
    assert_eq!(
        shape(&h),
        vec![
            (K::NoData, -60, 0),
            (K::Connected, 0, 20),
            (K::Disconnected, 20, 30),
            (K::Connected, 30, 60),
            (K::Unreachable, 60, 70),
            (K::Connected, 70, 100),
            (K::NoData, 100, 130),
            (K::Connected, 130, 150),
            (K::Disconnected, 150, 176),
            (K::Connected, 176, 240),
        ]
    );
    assert_eq!(h.segments[2].reason.as_deref(), Some("phone_offline"));
    assert_eq!(h.segments[4].reason.as_deref(), Some("WAPing answered 503"));
    assert_eq!(h.segments[4].kind_label, "WAPing unreachable");
    assert_eq!(
        h.segments[2].reason_text.as_deref(),
        Some("The phone is offline (check its battery, internet and background limits)")
    );
    let legend: Vec<&str> = h.legend.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(
        legend,
        [
            "Connected",
            "Degraded",
            "Disconnected",
            "Unlinked",
            "WAPing unreachable",
            "This computer offline",
            "No data (app not running)"
        ]
    );
    let endings: Vec<(OutageEnd, &str)> = h
        .endings
        .iter()
        .map(|e| (e.ended, e.label.as_str()))
        .collect();
    assert_eq!(
        endings,
        [
            (OutageEnd::Rescan, "Re-scan"),
            (OutageEnd::ByItself, "By itself"),
            (OutageEnd::Ongoing, "Still down")
        ]
    );
    let ends: Vec<_> = h
        .outages
        .iter()
        .map(|o| (min(o.start), o.end.map(min), o.ended))
        .collect();
    assert_eq!(
        ends,
        vec![
            (20, Some(30), OutageEnd::ByItself),
            (150, Some(176), OutageEnd::Rescan)
        ]
    );
    assert_eq!(h.outages[1].ended_text, "Re-scan");
    // Up: 20 + 30 + 30 + 20 + 64 = 164 min; down: 10 + 26 = 36 min.
    assert_eq!(h.stats.up_ms, 164 * 60_000);
    assert_eq!(h.stats.down_ms, 36 * 60_000);
    assert!((h.stats.uptime.unwrap() - 164.0 / 200.0).abs() < 1e-9);
    assert_eq!(h.stats.unreachable_ms, 10 * 60_000);
    assert_eq!(h.stats.no_data_ms, 90 * 60_000);
    assert_eq!(h.stats.disconnects, 2);
    assert_eq!(h.stats.mean_recovery_ms, Some(18 * 60_000));
    assert_eq!(h.stats.longest_recovery_ms, Some(26 * 60_000));
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn a_range_that_opens_inside_an_outage_finds_where_it_began() {
    let path = temp_db("open-outage");
    drop(seeded(&path));
    let reader = History::open_reader(&path).unwrap();
    let h = reader
        .device_history(
            &DeviceId::new("dev_1"),
            at(160),
            at(240),
            Live::at(at(240)),
            0,
        )
        .unwrap()
        .unwrap();
    assert_eq!(min(h.segments[0].start), 160);
    assert_eq!(h.segments[0].kind, SegmentKind::Disconnected);
    let o = &h.outages[0];
    assert_eq!((min(o.start), o.end.map(min)), (150, Some(176)));
    assert_eq!(o.ended, OutageEnd::Rescan, "the scan was before the range");
    assert_eq!(h.stats.disconnects, 0, "it began before the range");
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn the_running_span_lasts_until_now_and_an_ongoing_outage_until_now() {
    let path = temp_db("live");
    let mut h = seeded(&path);
    let span = h.begin_span(at(300)).unwrap();
    h.extend_span(span, at(301)).unwrap();
    let live = Live {
        now: at(330),
        span: Some(LiveSpan {
            id: span,
            until: at(330),
        }),
    };
    let dev2 = h
        .device_history(&DeviceId::new("dev_2"), at(300), at(400), live, 0)
        .unwrap()
        .unwrap();
    assert_eq!(
        shape(&dev2),
        vec![(SegmentKind::Disconnected, 300, 330)],
        "watched up to now, not up to the last heartbeat"
    );
    assert_eq!(dev2.outages[0].ended, OutageEnd::Ongoing);
    assert_eq!(dev2.outages[0].duration, 130 * 60_000);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn an_unknown_device_has_no_history() {
    let h = History::open_in_memory().unwrap();
    assert!(h
        .device_history(&DeviceId::new("dev_x"), at(0), at(10), Live::at(at(10)), 0)
        .unwrap()
        .is_none());
}

#[test]
fn strips_cover_every_device_still_in_the_workspace() {
    let path = temp_db("strips");
    let mut h = seeded(&path);
    h.record(&tr("dev_3", SessionState::Connected, 10, None))
        .unwrap();
    h.mark_removed(&DeviceId::new("dev_3")).unwrap();
    let strips = h.strips(at(0), Live::at(at(240)), 60_000).unwrap();
    let ids: Vec<_> = strips.iter().map(|s| s.device_id.as_str()).collect();
    assert_eq!(ids, ["dev_1", "dev_2"]);
    let dev2 = &strips[1];
    // dev_2: up 0–60, 70–100, 130–200 (160 min); down 200–240 (40 min).
    assert!((dev2.uptime.unwrap() - 160.0 / 200.0).abs() < 1e-9);
    let total: i64 = dev2.segments.iter().map(|s| s.end - s.start).sum();
    assert_eq!(total, 240 * 60_000);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn strips_of_named_devices_are_those_of_the_whole_read_and_none_for_one_removed() {
    let path = temp_db("strips-of");
    let mut h = seeded(&path);
    h.record(&tr("dev_3", SessionState::Connected, 10, None))
        .unwrap();
    h.mark_removed(&DeviceId::new("dev_3")).unwrap();
    let live = Live::at(at(240));
    let all = h.strips(at(0), live, 60_000).unwrap();
    let named = [DeviceId::new("dev_2"), DeviceId::new("dev_3")];
    let some = h.strips_of(at(0), live, 60_000, Some(&named)).unwrap();
    assert_eq!(
        some,
        [all[1].clone()],
        "dev_2 as drawn with all; dev_3 is gone"
    );
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn ranking_orders_devices_by_disconnects_in_the_range() {
    let path = temp_db("ranking");
    let mut h = seeded(&path);
    let mut blip = tr("dev_2", SessionState::Disconnected, 210, None);
    blip.expected = true;
    h.record(&blip).unwrap();
    let rows = h.ranking(at(0), at(240)).unwrap();
    let got: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.device_id.as_str(),
                r.disconnects,
                r.last_disconnect.map(min),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![("dev_1", 2, Some(150)), ("dev_2", 1, Some(200))],
        "the reconnect right after a scan does not count"
    );
    let later = h.ranking(at(180), at(240)).unwrap();
    assert_eq!(later[0].device_id.as_str(), "dev_2");
    assert_eq!(later[1].disconnects, 0);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn exports_round_trip_through_csv_and_json() {
    let path = temp_db("export");
    let mut h = seeded(&path);
    h.record(&tr(
        "dev_1",
        SessionState::Degraded,
        200,
        Some("retrying, \"slow\" delivery"),
    ))
    .unwrap();
    let history = h
        .device_history(
            &DeviceId::new("dev_1"),
            at(0),
            at(240),
            Live::at(at(240)),
            0,
        )
        .unwrap()
        .unwrap();

    let file = path.with_file_name(export::file_name(&history, Format::Json));
    std::fs::write(&file, export::render(&history, Format::Json).unwrap()).unwrap();
    let back: DeviceHistory = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(back, history);

    let file = path.with_file_name(export::file_name(&history, Format::Csv));
    assert!(file.to_string_lossy().ends_with(".csv"));
    std::fs::write(&file, export::render(&history, Format::Csv).unwrap()).unwrap();
    let mut reader = csv::Reader::from_path(&file).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        export::CSV_HEADER
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), history.segments.len());
    for (row, seg) in rows.iter().zip(&history.segments) {
        assert_eq!(&row[0], "dev_1");
        assert_eq!(SegmentKind::parse(&row[2]), Some(seg.kind));
        let start = DateTime::parse_from_rfc3339(&row[3]).unwrap();
        let end = DateTime::parse_from_rfc3339(&row[4]).unwrap();
        assert_eq!(start.timestamp_millis(), seg.start);
        assert_eq!(end.timestamp_millis(), seg.end);
        let secs: f64 = row[5].parse().unwrap();
        assert!((secs * 1000.0 - seg.duration() as f64).abs() < 1.0);
        assert_eq!(&row[6], seg.reason.as_deref().unwrap_or(""));
    }
    assert!(rows.iter().any(|r| &r[6] == "retrying, \"slow\" delivery"));
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn an_older_database_counts_its_recorded_period_as_watched() {
    let path = temp_db("upgrade");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        rusqlite_migration::Migrations::from_slice(&schema::MIGRATIONS[..1])
            .to_latest(&mut conn)
            .unwrap();
        conn.execute_batch(&format!(
            "INSERT INTO transitions (device_id, device_name, to_state, at_ms, source)
             VALUES ('dev_1', 'Phone', 'Connected', {}, 'poll'),
                    ('dev_1', 'Phone', 'Disconnected', {}, 'poll');
             INSERT INTO devices (device_id, name, state, since_ms, last_transition)
             VALUES ('dev_1', 'Phone', 'Disconnected', {}, 2);",
            at(0).timestamp_millis(),
            at(50).timestamp_millis(),
            at(50).timestamp_millis()
        ))
        .unwrap();
    }
    let (h, _) = History::open(&path).unwrap();
    let dev = h
        .device_history(
            &DeviceId::new("dev_1"),
            at(0),
            at(100),
            Live::at(at(100)),
            0,
        )
        .unwrap()
        .unwrap();
    assert_eq!(
        shape(&dev),
        vec![
            (SegmentKind::Connected, 0, 50),
            (SegmentKind::NoData, 50, 100)
        ]
    );
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn the_reader_cannot_write() {
    let path = temp_db("reader");
    drop(seeded(&path));
    let mut reader = History::open_reader(&path).unwrap();
    assert!(reader
        .record(&tr("dev_1", SessionState::Connected, 500, None))
        .is_err());
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn uptime_per_period_counts_only_what_was_watched() {
    let path = temp_db("periods");
    drop(seeded(&path));
    let reader = History::open_reader(&path).unwrap();
    let dev1 = DeviceId::new("dev_1");
    let uptimes = |now| -> Vec<(u32, Option<f64>)> {
        reader
            .uptime_periods(&dev1, Live::at(now))
            .unwrap()
            .unwrap()
            .into_iter()
            .map(|p| (p.days, p.uptime.map(|u| (u * 1000.0).round() / 1000.0)))
            .collect()
    };
    // Right after the runs: every period holds the same 164 min up of 200 measured.
    assert_eq!(
        uptimes(at(240)),
        vec![(1, Some(0.82)), (7, Some(0.82)), (30, Some(0.82))]
    );
    // Two days later with the app closed since: the last 24 h were never watched.
    assert_eq!(
        uptimes(at(240) + Duration::days(2)),
        vec![(1, None), (7, Some(0.82)), (30, Some(0.82))]
    );
    assert_eq!(
        reader
            .uptime_periods(&DeviceId::new("dev_x"), Live::at(at(240)))
            .unwrap(),
        None
    );
}
