//! WAPing Desk's agent link: the typed contract between the agent, the
//! window and the UI (`contract`), the views it carries (`views`), its
//! framing over the local connection (`protocol`), the channel it runs on
//! (`channel`) and how each end proves itself (`handshake`), the window's end
//! of it (`client`), and the command-line plumbing both binaries share
//! (`cli`).

pub mod channel;
pub mod cli;
pub mod client;
pub mod contract;
pub mod handshake;
pub mod locale;
pub mod protocol;
pub mod updates;
pub mod views;

pub use contract::{Call, Command, Event, EventName, Host, Request, Scope};
pub use waping_model::AppError;

/// The app's identifier (tauri.conf.json), also naming its data folder.
pub const IDENTIFIER: &str = "app.waping.desk";
/// The binaries, installed side by side.
pub const AGENT_BINARY: &str = "waping-desk-agent";
pub const WINDOW_BINARY: &str = "waping-desk";
