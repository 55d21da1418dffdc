//! The diagnosis (`doctor`) and `status` against the real simulator over
//! loopback: what they recognise, what they never reveal, and that nothing a
//! server sends can reach a terminal as a control sequence.

use chrono::Offset;
use std::net::SocketAddr;
use std::time::Duration;
use waping_core::doctor::{self, names, Diagnosis, EndpointReport, ReportText};
use waping_core::i18n::Locale;
use waping_core::simulator::{self, Fault, FaultRule, Scenario, SimConfig, SimControl, SimHandle};
use waping_core::text::terminal_json;
use waping_core::{status, ApiKey, ClientConfig, Device, GatewayClient, PlanTier};

const KEY: &str = "wk_live_SECRET0123456789abcdef";

fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

async fn sim(devices: u32) -> SimHandle {
    let config = SimConfig {
        plan: PlanTier::Growth,
        devices,
        scenario: Scenario::Steady,
        api_key: KEY.to_owned(),
        ..SimConfig::default()
    };
    simulator::start(config, loopback())
        .await
        .expect("simulator starts")
}

fn client_for(base_url: &str, key: &str) -> GatewayClient {
    let mut config = ClientConfig::new(base_url, ApiKey::new(key));
    config.timeout = Duration::from_secs(5);
    GatewayClient::new(config).unwrap()
}

fn client(sim: &SimHandle) -> GatewayClient {
    client_for(&sim.base_url(), sim.api_key())
}

fn control(sim: &SimHandle) -> SimControl {
    SimControl::new(&sim.base_url(), sim.api_key())
}

/// The devices of `status --json`'s report, in the domain's type.
#[derive(serde::Deserialize)]
struct StatusDevices {
    devices: Vec<Device>,
}

/// Three phones, the third Unlinked (so that its QR code is asked for too),
/// and a client with the simulator's key.
async fn three_phones_one_unlinked() -> (SimHandle, GatewayClient) {
    let sim = sim(3).await;
    control(&sim)
        .set_status("dev_003", "unlinked", None)
        .await
        .unwrap();
    let client = client(&sim);
    (sim, client)
}

fn endpoint<'a>(diagnosis: &'a Diagnosis, name: &str) -> &'a EndpointReport {
    diagnosis
        .endpoints
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no {name} in {diagnosis:#?}"))
}

fn paths<'a>(report: &'a EndpointReport, field: &str) -> Vec<&'a str> {
    report
        .fields
        .iter()
        .find(|f| f.field == field)
        .map(|f| f.paths.iter().map(String::as_str).collect())
        .unwrap_or_default()
}

/// Text that reaches a terminal safely: no escape or bidirectional control,
/// and (text, not JSON, which is one value per line) no line longer than a
/// few hundred characters.
fn assert_terminal_safe(what: &str, text: &str) {
    assert_no_controls(what, text);
    let longest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest <= 400,
        "{what} has a line of {longest} characters: {text}"
    );
}

fn assert_no_controls(what: &str, text: &str) {
    assert!(!text.contains('\u{1b}'), "{what} carries ESC: {text:?}");
    assert!(
        !text.contains('\u{202e}'),
        "{what} carries U+202E: {text:?}"
    );
    assert!(
        !text
            .chars()
            .any(|c| (c.is_control() && c != '\n') || waping_core::text::is_bidi_control(c)),
        "{what} carries a control character"
    );
}

