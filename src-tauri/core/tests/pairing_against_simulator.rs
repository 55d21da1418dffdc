//! Pairing sessions over loopback against the simulator, with QR codes that
//! live fractions of a second so that a whole attempt fits in a test.

use std::time::Duration;
use tokio::sync::watch;
use waping_core::pairing::{self, AddDeviceError, Pairing, PairingConfig, PairingState};
use waping_core::simulator::{
    self, Fault, FaultRule, QrTiming, Scenario, SimConfig, SimControl, SimHandle,
};
use waping_core::{ApiKey, ClientConfig, DeviceId, GatewayClient, PlanTier, SessionState};

async fn sim(devices: u32) -> SimHandle {
    let config = SimConfig {
        plan: PlanTier::Growth,
        devices,
        scenario: Scenario::Steady,
        qr_timing: QrTiming {
            first: chrono::Duration::milliseconds(1200),
            next: chrono::Duration::milliseconds(500),
            codes: 6,
        },
        ..SimConfig::default()
    };
    simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

fn client(sim: &SimHandle) -> GatewayClient {
    GatewayClient::new(ClientConfig::new(
        sim.base_url(),
        ApiKey::new(sim.api_key()),
    ))
    .unwrap()
}

fn fast() -> PairingConfig {
    PairingConfig {
        check_every: Duration::from_millis(50),
        ..PairingConfig::default()
    }
}

async fn until(
    rx: &mut watch::Receiver<PairingState>,
    what: &str,
    f: impl Fn(&PairingState) -> bool,
) -> PairingState {
    let found = tokio::time::timeout(Duration::from_secs(10), rx.wait_for(|s| f(s)))
        .await
        .map(|r| r.map(|s| s.clone()));
    match found {
        Ok(Ok(state)) => state,
        _ => panic!("no {what}; last state: {:?}", *rx.borrow()),
    }
}

async fn new_device(sim: &SimHandle) -> DeviceId {
    let c = client(sim);
    let ws = c.workspace().await.unwrap();
    let n = c.list_devices().await.unwrap().devices.len();
    pairing::add_device(&c, "Till 3", &ws.plan, n)
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn scanning_the_code_links_the_phone() {
    let sim = sim(1).await;
    let id = new_device(&sim).await;
    let pairing = Pairing::start(client(&sim), id.clone(), fast());
    let mut rx = pairing.subscribe();
    let code = until(&mut rx, "first code", |s| {
        matches!(s, PairingState::Code { .. })
    })
    .await;
    let PairingState::Code {
        svg,
        number,
        of,
        expires_at,
        ..
    } = code
    else {
        unreachable!()
    };
    assert!(svg.contains("<svg"));
    assert_eq!((number, of), (1, 6));
    assert!(expires_at > chrono::Utc::now());
    SimControl::new(&sim.base_url(), sim.api_key())
        .scan(id.as_str(), None)
        .await
        .unwrap();
    let linked = until(&mut rx, "the link", PairingState::is_final).await;
    let PairingState::Linked { device } = linked else {
        panic!("{linked:?}")
    };
    assert_eq!(device.state, SessionState::Connected);
    assert!(device.phone.is_some_and(|p| p.starts_with('+')));
}

#[tokio::test]
async fn codes_rotate_then_the_attempt_expires() {
    let sim = sim(1).await;
    let id = new_device(&sim).await;
    let pairing = Pairing::start(client(&sim), id, fast());
    let mut rx = pairing.subscribe();
    let first = until(&mut rx, "first code", |s| {
        matches!(s, PairingState::Code { number: 1, .. })
    })
    .await;
    let second = until(&mut rx, "second code", |s| {
        matches!(s, PairingState::Code { number: 2, .. })
    })
    .await;
    let (
        PairingState::Code {
            svg: a,
            expires_at: ea,
            ..
        },
        PairingState::Code {
            svg: b,
            expires_at: eb,
            ..
        },
    ) = (first, second)
    else {
        unreachable!()
    };
    assert_ne!(a, b, "a new code, not the same one again");
    assert!(eb > ea);
    until(&mut rx, "sixth code", |s| {
        matches!(s, PairingState::Code { number: 6, .. })
    })
    .await;
    assert_eq!(
        until(&mut rx, "the end", PairingState::is_final).await,
        PairingState::Expired
    );
}

#[tokio::test]
async fn an_expired_code_cannot_be_scanned() {
    let sim = sim(1).await;
    let id = new_device(&sim).await;
    let c = client(&sim);
    let old = c.qr(&id).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1300)).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let refused = control
        .scan(id.as_str(), Some(&old.payload))
        .await
        .unwrap_err();
    assert!(refused.starts_with("410"), "{refused}");
    assert_eq!(c.device(&id).await.unwrap().state, SessionState::Unlinked);
}

