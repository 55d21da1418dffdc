//! `status`'s exit codes, worst last: scripts read them, and the window's
//! binary answers with them when it cannot run `status` itself.

pub const ALL_CONNECTED: u8 = 0;
pub const SOME_NOT_CONNECTED: u8 = 1;
pub const SOME_DISCONNECTED: u8 = 2;
pub const GATEWAY_FAILED: u8 = 3;
