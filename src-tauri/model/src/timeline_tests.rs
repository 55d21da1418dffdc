//! Table-driven checks of the timeline maths against values worked out by hand.
//! Times are in minutes (`m`) to keep the tables readable.

use super::*;
use SessionState::*;

fn m(minutes: i64) -> i64 {
    minutes * 60_000
}

fn ch(at: i64, state: SessionState, reason: Option<&str>) -> Change {
    Change {
        at: m(at),
        state,
        reason: reason.map(str::to_owned),
        expected: false,
    }
}

fn reach(at: i64, ok: bool) -> Reachability {
    Reachability {
        at: m(at),
        ok,
        message: (!ok).then(|| "cannot reach WAPing".to_owned()),
        offline: false,
    }
}

fn computer_offline(at: i64) -> Reachability {
    Reachability {
        at: m(at),
        ok: false,
        message: Some("This computer is offline".to_owned()),
        offline: true,
    }
}

/// A range of 0..100 min watched throughout, unless a case says otherwise.
fn inputs(changes: Vec<Change>) -> Inputs {
    Inputs {
        from: 0,
        to: m(100),
        changes,
        watched: vec![(m(-1000), m(1000))],
        ..Inputs::default()
    }
}

/// `(kind, start, end)` in minutes.
fn shape(segments: &[Segment]) -> Vec<(SegmentKind, i64, i64)> {
    segments
        .iter()
        .map(|s| (s.kind, s.start / 60_000, s.end / 60_000))
        .collect()
}

struct Case {
    name: &'static str,
    inputs: Inputs,
    segments: Vec<(SegmentKind, i64, i64)>,
    uptime: Option<f64>,
    /// `(start, end, ended)` in minutes.
    outages: Vec<(i64, Option<i64>, OutageEnd)>,
    disconnects: u32,
    mean_recovery_min: Option<i64>,
}