#[tokio::test]
async fn a_canonical_simulator_is_recognised_at_every_endpoint() {
    let (sim, client) = three_phones_one_unlinked().await;
    let diagnosis = doctor::diagnose(&client, chrono::Utc::now(), Locale::En).await;

    let order: Vec<&str> = diagnosis
        .endpoints
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        order,
        [
            names::DEVICE_LIST,
            names::WORKSPACE,
            names::ONE_DEVICE,
            names::QR_CODE
        ]
    );
    for e in &diagnosis.endpoints {
        assert!(e.recognised, "{e:#?}");
        assert_eq!((&e.problem, &e.skipped), (&None, &None), "{e:#?}");
        assert_eq!(e.requests.len(), 1, "{e:#?}");
        assert_eq!(e.requests[0].status, Some(200), "{e:#?}");
        assert_eq!(e.requests[0].method, "GET");
    }

    let list = endpoint(&diagnosis, names::DEVICE_LIST);
    assert_eq!(list.entries, 3);
    assert_eq!(list.shape.as_deref(), Some("data"));
    for field in [
        "id",
        "name",
        "phone",
        "status",
        "statusChangedAt",
        "lastSeenAt",
    ] {
        assert_eq!(paths(list, field), [field], "{list:#?}");
    }
    assert!(list.missing.is_empty(), "{list:#?}");
    assert!(list.unknown_statuses.is_empty());
    assert!(
        list.unknown_fields.contains(&"platform".to_owned())
            && list.unknown_fields.contains(&"engine".to_owned()),
        "the simulator's extra fields are reported by name: {list:#?}"
    );
    assert_eq!(list.time_forms, ["RFC 3339"]);
    assert!(list.pagination.is_empty());
    assert_eq!(
        list.requests[0].url,
        format!("{}/v1/devices", sim.base_url())
    );

    let workspace = endpoint(&diagnosis, names::WORKSPACE);
    assert_eq!(paths(workspace, "plan"), ["plan"]);
    assert_eq!(paths(workspace, "deviceLimit"), ["deviceLimit"]);
    assert_eq!(
        paths(workspace, "messagesSentThisMonth"),
        ["messagesSentThisMonth"]
    );

    let one = endpoint(&diagnosis, names::ONE_DEVICE);
    assert_eq!(paths(one, "id"), ["id"]);
    assert_eq!(paths(one, "status"), ["status"]);
    assert_eq!(
        one.requests[0].url,
        format!("{}/v1/devices/{{id}}", sim.base_url()),
        "the device's id is not part of the report"
    );

    let qr = endpoint(&diagnosis, names::QR_CODE);
    assert_eq!(paths(qr, "qr"), ["qr"]);
    assert_eq!(paths(qr, "expiresAt"), ["expiresAt"]);
    assert_eq!(
        qr.requests[0].url,
        format!("{}/v1/devices/{{id}}/qr", sim.base_url())
    );

    // The same exit code `status` gives for the same workspace.
    let from_status = status::run(&client, false, chrono::Utc::now(), Locale::En).await;
    assert_eq!(diagnosis.exit_code, from_status.code);
    assert_eq!(diagnosis.exit_code, status::SOME_NOT_CONNECTED);

    let text = diagnosis.to_text(Locale::En, chrono::Utc.fix());
    for line in [
        "id <- id",
        "status <- status",
        "name <- name",
        "lastSeenAt <- lastSeenAt",
        "plan <- plan",
        "qr <- qr",
        "Exit code: 1 (some not connected)",
        "Pagination: none (one page)",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    assert!(text.contains(&diagnosis.verdict[..20]), "{text}");
    assert_terminal_safe("the report", &text);
}

#[tokio::test]
async fn with_every_phone_connected_the_qr_endpoint_is_left_alone() {
    let sim = sim(2).await;
    let client = client(&sim);
    let diagnosis = doctor::diagnose(&client, chrono::Utc::now(), Locale::En).await;
    assert_eq!(diagnosis.exit_code, status::ALL_CONNECTED);
    let qr = endpoint(&diagnosis, names::QR_CODE);
    assert!(qr.requests.is_empty(), "{qr:#?}");
    assert!(qr.skipped.as_deref().unwrap().contains("Unlinked"));
    assert!(diagnosis
        .to_text(Locale::En, chrono::Utc.fix())
        .contains("Skipped: no device is Unlinked"));
}

#[tokio::test]
async fn a_report_never_carries_the_key_a_name_or_a_phone_number() {
    let (sim, client) = three_phones_one_unlinked().await;
    control(&sim)
        .set_name("dev_002", "Zelda's private phone")
        .await
        .unwrap();
    let devices = client.list_devices().await.unwrap().devices;
    let mut secrets: Vec<String> = vec![KEY.to_owned(), "SECRET0123".to_owned()];
    for device in &devices {
        secrets.push(device.name.clone());
        if let Some(phone) = &device.phone {
            secrets.push(phone.clone());
            secrets.push(phone.trim_start_matches('+').to_owned());
        }
    }
    assert!(secrets.iter().any(|s| s == "Zelda's private phone"));
    assert!(
        secrets.iter().filter(|s| s.starts_with('+')).count() >= 2,
        "{secrets:?}"
    );

    let diagnosis = doctor::diagnose(&client, chrono::Utc::now(), Locale::En).await;
    let json = terminal_json(&diagnosis, true);
    let text = diagnosis.to_text(Locale::En, chrono::Utc.fix());
    let debug = format!("{diagnosis:?}");
    for secret in &secrets {
        assert!(!json.contains(secret.as_str()), "{secret:?} in {json}");
        assert!(!text.contains(secret.as_str()), "{secret:?} in {text}");
        assert!(!debug.contains(secret.as_str()), "{secret:?} in {debug}");
    }
    // Nor a device's id, nor the QR payload.
    for device in &devices {
        assert!(!text.contains(device.id.as_str()), "{text}");
    }
    let qr = client.qr(&devices[2].id).await.unwrap();
    assert!(!json.contains(&qr.payload) && !text.contains(&qr.payload));

    // A rejected key is no exception.
    let wrong = client_for(&sim.base_url(), "wk_live_WRONG_9876543210");
    let rejected = doctor::diagnose(&wrong, chrono::Utc::now(), Locale::En).await;
    assert_eq!(rejected.exit_code, status::GATEWAY_FAILED);
    let text = rejected.to_text(Locale::En, chrono::Utc.fix());
    assert!(!text.contains("WRONG_9876543210"), "{text}");
    assert!(text.contains("WAPing rejected the API key"), "{text}");
    assert!(text.contains("HTTP 401"), "{text}");
}

