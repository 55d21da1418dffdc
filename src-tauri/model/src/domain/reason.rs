//! Why a session is in its state: the reason words WAPing gives (and the
//! ones this app infers), and what they mean in words.

use crate::i18n::Catalog;

/// The phone itself logged the linked session out.
pub const LOGGED_OUT: &str = "logged_out";
/// Given to a Connected session whose last-seen stopped advancing.
pub const NO_ACTIVITY: &str = "no activity seen";
/// The user logged the device out in this app.
pub const LOGGED_OUT_HERE: &str = "logged out from WAPing Desk";
/// The user removed the device in this app.
pub const REMOVED_HERE: &str = "removed from WAPing Desk";

/// WAPing's reason codes in words, with what WhatsApp is known to do. The
/// codes stay as WAPing (and history) spell them; only their words are the
/// catalog's. A code this app does not know is shown as WAPing wrote it.
pub fn text(c: &Catalog, reason: &str) -> String {
    let code = reason.trim().to_ascii_lowercase();
    let id = match code.as_str() {
        LOGGED_OUT => "reason-logged-out",
        "phone_offline" | "offline" => "reason-phone-offline",
        "idle" => "reason-idle",
        "policy" => "reason-policy",
        "reinstall" => "reason-reinstall",
        "security" | "security_prompt" => "reason-security",
        "reconnecting" => "reason-reconnecting",
        NO_ACTIVITY => "reason-no-activity",
        here if here.eq_ignore_ascii_case(LOGGED_OUT_HERE) => "reason-logged-out-here",
        here if here.eq_ignore_ascii_case(REMOVED_HERE) => "reason-removed-here",
        other => return other.replace('_', " "),
    };
    c.text(id)
}