fn cases() -> Vec<Case> {
    use OutageEnd::*;
    use SegmentKind as K;
    vec![
        Case {
            name: "one drop that recovers by itself",
            inputs: inputs(vec![
                ch(-50, Connected, None),
                ch(40, Disconnected, Some("phone_offline")),
                ch(70, Connected, None),
            ]),
            segments: vec![
                (K::Connected, 0, 40),
                (K::Disconnected, 40, 70),
                (K::Connected, 70, 100),
            ],
            uptime: Some(0.7),
            outages: vec![(40, Some(70), ByItself)],
            disconnects: 1,
            mean_recovery_min: Some(30),
        },
        Case {
            name: "the range opens inside an outage that began before it",
            inputs: Inputs {
                open_outage: Some(OpenOutage {
                    start: m(-20),
                    reason: Some("logged_out".into()),
                    relinked: false,
                }),
                ..inputs(vec![
                    ch(-20, Disconnected, Some("logged_out")),
                    ch(10, Connected, None),
                ])
            },
            segments: vec![(K::Disconnected, 0, 10), (K::Connected, 10, 100)],
            uptime: Some(0.9),
            outages: vec![(-20, Some(10), ByItself)],
            disconnects: 0,
            mean_recovery_min: Some(30),
        },
        Case {
            name: "the app was not running in the middle: no data, not connected",
            inputs: Inputs {
                watched: vec![(m(0), m(30)), (m(60), m(120))],
                ..inputs(vec![ch(-10, Connected, None)])
            },
            segments: vec![
                (K::Connected, 0, 30),
                (K::NoData, 30, 60),
                (K::Connected, 60, 100),
            ],
            uptime: Some(1.0),
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "a drop and its recovery while the app was closed still count",
            inputs: Inputs {
                watched: vec![(m(0), m(30)), (m(60), m(100))],
                ..inputs(vec![
                    ch(-10, Connected, None),
                    ch(35, Disconnected, Some("logged_out")),
                    ch(55, Connected, None),
                ])
            },
            segments: vec![
                (K::Connected, 0, 30),
                (K::NoData, 30, 60),
                (K::Connected, 60, 100),
            ],
            uptime: Some(1.0),
            outages: vec![(35, Some(55), ByItself)],
            disconnects: 1,
            mean_recovery_min: Some(20),
        },
        Case {
            name: "before the device is first seen there is no data",
            inputs: inputs(vec![ch(20, Connected, None)]),
            segments: vec![(K::NoData, 0, 20), (K::Connected, 20, 100)],
            uptime: Some(1.0),
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "WAPing unreachable is shaded apart and not counted against the phone",
            inputs: Inputs {
                reachability: vec![reach(30, false), reach(50, true)],
                ..inputs(vec![
                    ch(-10, Connected, None),
                    ch(40, Disconnected, Some("logged_out")),
                    ch(80, Connected, None),
                ])
            },
            segments: vec![
                (K::Connected, 0, 30),
                (K::Unreachable, 30, 50),
                (K::Disconnected, 50, 80),
                (K::Connected, 80, 100),
            ],
            uptime: Some(50.0 / 80.0),
            outages: vec![(40, Some(80), ByItself)],
            disconnects: 1,
            mean_recovery_min: Some(40),
        },
        Case {
            name: "an outage of WAPing that began before the range",
            inputs: Inputs {
                reachability: vec![reach(-10, false), reach(20, true)],
                ..inputs(vec![ch(-30, Connected, None)])
            },
            segments: vec![(K::Unreachable, 0, 20), (K::Connected, 20, 100)],
            uptime: Some(1.0),
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "ended by a scan in this app",
            inputs: Inputs {
                scans: vec![m(45)],
                ..inputs(vec![
                    ch(-5, Connected, None),
                    ch(10, Disconnected, Some("logged_out")),
                    ch(50, Connected, None),
                ])
            },
            segments: vec![
                (K::Connected, 0, 10),
                (K::Disconnected, 10, 50),
                (K::Connected, 50, 100),
            ],
            uptime: Some(0.6),
            outages: vec![(10, Some(50), Rescan)],
            disconnects: 1,
            mean_recovery_min: Some(40),
        },
        Case {
            name: "a scan outside the outage does not make it a re-scan",
            inputs: Inputs {
                scans: vec![m(5), m(60)],
                ..inputs(vec![
                    ch(-5, Connected, None),
                    ch(10, Disconnected, Some("phone_offline")),
                    ch(50, Connected, None),
                ])
            },
            segments: vec![
                (K::Connected, 0, 10),
                (K::Disconnected, 10, 50),
                (K::Connected, 50, 100),
            ],
            uptime: Some(0.6),
            outages: vec![(10, Some(50), ByItself)],
            disconnects: 1,
            mean_recovery_min: Some(40),
        },
        Case {
            name: "relinked through a new QR code (WAPing showed it Unlinked)",
            inputs: inputs(vec![
                ch(-5, Connected, None),
                ch(10, Disconnected, Some("logged_out")),
                ch(20, Unlinked, None),
                ch(50, Connected, None),
            ]),
            segments: vec![
                (K::Connected, 0, 10),
                (K::Disconnected, 10, 20),
                (K::Unlinked, 20, 50),
                (K::Connected, 50, 100),
            ],
            // Unlinked time (no phone linked) counts neither way.
            uptime: Some(60.0 / 70.0),
            outages: vec![(10, Some(50), Rescan)],
            disconnects: 1,
            mean_recovery_min: Some(40),
        },
        Case {
            name: "still down at the end of the range",
            inputs: inputs(vec![
                ch(-5, Connected, None),
                ch(60, Disconnected, Some("logged_out")),
            ]),
            segments: vec![(K::Connected, 0, 60), (K::Disconnected, 60, 100)],
            uptime: Some(0.6),
            outages: vec![(60, None, Ongoing)],
            disconnects: 1,
            mean_recovery_min: None,
        },
        Case {
            name: "the brief reconnect right after a scan is not an outage",
            inputs: inputs(vec![
                ch(-5, Connected, None),
                Change {
                    expected: true,
                    ..ch(10, Disconnected, None)
                },
                ch(12, Connected, None),
            ]),
            segments: vec![
                (K::Connected, 0, 10),
                (K::Disconnected, 10, 12),
                (K::Connected, 12, 100),
            ],
            uptime: Some(0.98),
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "WAPing unreachable before a device is first seen is just no data",
            inputs: Inputs {
                reachability: vec![reach(0, false), reach(30, true)],
                ..inputs(vec![ch(20, Connected, None)])
            },
            segments: vec![
                (K::NoData, 0, 20),
                (K::Unreachable, 20, 30),
                (K::Connected, 30, 100),
            ],
            uptime: Some(1.0),
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "a phone never linked has no uptime to speak of",
            inputs: inputs(vec![ch(-10, Unlinked, None)]),
            segments: vec![(K::Unlinked, 0, 100)],
            uptime: None,
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "an unknown status counts neither up nor down",
            inputs: inputs(vec![
                ch(-1, Connected, None),
                ch(20, Unknown, None),
                ch(40, Connected, None),
            ]),
            segments: vec![
                (K::Connected, 0, 20),
                (K::Unknown, 20, 40),
                (K::Connected, 40, 100),
            ],
            uptime: Some(1.0),
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "overlapping watch spans from two runs merge",
            inputs: Inputs {
                watched: vec![(m(40), m(100)), (m(0), m(50))],
                ..inputs(vec![ch(-1, Degraded, Some("retrying"))])
            },
            segments: vec![(K::Degraded, 0, 100)],
            uptime: Some(1.0),
            outages: vec![],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "a reason change inside one state starts a new stretch",
            inputs: inputs(vec![
                ch(-1, Disconnected, Some("phone_offline")),
                ch(50, Disconnected, Some("logged_out")),
            ]),
            segments: vec![(K::Disconnected, 0, 50), (K::Disconnected, 50, 100)],
            uptime: Some(0.0),
            outages: vec![(-1, None, Ongoing)],
            disconnects: 0,
            mean_recovery_min: None,
        },
        Case {
            name: "two outages: mean and longest",
            inputs: inputs(vec![
                ch(-1, Connected, None),
                ch(10, Disconnected, None),
                ch(20, Connected, None),
                ch(50, Disconnected, None),
                ch(80, Degraded, None),
            ]),
            segments: vec![
                (K::Connected, 0, 10),
                (K::Disconnected, 10, 20),
                (K::Connected, 20, 50),
                (K::Disconnected, 50, 80),
                (K::Degraded, 80, 100),
            ],
            uptime: Some(0.6),
            outages: vec![(10, Some(20), ByItself), (50, Some(80), ByItself)],
            disconnects: 2,
            mean_recovery_min: Some(20),
        },
    ]
}

