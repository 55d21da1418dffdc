//! The desktop session's language, read the same way by the agent and the
//! window so that both start in the same one.

use waping_model::i18n::Locale;

/// The system's language, as the user's environment names it (`LANG` and
/// `LC_*` on Linux, the user's preferred languages on Windows and macOS).
pub fn system_locale() -> Locale {
    Locale::negotiate(
        sys_locale::get_locales()
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    )
}
