//! Every wire profile of the simulator against the real HTTP client over
//! loopback: one workspace, spelled, nested, timed, wrapped and paged in each
//! of the ways the reader accepts, must read as the canonical answer does.
//!
//! The simulator's clock is stopped (`SimConfig::clock`), so that answers of
//! different simulators can be compared moment for moment; a profile that
//! writes coarser moments (epoch seconds, milliseconds) is compared at its
//! resolution.

use chrono::{DateTime, DurationRound, Utc};
use std::net::SocketAddr;
use std::time::Duration;
use waping_core::gateway::error_from_response;
use waping_core::simulator::{
    self, Fault, FaultRule, Paging, Scenario, SimConfig, SimControl, SimHandle, SimWebhook,
    WireProfile,
};
use waping_core::status::{exit_code, GATEWAY_FAILED};
use waping_core::webhook::{self, WebhookConfig};
use waping_core::ErrorCode;
use waping_core::{
    ApiKey, ClientConfig, Device, DeviceId, DeviceList, GatewayClient, GatewayError, PlanTier,
    SessionState,
};

const PAGE: u32 = 20;

fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

/// The profiles that page the list: one at least for each way of paging, so
/// that a test looping over them cannot pass by looping over none.
fn paged() -> Vec<WireProfile> {
    let profiles: Vec<WireProfile> = WireProfile::all()
        .into_iter()
        .filter(|p| p.paging() != Paging::Whole)
        .collect();
    for paging in [
        Paging::NextUrl,
        Paging::Cursor,
        Paging::LinkHeader,
        Paging::PageNumbers,
    ] {
        assert!(
            profiles.iter().any(|p| p.paging() == paging),
            "no profile pages by {paging:?}"
        );
    }
    profiles
}

async fn sim_with(config: SimConfig) -> SimHandle {
    simulator::start(config, loopback())
        .await
        .expect("simulator starts")
}

/// The demo's mix of states (connected, degraded, disconnected, unlinked)
/// on a stopped clock.
fn config(profile: &WireProfile, plan: PlanTier, devices: u32, clock: DateTime<Utc>) -> SimConfig {
    SimConfig {
        plan,
        devices,
        scenario: Scenario::Demo,
        wire: profile.clone(),
        clock: Some(waping_core::domain::ManualClock::new(clock)),
        ..SimConfig::default()
    }
}

async fn sim(
    profile: &WireProfile,
    plan: PlanTier,
    devices: u32,
    clock: DateTime<Utc>,
) -> SimHandle {
    sim_with(config(profile, plan, devices, clock)).await
}

fn client_for(sim: &SimHandle, key: &str) -> GatewayClient {
    let mut config = ClientConfig::new(sim.base_url(), ApiKey::new(key));
    config.timeout = Duration::from_secs(5);
    GatewayClient::new(config).unwrap()
}

fn client(sim: &SimHandle) -> GatewayClient {
    client_for(sim, sim.api_key())
}

fn control(sim: &SimHandle) -> SimControl {
    SimControl::new(&sim.base_url(), sim.api_key())
}

/// A moment as `profile` carries it: cut to its time form's resolution.
fn cut(t: DateTime<Utc>, profile: &WireProfile) -> DateTime<Utc> {
    t.duration_trunc(profile.time_form().resolution()).unwrap()
}

/// A device as `profile` can carry it.
fn as_sent(device: &Device, profile: &WireProfile) -> Device {
    Device {
        state_since: device.state_since.map(|t| cut(t, profile)),
        last_seen: device.last_seen.map(|t| cut(t, profile)),
        ..device.clone()
    }
}

