//! The one contract between the agent, the window and the UI: every command
//! with its arguments, its reply and who answers it, and every event with its
//! payload. Each is named once, here; the window's capability, its forward
//! list, the agent's dispatch and the UI's TypeScript (`Commands.ts`,
//! `Events.ts`) all come from these lists, so that renaming a command or a
//! field fails to compile in Rust and to type-check in the UI.
//!
//! A command's name is its variant's name in snake_case (`GetOverview` is
//! `get_overview`), an event's likewise.

use crate::updates::UpdateOffer;
use crate::views::{ConnectionReport, ExportFile, Overview, PairingView, QrPng, SettingsView};
use crate::AppError;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::LazyLock;
use ts_rs::TS;
use waping_model::alerts::SnoozeFor;
use waping_model::doctor_report::DiagnosisReport;
use waping_model::domain::HookRun;
use waping_model::history_change::HistoryChanges;
use waping_model::history_views::{DeviceHistory, Format, PeriodUptime, RankedDevice, Strip};
use waping_model::i18n::Locale;
use waping_model::{Device, DeviceId, Settings};

/// Which process answers a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// The agent: monitoring, history, settings, pairing.
    Agent,
    /// The window: what needs its desktop session (dialogs, clipboard,
    /// browser, login item).
    Window,
}

/// Who may send a command, or who hears an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The page: granted by the window's capability, typed in `Commands.ts`
    /// (events: delivered to the page, typed in `Events.ts`).
    Page,
    /// The window process only, never the page.
    Internal,
}

/// A command's arguments, typed with its reply.
pub trait Call: Serialize + Into<Request> {
    type Reply: Serialize;
    const COMMAND: Command;

    /// The reply as the link carries it.
    fn answer(result: Result<Self::Reply, AppError>) -> Result<Value, AppError> {
        serde_json::to_value(result?)
            .map_err(|e| AppError::internal(format!("reply not serializable: {e}")))
    }
}

fn snake_names<T: std::fmt::Debug>(all: &[T]) -> Vec<String> {
    use heck::ToSnakeCase;
    all.iter()
        .map(|item| format!("{item:?}").to_snake_case())
        .collect()
}

