//! The window's `diagnose` request: the demo while the app watches it, the
//! URL and key typed in Settings (unsaved) otherwise, and the report's text
//! rendered by the same code as `doctor` and kept for the window to copy.

mod common;

use common::agent;
use serde_json::{json, Value};
use waping_core::simulator::{self, Scenario, SimConfig};
use waping_core::PlanTier;
use waping_desk_agent::commands::handle;

#[tokio::test]
async fn diagnoses_the_demo_or_the_settings_typed_in() {
    let agent = agent("diagnose").await;
    let service = &agent.service;

    // Nothing to copy before a diagnosis.
    let none = handle(service, "last_diagnosis", json!({}))
        .await
        .unwrap_err();
    assert_eq!(none.code, "NO_DIAGNOSIS");

    // No key stored: the app watches the demo, and that is what is diagnosed.
    let demo = handle(
        service,
        "diagnose",
        json!({"baseUrl": "https://api.waping.app"}),
    )
    .await
    .unwrap();
    let diagnosis = &demo["diagnosis"];
    assert_eq!(
        diagnosis["exitCode"], 2,
        "the demo has a disconnected phone"
    );
    assert!(diagnosis["baseUrl"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    let endpoints = diagnosis["endpoints"].as_array().unwrap();
    assert_eq!(endpoints.len(), 4);
    assert!(
        endpoints.iter().all(|e| e["recognised"] == true),
        "{demo:#}"
    );
    let text = demo["text"].as_str().unwrap();
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
    let live = handle(
        service,
        "diagnose",
        json!({"baseUrl": sim.base_url(), "apiKey": sim.api_key()}),
    )
    .await
    .unwrap();
    assert_eq!(live["diagnosis"]["exitCode"], 0, "{live:#}");
    assert_eq!(live["diagnosis"]["baseUrl"], format!("{}/", sim.base_url()));
    let shown = serde_json::to_string(&live).unwrap();
    assert!(!shown.contains("wk_live_typed_in_settings"));
    // What the window copies is the agent's own text of the last diagnosis.
    let kept = handle(service, "last_diagnosis", json!({})).await.unwrap();
    assert_eq!(kept, live["text"]);
    assert_ne!(kept, demo["text"]);

    let wrong = handle(
        service,
        "diagnose",
        json!({"baseUrl": sim.base_url(), "apiKey": "wk_wrong"}),
    )
    .await
    .unwrap();
    assert_eq!(wrong["diagnosis"]["exitCode"], 3);
    let list: &Value = &wrong["diagnosis"]["endpoints"][0];
    assert_eq!(list["requests"][0]["status"], 401);
    assert!(list["problem"]
        .as_str()
        .unwrap()
        .contains("WAPing rejected the API key"));

    let bad = handle(
        service,
        "diagnose",
        json!({"baseUrl": sim.base_url(), "apiKey": "has space"}),
    )
    .await
    .unwrap_err();
    assert_eq!(bad.code, "INVALID_INPUT");
    let plain = handle(
        service,
        "diagnose",
        json!({"baseUrl": "http://example.com", "apiKey": "k"}),
    )
    .await
    .unwrap_err();
    assert_eq!(plain.code, "INVALID_BASE_URL");
    agent.stop().await;
}