/// What a simulator answered in the profile `name`, or a panic naming it.
fn answered<T, E: std::fmt::Debug>(result: Result<T, E>, name: &str) -> T {
    result.unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

/// `path` asked of `sim` with its key, by a client that reads nothing itself.
async fn get(http: &reqwest::Client, sim: &SimHandle, path: &str) -> reqwest::Response {
    http.get(format!("{}{path}", sim.base_url()))
        .bearer_auth(sim.api_key())
        .send()
        .await
        .unwrap()
}

/// The HTTP status of `response` and the error the client reads in it.
async fn error_in(response: reqwest::Response) -> (reqwest::StatusCode, GatewayError) {
    let status = response.status();
    let body = response.bytes().await.unwrap();
    (status, error_from_response(status, &body, None))
}

/// One device with a status WAPing Desk does not know, so that the raw
/// status and its reason are compared too.
async fn add_an_unknown_status(sim: &SimHandle) {
    control(sim)
        .set_status("dev_005", "SYNCING", Some("history_sync"))
        .await
        .expect("the control API works in every profile");
}

async fn list(sim: &SimHandle, name: &str) -> DeviceList {
    answered(client(sim).list_devices().await, name)
}

/// What the canonical profile reads from a workspace of `devices`.
async fn canonical_list(plan: PlanTier, devices: u32, clock: DateTime<Utc>) -> DeviceList {
    let sim = sim(&WireProfile::canonical(), plan, devices, clock).await;
    if devices >= 5 {
        add_an_unknown_status(&sim).await;
    }
    list(&sim, "canonical").await
}

/// `profile`'s simulator of `devices` on `plan`, with the same unknown status
/// as the canonical `reference`, must read whole and as `reference` does.
async fn read_as_the_reference(
    reference: &DeviceList,
    profile: &WireProfile,
    plan: PlanTier,
    devices: u32,
    clock: DateTime<Utc>,
) -> (SimHandle, DeviceList) {
    let name = profile.name();
    let sim = sim(profile, plan, devices, clock).await;
    add_an_unknown_status(&sim).await;
    let list = list(&sim, name).await;
    assert_eq!(list.partial, None, "{name}");
    assert!(list.unread.is_empty(), "{name}: {:?}", list.unread);
    let expected: Vec<Device> = reference
        .devices
        .iter()
        .map(|d| as_sent(d, profile))
        .collect();
    assert_eq!(list.devices, expected, "{name}");
    (sim, list)
}

#[tokio::test]
async fn every_profile_reads_the_same_devices() {
    let clock = Utc::now();
    let reference = canonical_list(PlanTier::Growth, 5, clock).await;
    let states: Vec<SessionState> = reference.devices.iter().map(|d| d.state).collect();
    for state in SessionState::ALL {
        assert!(states.contains(&state), "{state} missing: {states:?}");
    }
    assert!(reference.devices.iter().any(|d| d.phone.is_none()));
    assert!(reference.devices.iter().any(|d| d.last_seen.is_none()));
    assert!(reference.devices.iter().any(|d| d.reason.is_some()));
    for profile in WireProfile::all() {
        let name = profile.name();
        let (_sim, list) =
            read_as_the_reference(&reference, &profile, PlanTier::Growth, 5, clock).await;
        assert_eq!(exit_code(&list), exit_code(&reference), "{name}");
    }
}

/// 50 devices in pages of `size`: every device once, in order, in as many
/// requests as there are pages.
async fn enterprise_read_whole(size: u32) {
    let clock = Utc::now();
    let reference = canonical_list(PlanTier::Enterprise, 50, clock).await;
    assert_eq!(reference.devices.len(), 50);
    for profile in WireProfile::all() {
        let profile = profile.with_page_size(size);
        let name = profile.name();
        let (sim, _list) =
            read_as_the_reference(&reference, &profile, PlanTier::Enterprise, 50, clock).await;
        let pages = match profile.paging() {
            Paging::Whole => 1,
            _ => 50u64.div_ceil(u64::from(size)),
        };
        assert_eq!(sim.request_count(), pages, "{name}: one request a page");
    }
}

#[tokio::test]
async fn an_enterprise_workspace_is_read_whole_in_pages_of_20() {
    enterprise_read_whole(PAGE).await;
}

#[tokio::test]
async fn an_enterprise_workspace_is_read_whole_in_pages_of_7() {
    enterprise_read_whole(7).await;
}

#[tokio::test]
async fn workspace_device_created_device_and_qr_agree_with_canonical() {
    let clock = Utc::now();
    let unlinked = DeviceId::new("dev_004");
    let degraded = DeviceId::new("dev_002");
    let reference = {
        let sim = sim(&WireProfile::canonical(), PlanTier::Growth, 4, clock).await;
        let client = client(&sim);
        (
            client.workspace().await.unwrap(),
            client.device(&degraded).await.unwrap(),
            client.device(&unlinked).await.unwrap(),
            client.qr(&unlinked).await.unwrap(),
            client.create_device("Till 2").await.unwrap(),
        )
    };
    let (ws, one, other, qr, created) = &reference;
    assert_eq!(ws.plan.tier, Some(PlanTier::Growth));
    assert_eq!(one.state, SessionState::Degraded);
    assert_eq!(other.state, SessionState::Unlinked);
    assert_eq!(created.state, SessionState::Unlinked);
    let lifetime = qr.expires_at - clock;
    assert_eq!(lifetime, chrono::Duration::seconds(60));
    for profile in WireProfile::all() {
        let name = profile.name();
        let sim = sim(&profile, PlanTier::Growth, 4, clock).await;
        let client = client(&sim);
        let got_ws = answered(client.workspace().await, name);
        assert_eq!(&got_ws, ws, "{name}");
        for (id, expected) in [(&degraded, one), (&unlinked, other)] {
            let got = answered(client.device(id).await, name);
            assert_eq!(got, as_sent(expected, &profile), "{name}");
        }
        let before = Utc::now();
        let got_qr = answered(client.qr(&unlinked).await, name);
        let after = Utc::now();
        assert_eq!(got_qr.payload, qr.payload, "{name}");
        if profile.qr_expiry_is_a_lifetime() {
            // Counted from when the client read it.
            assert!(
                before + lifetime <= got_qr.expires_at && got_qr.expires_at <= after + lifetime,
                "{name}: {} not {lifetime} after {before}..{after}",
                got_qr.expires_at
            );
        } else {
            assert_eq!(got_qr.expires_at, cut(qr.expires_at, &profile), "{name}");
        }
        let got = answered(client.create_device("Till 2").await, name);
        assert_eq!(got, as_sent(created, &profile), "{name}");
    }
}

#[tokio::test]
async fn errors_are_typed_the_same_in_every_profile() {
    let clock = Utc::now();
    for profile in WireProfile::all() {
        let name = profile.name();
        let sim = sim(&profile, PlanTier::Growth, 5, clock).await;
        let client = client(&sim);
        let control = control(&sim);

        let err = client_for(&sim, "wk_wrong")
            .list_devices()
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::Unauthorized, "{name}: {err:?}");

        control
            .add_fault(&FaultRule::times(
                Fault::RateLimit {
                    retry_after_secs: 42,
                    http_date: false,
                },
                1,
            ))
            .await
            .unwrap();
        let err = client.list_devices().await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::RateLimited, "{name}: {err:?}");
        assert_eq!(err.retry_after(), Some(Duration::from_secs(42)), "{name}");

        control
            .add_fault(&FaultRule::times(Fault::ServerError { status: 503 }, 1))
            .await
            .unwrap();
        let err = client.workspace().await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::ServerError, "{name}: {err:?}");
        assert!(err.is_transient(), "{name}");

        let err = client.device(&DeviceId::new("dev_999")).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::NotFound, "{name}: {err:?}");

        let err = client.qr(&DeviceId::new("dev_001")).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::Conflict, "{name}: {err:?}");

        let err = client.create_device("   ").await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::ValidationError, "{name}: {err:?}");
        assert!(err.to_string().contains("1 to 64"), "{name}: {err}");

        let err = client.create_device("Sixth").await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::Forbidden, "{name}: {err:?}");
        assert!(
            err.to_string().contains("Growth plan allows 5"),
            "{name}: {err}"
        );

        control.set_plan(PlanTier::Free).await.unwrap();
        let err = client.list_devices().await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::NoApiAccess, "{name}: {err:?}");
    }
}