macro_rules! contract {
    ($(
        $(#[doc = $doc:literal])*
        $host:ident $scope:ident $Name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $field_ty:ty ),* $(,)?
        } -> $Reply:ty;
    )*) => {
        /// The commands' arguments, one struct per command, named as it is.
        pub mod args {
            #[allow(unused_imports)]
            use super::*;
            $(
                $(#[doc = $doc])*
                #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
                #[serde(rename_all = "camelCase", deny_unknown_fields)]
                pub struct $Name {
                    $( $(#[$field_meta])* pub $field: $field_ty, )*
                }
            )*
        }

        // Outside `args`, so that a reply type named as a command
        // (`DeviceHistory`, `QrPng`) is the view, not the arguments.
        $(
            impl Call for args::$Name {
                type Reply = $Reply;
                const COMMAND: Command = Command::$Name;
            }

            impl From<args::$Name> for Request {
                fn from(args: args::$Name) -> Request {
                    Request::$Name(args)
                }
            }
        )*

        /// A command with its arguments.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Request {
            $( $(#[doc = $doc])* $Name(args::$Name), )*
        }

        /// A command's name alone.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Command {
            $( $Name, )*
        }

        impl Command {
            pub const ALL: &'static [Command] = &[$( Command::$Name, )*];

            pub fn host(self) -> Host {
                match self {
                    $( Command::$Name => contract!(@host $host), )*
                }
            }

            pub fn scope(self) -> Scope {
                match self {
                    $( Command::$Name => contract!(@scope $scope), )*
                }
            }
        }

        impl Request {
            pub fn command(&self) -> Command {
                match self {
                    $( Request::$Name(_) => Command::$Name, )*
                }
            }

            /// Reads a command as it arrived: its name and its JSON arguments
            /// (`null` or absent for none).
            pub fn parse(name: &str, args: Value) -> Result<Request, AppError> {
                let command = Command::from_name(name).ok_or_else(|| {
                    AppError::new(
                        waping_model::ErrorCode::UnknownRequest,
                        format!("there is no command {name:?}"),
                    )
                })?;
                let args = if args.is_null() {
                    Value::Object(Default::default())
                } else {
                    args
                };
                let bad = |e: serde_json::Error| {
                    AppError::invalid(format!("bad arguments to {name}: {e}"))
                };
                Ok(match command {
                    $( Command::$Name => Request::$Name(serde_json::from_value(args).map_err(bad)?), )*
                })
            }

            /// The arguments as JSON.
            pub fn args(&self) -> Value {
                let value = match self {
                    $( Request::$Name(args) => serde_json::to_value(args), )*
                };
                value.unwrap_or(Value::Null)
            }
        }

        /// `Commands.ts`: for each command the page may send, its arguments
        /// and its reply.
        pub fn commands_typescript() -> String {
            let mut out = TypeScript::default();
            $(
                if contract!(@scope $scope) == Scope::Page {
                    out.command::<args::$Name, $Reply>(Command::$Name.name());
                }
            )*
            out.finish("Commands")
        }
    };
    (@host agent) => { Host::Agent };
    (@host window) => { Host::Window };
    (@scope page) => { Scope::Page };
    (@scope internal) => { Scope::Internal };
}

contract! {
    /// The overview: workspace, devices, health, snoozes.
    agent page GetOverview {} -> Overview;
    /// Polls WAPing now.
    agent page Refresh {} -> ();
    agent page GetSettings {} -> SettingsView;
    agent page SaveSettings { input: Settings } -> SettingsView;
    /// Stores the API key in the keyring (or for this run only).
    agent page SetApiKey { key: String, #[serde(default)] session_only: bool } -> SettingsView;
    agent page ClearApiKey {} -> SettingsView;
    /// Tries a base URL and key without saving them; no key: the stored one.
    agent page TestConnection { base_url: String, #[serde(default)] api_key: Option<String> } -> ConnectionReport;
    /// Diagnoses a base URL and key without saving them, for support.
    agent page Diagnose {
        #[serde(default)] base_url: Option<String>,
        #[serde(default)] api_key: Option<String>,
    } -> DiagnosisReport;
    /// Snoozes one device's alerts, or all of them; replies until when.
    agent page SnoozeAlerts { #[serde(default)] device_id: Option<DeviceId>, duration: SnoozeFor } -> Option<DateTime<Utc>>;
    agent page ResumeAlerts { #[serde(default)] device_id: Option<DeviceId> } -> ();
    agent page SetWebhookSecret { secret: String, #[serde(default)] session_only: bool } -> SettingsView;
    agent page ClearWebhookSecret {} -> SettingsView;
    agent page GetHookRuns {} -> Vec<HookRun>;
    /// Creates a device to pair; a full plan is refused without asking WAPing.
    agent page AddDevice { name: String } -> Device;
    agent page StartPairing { device_id: DeviceId } -> PairingView;
    agent page CancelPairing {} -> ();
    /// In the demo only: the phone scans the code on screen.
    agent page SimulateScan { device_id: DeviceId } -> ();
    agent page LogoutDevice { device_id: DeviceId } -> ();
    agent page RemoveDevice { device_id: DeviceId } -> ();
    /// Every card's strip over the last `hours`, drawn on `width` pixels; only
    /// those of `device_ids` when given (a device removed has none).
    agent page DeviceStrips { hours: u32, width: u32, #[serde(default)] device_ids: Option<Vec<DeviceId>> } -> Vec<Strip>;
    /// One device's history over `[from, to)` (epoch ms), drawn on `width` pixels.
    agent page DeviceHistory { device_id: DeviceId, from: f64, to: f64, width: u32 } -> DeviceHistory;
    agent page DeviceUptime { device_id: DeviceId } -> Vec<PeriodUptime>;
    agent page WorkspaceRanking { days: u32 } -> Vec<RankedDevice>;
    /// Asks now whether a newer version of the app is out, and offers it.
    agent page CheckForUpdate {} -> Option<UpdateOffer>;
    /// Restarts to the update on offer: it is downloaded, its signature
    /// checked and installed, then the new version starts. Refused while a
    /// pairing is on screen; how it goes shows in the overview.
    agent page InstallUpdate {} -> ();
    /// The pairing view on screen, if any.
    agent internal GetPairing {} -> Option<PairingView>;
    /// The code on screen as a PNG.
    agent internal QrPng {} -> QrPng;
    /// The last diagnosis as text, for the clipboard.
    agent internal LastDiagnosis {} -> String;
    /// One device's history over `[from, to)` as a file's contents.
    agent internal RenderExport { device_id: DeviceId, from: f64, to: f64, format: Format } -> ExportFile;
    /// The device a notification or the tray asked the window to show.
    window page TakeFocusRequest {} -> Option<DeviceId>;
    window page GetAutostart {} -> bool;
    window page SetAutostart { enabled: bool } -> bool;
    /// Saves the code on screen in the Downloads folder; replies its path.
    window page SaveQrPng {} -> String;
    window page CopyQrPng {} -> ();
    window page CopyDiagnosis {} -> ();
    /// Opens the pairing view's dashboard page in the browser.
    window page OpenDashboard {} -> ();
    /// Asks where to save one device's history and saves it; replies the
    /// path, or null when the user cancelled. The save dialog speaks the
    /// page's `locale` (the system's when none is given).
    window page ExportHistory { device_id: DeviceId, from: f64, to: f64, format: Format, title: String } -> Option<String>;
    /// The locale of this desktop session, so the page speaks it before the
    /// first overview tells it the agent's.
    window page SystemLocale {} -> Locale;
}

static COMMAND_NAMES: LazyLock<Vec<String>> = LazyLock::new(|| snake_names(Command::ALL));

impl Command {
    /// The name the page invokes and the link carries (`get_overview`).
    pub fn name(self) -> &'static str {
        COMMAND_NAMES[self as usize].as_str()
    }

    pub fn from_name(name: &str) -> Option<Command> {
        Command::ALL.iter().copied().find(|c| c.name() == name)
    }

    /// The commands the page may send: the window's capability grants
    /// exactly these.
    pub fn for_page() -> impl Iterator<Item = Command> {
        Command::ALL
            .iter()
            .copied()
            .filter(|c| c.scope() == Scope::Page)
    }
}

macro_rules! events {
    ($(
        $(#[doc = $doc:literal])*
        $scope:ident $Name:ident($Payload:ty);
    )*) => {
        /// Something the agent (or the window) tells the page or the window.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Event {
            $( $(#[doc = $doc])* $Name($Payload), )*
        }

        /// An event's name alone.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum EventName {
            $( $Name, )*
        }

        impl EventName {
            pub const ALL: &'static [EventName] = &[$( EventName::$Name, )*];

            pub fn scope(self) -> Scope {
                match self {
                    $( EventName::$Name => contract!(@scope $scope), )*
                }
            }
        }

        impl Event {
            pub fn name(&self) -> EventName {
                match self {
                    $( Event::$Name(_) => EventName::$Name, )*
                }
            }

            pub fn payload(&self) -> Value {
                let value = match self {
                    $( Event::$Name(payload) => serde_json::to_value(payload), )*
                };
                value.unwrap_or(Value::Null)
            }

            /// Reads an event as it arrived.
            pub fn parse(name: &str, payload: Value) -> Result<Event, AppError> {
                let event = EventName::from_name(name).ok_or_else(|| {
                    AppError::invalid(format!("there is no event {name:?}"))
                })?;
                let bad = |e: serde_json::Error| {
                    AppError::invalid(format!("bad {name} event: {e}"))
                };
                Ok(match event {
                    $( EventName::$Name => Event::$Name(serde_json::from_value(payload).map_err(bad)?), )*
                })
            }
        }

        /// `Events.ts`: each event the page hears, with its payload.
        pub fn events_typescript() -> String {
            let mut out = TypeScript::default();
            $(
                if contract!(@scope $scope) == Scope::Page {
                    out.event::<$Payload>(EventName::$Name.name());
                }
            )*
            out.finish("Events")
        }
    };
}

events! {
    /// The whole state again, after every change.
    page Overview(Overview);
    /// History was written: transitions, devices removed, a watch span
    /// begun, WAPing's reachability; told after the write committed.
    page History(HistoryChanges);
    /// The pairing view moved on (a new code, linked, expired, failed).
    page Pairing(PairingView);
    /// Show this device (the window tells its page).
    page FocusDevice(DeviceId);
    /// Come forward, on this device if given.
    internal ShowWindow(Option<DeviceId>);
    /// The agent quits: close.
    internal Quit(());
}

static EVENT_NAMES: LazyLock<Vec<String>> = LazyLock::new(|| snake_names(EventName::ALL));

impl EventName {
    pub fn name(self) -> &'static str {
        EVENT_NAMES[self as usize].as_str()
    }

    pub fn from_name(name: &str) -> Option<EventName> {
        EventName::ALL.iter().copied().find(|e| e.name() == name)
    }
}

/// Writes the TypeScript of the contract: one type mapping names to their
/// types, and the imports of the generated bindings they use.
#[derive(Default)]
struct TypeScript {
    imports: std::collections::BTreeSet<String>,
    entries: Vec<String>,
}

impl TypeScript {
    fn config() -> ts_rs::Config {
        ts_rs::Config::from_env()
    }

    /// Imports a type named in the text: itself when it is a generated
    /// binding, else what it wraps (`Array<Strip>`, `PairingView | null`).
    fn import_named<T: TS + 'static + ?Sized>(&mut self) {
        struct Generics<'a>(&'a mut TypeScript);
        impl ts_rs::TypeVisitor for Generics<'_> {
            fn visit<T: TS + 'static + ?Sized>(&mut self) {
                self.0.import_named::<T>();
            }
        }
        match ts_rs::Dependency::from_ty::<T>(&Self::config()) {
            Some(dep) => {
                self.imports.insert(dep.ts_name);
            }
            None => T::visit_generics(&mut Generics(self)),
        }
    }

    /// Imports what an inlined type's fields name.
    fn import_fields<T: TS + 'static + ?Sized>(&mut self) {
        struct Fields<'a>(&'a mut TypeScript);
        impl ts_rs::TypeVisitor for Fields<'_> {
            fn visit<T: TS + 'static + ?Sized>(&mut self) {
                self.0.import_named::<T>();
            }
        }
        T::visit_dependencies(&mut Fields(self));
    }

    fn command<A: TS + 'static, R: TS + 'static>(&mut self, name: &str) {
        let cfg = Self::config();
        self.import_fields::<A>();
        self.import_named::<R>();
        self.entries.push(format!(
            "  {name}: {{ args: {}; reply: {} }};",
            A::inline(&cfg),
            R::name(&cfg)
        ));
    }

    fn event<P: TS + 'static>(&mut self, name: &str) {
        let cfg = Self::config();
        self.import_named::<P>();
        self.entries.push(format!("  {name}: {};", P::name(&cfg)));
    }

    fn finish(self, type_name: &str) -> String {
        let mut out = String::from(
            "// Generated from src-tauri/link/src/contract.rs by `cargo test`. Do not edit.\n",
        );
        for import in &self.imports {
            out.push_str(&format!("import type {{ {import} }} from './{import}';\n"));
        }
        out.push_str(&format!("\nexport type {type_name} = {{\n"));
        for entry in &self.entries {
            out.push_str(entry);
            out.push('\n');
        }
        out.push_str("};\n");
        out
    }
}

