//! The attacks WAPing Desk holds against (SECURITY.md, "Attacks tested"):
//! one module per attack surface, each test named for the attack.

#[path = "../common/mod.rs"]
mod common;

mod channel;
mod demo;
mod files;
mod hooks;
mod scope;
mod terminal;
// Reads the agent's open files and limits under /proc.
#[cfg(target_os = "linux")]
mod webhook;