#[test]
fn timelines_uptime_and_outages_match_hand_computed_values() {
    for case in cases() {
        let segs = segments(&case.inputs);
        assert_eq!(shape(&segs), case.segments, "segments: {}", case.name);
        let outs = outages(&case.inputs);
        let got: Vec<_> = outs
            .iter()
            .map(|o| (o.start / 60_000, o.end.map(|e| e / 60_000), o.ended))
            .collect();
        assert_eq!(got, case.outages, "outages: {}", case.name);
        let s = stats(&case.inputs, &segs, &outs);
        match (s.uptime, case.uptime) {
            (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "uptime {a} != {b}: {}", case.name),
            (a, b) => assert_eq!(a, b, "uptime: {}", case.name),
        }
        assert_eq!(
            s.disconnects, case.disconnects,
            "disconnects: {}",
            case.name
        );
        assert_eq!(
            s.mean_recovery_ms,
            case.mean_recovery_min.map(m),
            "mean recovery: {}",
            case.name
        );
        let total: i64 = segs.iter().map(Segment::duration).sum();
        assert_eq!(
            total,
            case.inputs.to - case.inputs.from,
            "segments cover the range: {}",
            case.name
        );
    }
}

#[test]
fn reasons_and_durations_are_kept() {
    let input = inputs(vec![
        ch(-50, Connected, None),
        ch(40, Disconnected, Some("phone_offline")),
        ch(70, Connected, None),
    ]);
    let segs = segments(&input);
    assert_eq!(segs[1].reason.as_deref(), Some("phone_offline"));
    let outs = outages(&input);
    assert_eq!(outs[0].duration, m(30));
    assert_eq!(outs[0].reason.as_deref(), Some("phone_offline"));
    let s = stats(&input, &segs, &outs);
    assert_eq!(
        (s.up_ms, s.down_ms, s.longest_recovery_ms),
        (m(70), m(30), Some(m(30)))
    );
}

#[test]
fn history_carries_its_spans_and_reasons_in_words() {
    let offline = "The phone is offline (check its battery, internet and background limits)";
    let input = inputs(vec![
        ch(-50, Connected, None),
        ch(40, Disconnected, Some("phone_offline")),
        ch(70, Connected, None),
    ]);
    let segs = segments(&input);
    assert_eq!(
        (
            segs[1].duration_text.as_str(),
            segs[1].reason_text.as_deref()
        ),
        ("30 min", Some(offline))
    );
    assert_eq!(
        (
            segs[0].duration_text.as_str(),
            segs[0].reason_text.as_deref()
        ),
        ("40 min", None)
    );
    let outs = outages(&input);
    assert_eq!(
        (
            outs[0].duration_text.as_str(),
            outs[0].reason_text.as_deref()
        ),
        ("30 min", Some(offline))
    );
    let s = stats(&input, &segs, &outs);
    assert_eq!(
        s.words,
        StatsWords {
            mean_recovery: Some("30 min".into()),
            longest_recovery: Some("30 min".into()),
            unreachable: None,
            offline: None,
            no_data: None,
        }
    );
}