#[tokio::test]
async fn an_invalid_page_or_cursor_is_a_validation_error() {
    let http = reqwest::Client::new();
    for profile in paged() {
        let name = profile.name();
        let sim = sim(&profile, PlanTier::Growth, 5, Utc::now()).await;
        let queries: &[&str] = match profile.paging() {
            Paging::Cursor => &["cursor=", "cursor=not-a-cursor", "cursor=6465765f303031"],
            _ => &["page=0", "page=-2", "page=two"],
        };
        for query in queries {
            let response = get(&http, &sim, &format!("/v1/devices?{query}")).await;
            let (status, err) = error_in(response).await;
            assert_eq!(status.as_u16(), 400, "{name} ?{query}");
            assert_eq!(
                err.code(),
                ErrorCode::ValidationError,
                "{name} ?{query}: {err:?}"
            );
        }
    }
}

/// Enterprise, 50 devices in pages of 20, with `fault` on page `page` only.
async fn list_with_a_broken_page(profile: &WireProfile, fault: Fault, page: u32) -> DeviceList {
    let sim = sim(profile, PlanTier::Enterprise, 50, Utc::now()).await;
    control(&sim)
        .add_fault(&FaultRule::always(fault).on_page(page))
        .await
        .unwrap();
    list(&sim, profile.name()).await
}

