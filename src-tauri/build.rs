/// Every command the shell registers (`generate_handler!` in lib.rs). Declaring
/// them makes Tauri generate an `allow-<command>` permission for each and refuse
/// any command a window's capability does not grant (see SECURITY.md).
const COMMANDS: &[&str] = &[
    "get_overview",
    "refresh",
    "get_settings",
    "save_settings",
    "set_api_key",
    "clear_api_key",
    "test_connection",
    "diagnose",
    "snooze_alerts",
    "resume_alerts",
    "get_autostart",
    "set_autostart",
    "set_webhook_secret",
    "clear_webhook_secret",
    "get_hook_runs",
    "take_focus_request",
    "add_device",
    "start_pairing",
    "get_pairing",
    "cancel_pairing",
    "simulate_scan",
    "logout_device",
    "remove_device",
    "save_qr_png",
    "copy_qr_png",
    "copy_diagnosis",
    "open_dashboard",
    "device_strips",
    "device_history",
    "device_uptime",
    "workspace_ranking",
    "export_history",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("the Tauri configuration and capabilities are valid");
}
