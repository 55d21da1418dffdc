//! Why a session is in its state: the reason words WAPing gives (and the
//! ones this app infers), and what they mean in words.

/// The phone itself logged the linked session out.
pub const LOGGED_OUT: &str = "logged_out";
/// Given to a Connected session whose last-seen stopped advancing.
pub const NO_ACTIVITY: &str = "no activity seen";
/// The user logged the device out in this app.
pub const LOGGED_OUT_HERE: &str = "logged out from WAPing Desk";
/// The user removed the device in this app.
pub const REMOVED_HERE: &str = "removed from WAPing Desk";

/// WAPing's reason codes in words, with what WhatsApp is known to do.
pub fn text(reason: &str) -> String {
    match reason.trim().to_ascii_lowercase().as_str() {
        LOGGED_OUT => "logged out on the phone".into(),
        "phone_offline" | "offline" => {
            "the phone is offline (check its battery, internet and background limits)".into()
        }
        "idle" => {
            "idle too long (a phone unused for about 14 days logs its linked devices out)".into()
        }
        "policy" => "cut by WhatsApp policy".into(),
        "reinstall" => "WhatsApp was reinstalled on the phone".into(),
        "security" | "security_prompt" => "a security prompt on the phone needs attention".into(),
        "reconnecting" => "reconnecting".into(),
        other => other.replace('_', " "),
    }
}
