/// Tauri's ACL: the window's capability (generated from the contract,
/// src-tauri/link/src/contract.rs) grants `allow-<command>` for each command
/// the page may send. Declaring exactly those commands makes Tauri generate
/// their permissions and refuse any other command (see SECURITY.md).
const CAPABILITY: &str = "src-tauri/window/capabilities/main-window.json";

fn main() {
    println!("cargo::rerun-if-changed={CAPABILITY}");
    let text = std::fs::read_to_string(CAPABILITY).expect("the window's capability file");
    let capability: serde_json::Value =
        serde_json::from_str(&text).expect("the window's capability is JSON");
    let commands: Vec<&'static str> = capability["permissions"]
        .as_array()
        .expect("the capability lists permissions")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|command| &*Box::leak(command.replace('-', "_").into_boxed_str()))
        .collect();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/window/capabilities/*.json")
            .app_manifest(
                tauri_build::AppManifest::new().commands(Box::leak(commands.into_boxed_slice())),
            ),
    )
    .expect("the Tauri configuration and capabilities are valid");
}
