//! The window's `diagnose` request: the demo while the app watches it, the
//! URL and key typed in Settings (unsaved) otherwise, and the report's text
//! rendered by the same code as `doctor` and kept for the window to copy,
//! in the language the agent speaks.

mod common;

use common::agent_with;
use waping_core::i18n::Locale;
use waping_core::simulator::{self, Scenario, SimConfig};
use waping_core::{ErrorCode, PlanTier, Settings};
use waping_desk_agent::commands::ask;
use waping_link::contract::args::{Diagnose, LastDiagnosis};

fn diagnose(base_url: &str, api_key: Option<&str>) -> Diagnose {
    Diagnose {
        base_url: Some(base_url.to_owned()),
        api_key: api_key.map(str::to_owned),
    }
}

#[tokio::test]
async fn diagnoses_the_demo_or_the_settings_typed_in() {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let english = Settings {
        language: Some(Locale::En),
        ..Settings::default()
    };
    let agent = agent_with("diagnose", Some(&english)).await;
    let service = &agent.service;

    // Nothing to copy before a diagnosis.
    let none = ask(service, LastDiagnosis {}).await.unwrap_err();
    assert_eq!(none.code, ErrorCode::NoDiagnosis);

    // No key stored: the app watches the demo, and that is what is diagnosed.
    let demo = ask(service, diagnose("https://api.waping.app", None))
        .await
        .unwrap();
    let diagnosis = &demo.diagnosis;
    assert_eq!(diagnosis.exit_code, 2, "the demo has a disconnected phone");
    assert!(diagnosis.base_url.starts_with("http://127.0.0.1:"));
    assert_eq!(diagnosis.endpoints.len(), 4);
    assert!(
        diagnosis.endpoints.iter().all(|e| e.recognised),
        "{demo:#?}"
    );
    let text = &demo.text;
    assert!(
        text.contains("[1] Device list") && text.contains("id <- id"),
        "{text}"
    );
    assert!(
        text.contains("Verdict:") && text.contains("Exit code: 2"),
        "{text}"
    );

    // A URL and key typed in Settings, not saved.
    let config = SimConfig {
        plan: PlanTier::Growth,
        devices: 2,
        scenario: Scenario::Steady,
        api_key: "wk_live_typed_in_settings".into(),
        ..SimConfig::default()
    };
    let sim = simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let live = ask(service, diagnose(&sim.base_url(), Some(sim.api_key())))
        .await
        .unwrap();
    assert_eq!(live.diagnosis.exit_code, 0, "{live:#?}");
    assert_eq!(live.diagnosis.base_url, format!("{}/", sim.base_url()));
    let shown = serde_json::to_string(&live).unwrap();
    assert!(!shown.contains("wk_live_typed_in_settings"));
    // What the window copies is the agent's own text of the last diagnosis.
    let kept = ask(service, LastDiagnosis {}).await.unwrap();
    assert_eq!(kept, live.text);
    assert_ne!(kept, demo.text);

    let wrong = ask(service, diagnose(&sim.base_url(), Some("wk_wrong")))
        .await
        .unwrap();
    assert_eq!(wrong.diagnosis.exit_code, 3);
    let list = &wrong.diagnosis.endpoints[0];
    assert_eq!(list.requests[0].status, Some(401));
    assert!(list
        .problem
        .as_deref()
        .unwrap()
        .contains("WAPing rejected the API key"));

    let bad = ask(service, diagnose(&sim.base_url(), Some("has space")))
        .await
        .unwrap_err();
    assert_eq!(bad.code, ErrorCode::InvalidInput);
    let plain = ask(service, diagnose("http://example.com", Some("k")))
        .await
        .unwrap_err();
    assert_eq!(plain.code, ErrorCode::InvalidBaseUrl);
    agent.stop().await;
}

#[tokio::test]
async fn the_report_is_in_the_language_the_agent_speaks() {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let arabic = Settings {
        language: Some(Locale::Ar),
        ..Settings::default()
    };
    let agent = agent_with("diagnose-arabic", Some(&arabic)).await;
    let service = &agent.service;
    let config = SimConfig {
        plan: PlanTier::Growth,
        devices: 2,
        scenario: Scenario::Steady,
        ..SimConfig::default()
    };
    let sim = simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let report = ask(service, diagnose(&sim.base_url(), Some(sim.api_key())))
        .await
        .unwrap();
    // The banner's sentence: Arabic, its numbers isolated for the page.
    let verdict = report
        .diagnosis
        .verdict
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(verdict.starts_with("جهازان: "), "{verdict}");
    assert!(
        report.text.starts_with("تشخيص WAPing Desk\n"),
        "{}",
        report.text
    );
    assert!(report.text.contains("[1] قائمة الأجهزة"), "{}", report.text);
    // The data stays as it is: names the window and scripts match on.
    assert_eq!(report.diagnosis.endpoints[0].name, "Device list");
    let kept = ask(service, LastDiagnosis {}).await.unwrap();
    assert_eq!(kept, report.text);
    agent.stop().await;
}