#[tokio::test]
async fn a_hostile_name_or_status_never_reaches_the_terminal_as_controls() {
    let (sim, client) = three_phones_one_unlinked().await;
    let control = control(&sim);
    let hostile = format!(
        "\u{1b}[31mred\u{202e}reversed\u{7}{}\u{1b}]0;title\u{7}",
        "A".repeat(70_000)
    );
    control.set_name("dev_001", &hostile).await.unwrap();
    control
        .set_status("dev_002", "sync\u{1b}[2J\u{202e}ing", Some("\u{1b}[1mbold"))
        .await
        .unwrap();

    for json in [false, true] {
        let out = status::run(&client, json, chrono::Utc::now(), Locale::En).await;
        assert_eq!(out.code, status::SOME_NOT_CONNECTED);
        if json {
            assert_no_controls("status's JSON", &out.stdout);
        } else {
            assert_terminal_safe("status's stdout", &out.stdout);
        }
        assert_terminal_safe("status's stderr", &out.stderr);
        if json {
            let back: StatusDevices = serde_json::from_str(&out.stdout).unwrap();
            assert!(
                back.devices[0].name.starts_with("\u{1b}[31mred\u{202e}"),
                "JSON keeps the value"
            );
        } else {
            assert!(
                out.stdout.contains("\\u{1b}[31mred\\u{202e}"),
                "{}",
                out.stdout
            );
            assert!(out.stdout.contains('…'), "the name is cut: {}", out.stdout);
        }
    }

    let diagnosis = doctor::diagnose(&client, chrono::Utc::now(), Locale::En).await;
    let text = diagnosis.to_text(Locale::En, chrono::Utc.fix());
    assert_terminal_safe("the report", &text);
    assert_terminal_safe("the JSON report", &terminal_json(&diagnosis, true));
    assert_no_controls("the JSON report", &terminal_json(&diagnosis, false));
    let list = endpoint(&diagnosis, names::DEVICE_LIST);
    assert_eq!(list.unknown_statuses, ["sync\\u{1b}[2J\\u{202e}ing"]);
    assert!(text.contains("sync\\u{1b}[2J\\u{202e}ing"), "{text}");
    assert!(!text.contains("AAAAAAAAAA"), "no name in the report");

    // In Arabic the catalog isolates what it is given; what came from WAPing
    // is escaped all the same, and the text has no marks of its own left.
    let arabic = doctor::diagnose(&client, chrono::Utc::now(), Locale::Ar).await;
    let text = arabic.to_text(Locale::Ar, chrono::Utc.fix());
    assert_terminal_safe("the Arabic report", &text);
    assert!(text.contains("sync\\u{1b}[2J\\u{202e}ing"), "{text}");
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}

#[tokio::test]
async fn the_reports_sentences_are_in_its_language_and_its_data_is_not() {
    let sim = sim(2).await;
    let client = client(&sim);
    control(&sim)
        .add_fault(&FaultRule::times(Fault::Malformed, 1).on_path("/v1/devices"))
        .await
        .unwrap();
    let pt = doctor::diagnose(&client, chrono::Utc::now(), Locale::PtBr).await;
    assert!(
        pt.verdict
            .starts_with("Não foi possível ler a lista de aparelhos: "),
        "{}",
        pt.verdict
    );
    assert!(
        pt.verdict.ends_with("Não lidos: Lista de aparelhos."),
        "{}",
        pt.verdict
    );
    for skipped in [names::ONE_DEVICE, names::QR_CODE] {
        assert_eq!(
            endpoint(&pt, skipped).skipped.as_deref(),
            Some("não foi possível ler a lista de aparelhos")
        );
    }
    let text = pt.to_text(Locale::PtBr, chrono::Utc.fix());
    for part in [
        "[1] Lista de aparelhos",
        "  Reconhecido: não",
        "[3] Um aparelho",
        "  Pulado: não foi possível ler a lista de aparelhos",
    ] {
        assert!(text.contains(part), "{part:?} in\n{text}");
    }
    // Names and exit codes are data, the same in every language.
    assert_eq!(pt.endpoints[0].name, names::DEVICE_LIST);
    assert_eq!(pt.exit_code, status::GATEWAY_FAILED);

    // Counted in the language's plural forms: two devices in Arabic.
    let ar = doctor::diagnose(&client, chrono::Utc::now(), Locale::Ar).await;
    let verdict = ar.verdict.replace(['\u{2068}', '\u{2069}'], "");
    assert!(verdict.starts_with("جهازان: "), "{verdict}");
}