#[test]
fn time_this_computer_was_offline_is_its_own_stretch_and_blames_neither_phone_nor_waping() {
    let mut input = inputs(vec![ch(-5, Connected, None)]);
    input.reachability = vec![
        reach(-5, true),
        computer_offline(20),
        reach(50, true),
        reach(60, false),
        reach(70, true),
    ];
    let segs = segments(&input);
    let shape: Vec<(SegmentKind, i64, i64)> =
        segs.iter().map(|s| (s.kind, s.start, s.end)).collect();
    assert_eq!(
        shape,
        vec![
            (SegmentKind::Connected, m(0), m(20)),
            (SegmentKind::Offline, m(20), m(50)),
            (SegmentKind::Connected, m(50), m(60)),
            (SegmentKind::Unreachable, m(60), m(70)),
            (SegmentKind::Connected, m(70), m(100)),
        ]
    );
    let s = stats(&input, &segs, &outages(&input));
    assert_eq!((s.offline_ms, s.unreachable_ms), (m(30), m(10)));
    assert_eq!(s.uptime, Some(1.0), "offline time is not down time");
    assert_eq!(s.words.offline.as_deref(), Some("30 min"));
}

#[test]
fn an_ongoing_outage_lasts_up_to_the_end_of_the_range() {
    let input = inputs(vec![ch(-5, Connected, None), ch(60, Disconnected, None)]);
    assert_eq!(outages(&input)[0].duration, m(40));
}

#[test]
fn an_empty_or_reversed_range_has_no_segments() {
    let mut input = inputs(vec![ch(-5, Connected, None)]);
    input.to = input.from;
    assert!(segments(&input).is_empty());
    input.to = input.from - 1;
    assert!(segments(&input).is_empty());
}

#[test]
fn nothing_watched_is_all_no_data() {
    let input = Inputs {
        watched: vec![],
        ..inputs(vec![ch(-5, Connected, None)])
    };
    assert_eq!(
        shape(&segments(&input)),
        vec![(SegmentKind::NoData, 0, 100)]
    );
    assert_eq!(segments(&input)[0].kind_label, "No data (app not running)");
    let s = stats(&input, &segments(&input), &[]);
    assert_eq!((s.uptime, s.no_data_ms), (None, m(100)));
}

#[test]
fn coalescing_shows_the_worst_of_short_stretches_and_keeps_long_ones() {
    let mut changes = vec![ch(-1, Connected, None)];
    // One-minute flapping from 10 to 20, then steady.
    for i in 10..20 {
        let state = if i % 2 == 0 { Disconnected } else { Connected };
        changes.push(ch(i, state, None));
    }
    changes.push(ch(20, Connected, None));
    let segs = segments(&inputs(changes));
    assert_eq!(segs.len(), 11);
    let drawn = coalesce(segs.clone(), m(5));
    assert_eq!(
        shape(&drawn),
        vec![
            (SegmentKind::Connected, 0, 10),
            (SegmentKind::Disconnected, 10, 19),
            (SegmentKind::Connected, 19, 100),
        ]
    );
    assert_eq!(drawn[1].changes, 9);
    let kinds: Vec<&str> = drawn.iter().map(|s| s.kind_label.as_str()).collect();
    assert_eq!(kinds, ["Connected", "Disconnected", "Connected"]);
    // The words follow the stretch drawn, not the first one drawn into it.
    assert_eq!(drawn[1].duration_text, "9 min");
    assert_eq!(drawn[2].duration_text, "1 h 21 min");
    assert_eq!(
        coalesce(segs.clone(), 0),
        segs,
        "no minimum draws everything"
    );
    let total: i64 = drawn.iter().map(Segment::duration).sum();
    assert_eq!(total, m(100));
}

#[test]
fn segment_kinds_round_trip_through_their_labels() {
    for kind in SegmentKind::ALL {
        assert_eq!(SegmentKind::parse(kind.label()), Some(kind));
    }
    assert_eq!(SegmentKind::parse("Sideways"), None);
}