#[tokio::test]
async fn an_already_connected_device_needs_no_code() {
    let sim = sim(2).await;
    let pairing = Pairing::start(client(&sim), DeviceId::new("dev_001"), fast());
    let end = until(&mut pairing.subscribe(), "the end", PairingState::is_final).await;
    assert!(matches!(end, PairingState::Linked { .. }), "{end:?}");

    SimControl::new(&sim.base_url(), sim.api_key())
        .set_status("dev_002", "reconnecting", None)
        .await
        .unwrap();
    let pairing = Pairing::start(client(&sim), DeviceId::new("dev_002"), fast());
    let end = until(&mut pairing.subscribe(), "the end", PairingState::is_final).await;
    assert!(
        matches!(&end, PairingState::Failed { code, .. } if *code == waping_core::ErrorCode::AlreadyConnected),
        "{end:?}"
    );
}

#[tokio::test]
async fn a_gone_device_fails_clearly() {
    let sim = sim(1).await;
    let pairing = Pairing::start(client(&sim), DeviceId::new("dev_404"), fast());
    let end = until(&mut pairing.subscribe(), "the end", PairingState::is_final).await;
    assert!(
        matches!(&end, PairingState::Failed { code, .. } if *code == waping_core::ErrorCode::NotFound),
        "{end:?}"
    );
}

/// How an attempt for a new device ends when WAPing answers its QR path with
/// `status` and `code`; returns the device too.
async fn end_when_qr_answers(status: u16, code: &str) -> (DeviceId, PairingState) {
    let sim = sim(1).await;
    let id = new_device(&sim).await;
    SimControl::new(&sim.base_url(), sim.api_key())
        .add_fault(
            &FaultRule::always(Fault::Error {
                status,
                code: code.into(),
            })
            .on_path(format!("/v1/devices/{id}/qr")),
        )
        .await
        .unwrap();
    let pairing = Pairing::start(client(&sim), id.clone(), fast());
    let end = until(&mut pairing.subscribe(), "the end", PairingState::is_final).await;
    (id, end)
}

#[tokio::test]
async fn without_a_qr_endpoint_pairing_points_to_the_dashboard() {
    // This WAPing answers 404 on the QR path of a device that exists.
    let (id, end) = end_when_qr_answers(404, "NOT_FOUND").await;
    assert_eq!(
        end,
        PairingState::Dashboard {
            url: format!("https://app.waping.app/devices/{id}")
        }
    );
}

#[tokio::test]
async fn a_session_disconnected_answer_ends_the_attempt_with_its_reason() {
    let (_, end) = end_when_qr_answers(409, "SESSION_DISCONNECTED").await;
    assert!(
        matches!(&end, PairingState::Failed { code, .. } if *code == waping_core::ErrorCode::SessionDisconnected),
        "{end:?}"
    );
}

#[tokio::test]
async fn a_full_plan_is_refused_before_any_request() {
    let sim = sim(5).await;
    let c = client(&sim);
    let ws = c.workspace().await.unwrap();
    let before = sim.request_count();
    let err = pairing::add_device(&c, "Sixth", &ws.plan, 5)
        .await
        .unwrap_err();
    assert_eq!(
        err,
        AddDeviceError::PlanLimit {
            plan: "Growth".into(),
            limit: 5
        }
    );
    assert_eq!(
        err.to_string(),
        "Growth allows 5 linked devices; remove one or upgrade"
    );
    assert_eq!(sim.request_count(), before, "no request that would fail");
}

#[tokio::test]
async fn closing_the_view_stops_all_requests() {
    let sim = sim(1).await;
    let id = new_device(&sim).await;
    let pairing = Pairing::start(client(&sim), id, fast());
    until(&mut pairing.subscribe(), "first code", |s| {
        matches!(s, PairingState::Code { .. })
    })
    .await;
    drop(pairing);
    tokio::time::sleep(Duration::from_millis(50)).await;
    let after_cancel = sim.request_count();
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(sim.request_count(), after_cancel, "no request after cancel");
}

#[tokio::test]
async fn the_next_code_comes_when_the_clock_passes_the_last_ones_end() {
    use waping_core::domain::ManualClock;
    let clock = ManualClock::new(chrono::Utc::now());
    let sim = simulator::start(
        SimConfig {
            devices: 1,
            qr_timing: QrTiming {
                first: chrono::Duration::minutes(2),
                next: chrono::Duration::minutes(1),
                codes: 3,
            },
            clock: Some(clock.clone()),
            ..SimConfig::default()
        },
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let id = new_device(&sim).await;
    let config = PairingConfig {
        // Nothing but the clock's move can bring the next code soon.
        check_every: Duration::from_secs(3600),
        clock: clock.clone(),
        ..PairingConfig::default()
    };
    let pairing = Pairing::start(client(&sim), id, config);
    let mut rx = pairing.subscribe();
    let first = until(&mut rx, "first code", |s| {
        matches!(s, PairingState::Code { number: 1, .. })
    })
    .await;
    let PairingState::Code { expires_at, .. } = first else {
        unreachable!()
    };
    clock.set(expires_at + chrono::Duration::seconds(1));
    let moved = std::time::Instant::now();
    until(&mut rx, "second code", |s| {
        matches!(s, PairingState::Code { number: 2, .. })
    })
    .await;
    assert!(
        moved.elapsed() < Duration::from_secs(3),
        "the second code came {:?} after the clock passed the first's end",
        moved.elapsed()
    );
}
