//! What the computer says about itself: whether it has a network and whether
//! it runs on battery. Read from the OS where it tells (NetworkManager and
//! UPower on Linux, the platform's own notifications elsewhere); sleep and
//! wake are told to the monitor directly, since a sleep must be written down
//! before the computer goes.

/// Whether this computer can reach the internet, as the OS sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Connectivity {
    /// Connected, or the OS does not say (then WAPing's own answers decide).
    #[default]
    Online,
    /// A network, but the OS could not reach the internet through it (a
    /// sign-in page, a captive portal): WAPing may still answer.
    Limited,
    /// No network at all: nothing can reach WAPing, and it is not WAPing's fault.
    Offline,
}