fn assert_partial(list: &DeviceList, name: &str, read: u32, page: u32, why: &str) {
    let partial = list
        .partial
        .as_ref()
        .unwrap_or_else(|| panic!("{name}: not partial"));
    assert_eq!(partial.read, read, "{name}: {partial:?}");
    assert_eq!(list.devices.len() as u32, read, "{name}");
    assert!(
        partial.reason.contains(&format!("page {page}")),
        "{name}: {}",
        partial.reason
    );
    assert!(partial.reason.contains(why), "{name}: {}", partial.reason);
    assert_eq!(exit_code(list), GATEWAY_FAILED, "{name}");
    assert_eq!(exit_code(list), 3, "{name}");
}

#[tokio::test]
async fn page_two_failing_with_500_makes_the_list_partial() {
    for profile in paged() {
        let list = list_with_a_broken_page(&profile, Fault::ServerError { status: 500 }, 2).await;
        assert_partial(&list, profile.name(), PAGE, 2, "could not be read");
        let first: Vec<String> = list.devices.iter().map(|d| d.id.to_string()).collect();
        let expected: Vec<String> = (1..=PAGE).map(|i| format!("dev_{i:03}")).collect();
        assert_eq!(first, expected, "{}: page 1 is kept", profile.name());
    }
}

#[tokio::test]
async fn page_three_failing_keeps_the_first_two_pages() {
    for profile in paged() {
        let list = list_with_a_broken_page(&profile, Fault::ServerError { status: 500 }, 3).await;
        assert_partial(&list, profile.name(), 2 * PAGE, 3, "could not be read");
    }
}

#[tokio::test]
async fn page_two_malformed_makes_the_list_partial() {
    for profile in paged() {
        let list = list_with_a_broken_page(&profile, Fault::Malformed, 2).await;
        assert_partial(&list, profile.name(), PAGE, 2, "not JSON");
    }
}

#[tokio::test]
async fn a_list_whose_next_page_loops_back_is_partial() {
    for profile in paged() {
        // Page 2 is answered as page 1, with page 1's cursor or link.
        let list = list_with_a_broken_page(&profile, Fault::RepeatFirstPage, 2).await;
        assert_partial(&list, profile.name(), PAGE, 2, "loops");
    }
}