#[tokio::test]
async fn what_cannot_be_read_is_named_and_exits_3() {
    let sim = sim(2).await;
    let client = client(&sim);
    control(&sim)
        .add_fault(&FaultRule::times(Fault::Malformed, 1).on_path("/v1/devices"))
        .await
        .unwrap();
    let malformed = doctor::diagnose(&client, chrono::Utc::now(), Locale::En).await;
    assert_eq!(malformed.exit_code, status::GATEWAY_FAILED);
    let list = endpoint(&malformed, names::DEVICE_LIST);
    assert!(!list.recognised);
    assert!(
        list.problem.as_deref().unwrap().contains("not JSON"),
        "{list:#?}"
    );
    assert!(endpoint(&malformed, names::WORKSPACE).recognised);
    for skipped in [names::ONE_DEVICE, names::QR_CODE] {
        let e = endpoint(&malformed, skipped);
        assert!(e.requests.is_empty() && e.skipped.is_some(), "{e:#?}");
    }
    assert!(malformed
        .verdict
        .starts_with("The device list could not be read"));

    control(&sim)
        .add_fault(
            &FaultRule::times(Fault::ServerError { status: 503 }, 1).on_path("/v1/workspace"),
        )
        .await
        .unwrap();
    let workspace_down = doctor::diagnose(&client, chrono::Utc::now(), Locale::En).await;
    assert_eq!(workspace_down.exit_code, status::GATEWAY_FAILED);
    assert!(endpoint(&workspace_down, names::DEVICE_LIST).recognised);
    let workspace = endpoint(&workspace_down, names::WORKSPACE);
    assert_eq!(workspace.requests[0].status, Some(503));
    assert!(
        workspace_down.verdict.contains("Not read: Workspace"),
        "{}",
        workspace_down.verdict
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let nobody = client_for(&format!("http://127.0.0.1:{port}"), KEY);
    let unreachable = doctor::diagnose(&nobody, chrono::Utc::now(), Locale::En).await;
    assert_eq!(unreachable.exit_code, status::GATEWAY_FAILED);
    let list = endpoint(&unreachable, names::DEVICE_LIST);
    assert_eq!(list.requests[0].status, None);
    assert!(list.requests[0]
        .error
        .as_deref()
        .unwrap()
        .contains("cannot reach WAPing"));
    assert!(unreachable
        .to_text(Locale::En, chrono::Utc.fix())
        .contains("no answer"));
}

#[tokio::test]
async fn every_wire_profile_is_diagnosed_with_its_pages_and_names() {
    use waping_core::simulator::{Paging, WireProfile};
    for profile in WireProfile::all() {
        let name = profile.name();
        let paged = profile.paging() != Paging::Whole;
        let config = SimConfig {
            plan: PlanTier::Growth,
            devices: 5,
            scenario: Scenario::Demo,
            api_key: KEY.to_owned(),
            wire: profile.with_page_size(2),
            ..SimConfig::default()
        };
        let sim = simulator::start(config, loopback()).await.unwrap();
        let client = client(&sim);
        let diagnosis = doctor::diagnose(&client, chrono::Utc::now(), Locale::En).await;
        for e in &diagnosis.endpoints {
            assert!(e.recognised, "{name}: {e:#?}");
        }
        let from_status = status::run(&client, false, chrono::Utc::now(), Locale::En).await;
        assert_eq!(diagnosis.exit_code, from_status.code, "{name}");
        let list = endpoint(&diagnosis, names::DEVICE_LIST);
        assert_eq!(list.entries, 5, "{name}: {list:#?}");
        assert!(!paths(list, "id").is_empty() && !paths(list, "status").is_empty());
        if paged {
            assert_eq!(list.requests.len(), 3, "{name}: {list:#?}");
            assert!(!list.pagination.is_empty(), "{name}: {list:#?}");
        } else {
            assert_eq!(list.requests.len(), 1, "{name}: {list:#?}");
            assert!(list.pagination.is_empty(), "{name}: {list:#?}");
        }
        for request in &list.requests {
            if let Some((_, query)) = request.url.split_once('?') {
                assert!(
                    query.split('&').all(|pair| pair.ends_with("=…")),
                    "{name}: a query value in {}",
                    request.url
                );
            }
        }
        let text = diagnosis.to_text(Locale::En, chrono::Utc.fix());
        assert_terminal_safe(name, &text);
        assert!(!text.contains(KEY), "{name}");
        if paged {
            assert!(!text.contains("Pagination: none"), "{name}: {text}");
        }
    }
}