/// Every binding the contract's TypeScript imports, exported with it.
pub fn export_bindings(dir: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    for (file, text) in [
        ("Commands.ts", commands_typescript()),
        ("Events.ts", events_typescript()),
    ] {
        std::fs::write(dir.join(file), text).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(())
}

/// The window's capability (`main-window.json`): the page may send exactly
/// the page commands, and listen to events.
pub fn capability_json() -> String {
    let mut permissions = vec![
        "core:event:allow-listen".to_owned(),
        "core:event:allow-unlisten".to_owned(),
    ];
    permissions
        .extend(Command::for_page().map(|c| format!("allow-{}", c.name().replace('_', "-"))));
    let capability = serde_json::json!({
        "$schema": "../../../gen/schemas/desktop-schema.json",
        "identifier": "main-window",
        "description": "The main window: the page commands of src-tauri/link/src/contract.rs and event listening, nothing else. Generated by `cargo test`; do not edit.",
        "windows": ["main"],
        "permissions": permissions,
    });
    let mut text = serde_json::to_string_pretty(&capability).unwrap_or_default();
    text.push('\n');
    text
}

/// A typed reply from JSON, for callers that know the command.
pub fn reply_from<C: Call>(value: Value) -> Result<C::Reply, AppError>
where
    C::Reply: DeserializeOwned,
{
    serde_json::from_value(value)
        .map_err(|e| AppError::internal(format!("unexpected answer to {}: {e}", C::COMMAND.name())))
}

#[cfg(test)]
mod tests;