#[tokio::test]
async fn a_page_fault_spares_the_other_pages_and_other_requests() {
    for profile in paged() {
        let name = profile.name();
        let sim = sim(&profile, PlanTier::Enterprise, 50, Utc::now()).await;
        control(&sim)
            .add_fault(&FaultRule::times(Fault::ServerError { status: 500 }, 1).on_page(2))
            .await
            .unwrap();
        let client = client(&sim);
        // Other requests are not page 2 of the list.
        answered(client.workspace().await, name);
        answered(client.device(&DeviceId::new("dev_021")).await, name);
        let broken = list(&sim, name).await;
        assert_partial(&broken, name, PAGE, 2, "could not be read");
        // The fault was for one request: the next read is whole.
        let whole = list(&sim, name).await;
        assert_eq!(whole.partial, None, "{name}");
        assert_eq!(whole.devices.len(), 50, "{name}");
    }
}

#[tokio::test]
async fn the_control_api_is_the_same_in_every_profile() {
    let http = reqwest::Client::new();
    for profile in WireProfile::all() {
        let name = profile.name();
        let sim = sim(&profile, PlanTier::Growth, 2, Utc::now()).await;
        let control = control(&sim);
        control
            .set_status("dev_001", "degraded", Some("reconnecting"))
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        control.scan("dev_001", None).await.unwrap_err();
        let missing = control
            .set_status("dev_999", "connected", None)
            .await
            .unwrap_err();
        assert!(
            missing.contains(r#"{"error":{"code":"NOT_FOUND","message":"device not found"}}"#),
            "{name}: {missing}"
        );
        let response = get(&http, &sim, "/_sim/nothing").await;
        let body: serde_json::Value = response.json().await.unwrap();
        // The control API's own errors keep the canonical form.
        assert_eq!(
            body,
            serde_json::json!({"error": {"code": "NOT_FOUND", "message": "no such endpoint"}}),
            "{name}"
        );
        // WAPing's own unknown paths answer in the profile's form.
        let (_, err) = error_in(get(&http, &sim, "/v1/nothing").await).await;
        assert_eq!(err.code(), ErrorCode::NotFound, "{name}: {err:?}");
        let list = list(&sim, name).await;
        assert_eq!(list.devices[0].state, SessionState::Degraded, "{name}");
        assert_eq!(
            list.devices[0].reason.as_deref(),
            Some("reconnecting"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn pushed_events_read_the_same_in_every_profile() {
    const SECRET: &str = "whsec_profiles";
    let clock = Utc::now();
    for profile in WireProfile::all() {
        let name = profile.name();
        // A receiver each: every simulator numbers its events from 1.
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let receiver = webhook::start(
            WebhookConfig {
                addr: loopback(),
                secret: SECRET.into(),
                signature_header: "X-WAPing-Signature".into(),
                clock: waping_core::domain::system_clock(),
            },
            tx,
        )
        .await
        .unwrap();
        let sim = sim_with(SimConfig {
            webhook: Some(SimWebhook {
                url: receiver.url(),
                secret: SECRET.into(),
                header: "X-WAPing-Signature".into(),
            }),
            ..config(&profile, PlanTier::Growth, 2, clock)
        })
        .await;
        control(&sim)
            .set_status("dev_001", "disconnected", Some("logged_out"))
            .await
            .unwrap();
        let observation = tokio::time::timeout(Duration::from_secs(10), rx.recv())
            .await
            .unwrap_or_else(|_| panic!("{name}: no event reached the receiver"))
            .unwrap();
        assert_eq!(observation.device_id.as_str(), "dev_001", "{name}");
        assert_eq!(observation.state, SessionState::Disconnected, "{name}");
        assert_eq!(observation.reason.as_deref(), Some("logged_out"), "{name}");
        // Events carry milliseconds at most.
        let sent = clock
            .duration_trunc(chrono::Duration::milliseconds(1))
            .unwrap();
        assert_eq!(observation.since, Some(cut(sent, &profile)), "{name}");
    }
}
