use super::*;
use std::path::{Path, PathBuf};
use waping_model::ErrorCode;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Compares a generated file with the one in the tree; a stale one is
/// rewritten, and the test fails so that the change is seen and committed.
fn check_generated(path: &Path, generated: &str) {
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current != generated {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, generated).unwrap();
        panic!(
            "{} was out of date with the contract; it is regenerated now: commit it",
            path.display()
        );
    }
}

#[test]
fn command_names_are_snake_case_and_unique() {
    let mut seen = std::collections::HashSet::new();
    for &command in Command::ALL {
        let name = command.name();
        assert!(
            name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "{name}"
        );
        assert!(seen.insert(name), "{name} twice");
        assert_eq!(Command::from_name(name), Some(command));
    }
    assert_eq!(Command::GetOverview.name(), "get_overview");
    assert_eq!(Command::QrPng.name(), "qr_png");
    assert_eq!(EventName::FocusDevice.name(), "focus_device");
    assert_eq!(Command::from_name("getOverview"), None);
}

#[test]
fn internal_commands_are_not_the_pages() {
    let page: Vec<_> = Command::for_page().collect();
    for internal in [
        Command::QrPng,
        Command::LastDiagnosis,
        Command::GetPairing,
        Command::RenderExport,
    ] {
        assert_eq!(internal.scope(), Scope::Internal);
        assert!(!page.contains(&internal), "{internal:?}");
    }
    assert!(page.contains(&Command::GetOverview));
    assert_eq!(Command::SaveQrPng.host(), Host::Window);
    assert_eq!(Command::GetOverview.host(), Host::Agent);
}

#[test]
fn requests_cross_the_link_typed() {
    let request = Request::from(args::DeviceHistory {
        device_id: DeviceId::new("dev_1"),
        from: 1.0,
        to: 2.0,
        width: 300,
    });
    let frame = crate::protocol::RequestFrame::new(7, &request);
    assert_eq!(frame.command, "device_history");
    let text = crate::protocol::line(&frame);
    let back: crate::protocol::RequestFrame = serde_json::from_str(text.trim_end()).unwrap();
    assert_eq!(back.id, 7);
    assert_eq!(back.request().unwrap(), request);
}

#[test]
fn arguments_are_read_as_the_page_sends_them() {
    let request = Request::parse(
        "set_api_key",
        serde_json::json!({"key": "k", "sessionOnly": true}),
    )
    .unwrap();
    assert_eq!(
        request,
        Request::SetApiKey(args::SetApiKey {
            key: "k".into(),
            session_only: true
        })
    );
    // No arguments at all, as an argument-less command is invoked.
    assert_eq!(
        Request::parse("get_overview", Value::Null).unwrap(),
        Request::GetOverview(args::GetOverview {})
    );
    assert_eq!(
        Request::parse("resume_alerts", serde_json::json!({})).unwrap(),
        Request::ResumeAlerts(args::ResumeAlerts { device_id: None })
    );
}

#[test]
fn a_request_the_contract_does_not_know_is_refused_with_its_code() {
    let unknown = Request::parse("drop_tables", Value::Null).unwrap_err();
    assert_eq!(unknown.code, ErrorCode::UnknownRequest);
    for (name, args) in [
        // A field renamed on one side only.
        (
            "device_strips",
            serde_json::json!({"hours": 1, "pixels": 3}),
        ),
        (
            "device_strips",
            serde_json::json!({"hours": "x", "width": 3}),
        ),
        // An id that would reach another endpoint.
        (
            "remove_device",
            serde_json::json!({"deviceId": "../workspace"}),
        ),
        ("start_pairing", serde_json::json!({})),
    ] {
        let err = Request::parse(name, args.clone()).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput, "{name} {args}: {err}");
    }
}

#[test]
fn events_cross_the_link_typed() {
    let event = Event::FocusDevice(DeviceId::new("dev_2"));
    let wire = crate::protocol::AgentEvent::from(&event);
    assert_eq!(wire.name, "focus_device");
    assert_eq!(wire.clone().event().unwrap(), event);
    let quit = crate::protocol::AgentEvent::from(&Event::Quit(()));
    assert_eq!(quit.event().unwrap(), Event::Quit(()));
    let bad = crate::protocol::AgentEvent {
        name: "show_window".into(),
        payload: serde_json::json!(3),
    };
    assert_eq!(bad.event().unwrap_err().code, ErrorCode::InvalidInput);
}

#[test]
fn the_typescript_of_the_contract_is_current() {
    let dir = ts_rs::Config::from_env().out_dir().to_path_buf();
    let dir = if dir.is_absolute() {
        dir
    } else {
        repo().join(dir)
    };
    check_generated(&dir.join("Commands.ts"), &commands_typescript());
    check_generated(&dir.join("Events.ts"), &events_typescript());
}

#[test]
fn the_window_capability_grants_exactly_the_page_commands() {
    let path = repo().join("src-tauri/window/capabilities/main-window.json");
    check_generated(&path, &capability_json());
    let text = capability_json();
    for command in Command::ALL {
        let permission = format!("\"allow-{}\"", command.name().replace('_', "-"));
        assert_eq!(
            text.contains(&permission),
            command.scope() == Scope::Page,
            "{command:?}"
        );
    }
}
