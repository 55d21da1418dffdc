//! The locales the app speaks and how a system's locale names one of them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A locale with a complete catalog. `EnXa` is the pseudo-locale (English
/// accented and made longer), for finding words left untranslated and
/// layouts that break with longer words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "hi")]
    Hi,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "en-XA")]
    EnXa,
}

impl Locale {
    pub const ALL: [Locale; 9] = [
        Locale::En,
        Locale::PtBr,
        Locale::Es,
        Locale::Id,
        Locale::De,
        Locale::Fr,
        Locale::Hi,
        Locale::Ar,
        Locale::EnXa,
    ];

    /// Its BCP 47 tag, as the catalogs' file names and `Intl` take it.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::PtBr => "pt-BR",
            Locale::Es => "es",
            Locale::Id => "id",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Hi => "hi",
            Locale::Ar => "ar",
            Locale::EnXa => "en-XA",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }

    /// The locale for the first of `preferred` (BCP 47 tags or POSIX names
    /// such as `pt_BR.UTF-8`, most preferred first) whose language has a
    /// catalog; English when none has. Any Portuguese reads the Brazilian
    /// catalog and any Spanish the Spanish one: closer than English. The
    /// pseudo-locale is only ever chosen by its own tag.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::of_system_name)
            .unwrap_or(Locale::En)
    }

    fn of_system_name(name: &str) -> Option<Locale> {
        // POSIX: language[_territory][.codeset][@modifier]
        let name = name
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-");
        let mut parts = name.split('-');
        let language = parts.next()?.to_ascii_lowercase();
        let region = parts.next().map(str::to_ascii_uppercase);
        Some(match (language.as_str(), region.as_deref()) {
            ("en", Some("XA")) => Locale::EnXa,
            ("en", _) => Locale::En,
            ("pt", _) => Locale::PtBr,
            ("es", _) => Locale::Es,
            // "in" is Indonesian's old code, still seen in Java-era systems.
            ("id" | "in", _) => Locale::Id,
            ("de", _) => Locale::De,
            ("fr", _) => Locale::Fr,
            ("hi", _) => Locale::Hi,
            ("ar", _) => Locale::Ar,
            _ => return None,
        })
    }

    /// What the window needs to lay itself out for this locale.
    pub fn info(self) -> LocaleInfo {
        LocaleInfo {
            locale: self,
            rtl: self.is_rtl(),
            first_weekday: super::first_weekday(self),
        }
    }
}

/// The locale the agent speaks, as the window lays itself out for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LocaleInfo {
    pub locale: Locale,
    /// Written right to left: the window mirrors its layout.
    pub rtl: bool,
    /// The day a week starts on, 1 (Monday) to 7 (Sunday), as `Intl`'s
    /// `weekInfo` numbers them.
    pub first_weekday: u8,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_name_finds_its_language_and_anything_else_reads_english() {
        for (names, expected) in [
            (vec!["pt_BR.UTF-8"], Locale::PtBr),
            (vec!["pt-PT"], Locale::PtBr),
            (vec!["es-MX"], Locale::Es),
            (vec!["in_ID"], Locale::Id),
            (vec!["ar_EG.UTF-8@latin"], Locale::Ar),
            (vec!["de-AT", "en-US"], Locale::De),
            (vec!["sw-KE", "fr-CA"], Locale::Fr),
            (vec!["C"], Locale::En),
            (vec!["POSIX"], Locale::En),
            (vec![], Locale::En),
            (vec!["en-XA"], Locale::EnXa),
            (vec!["hi-IN"], Locale::Hi),
        ] {
            assert_eq!(
                Locale::negotiate(names.iter().copied()),
                expected,
                "{names:?}"
            );
        }
    }

    #[test]
    fn every_tag_reads_back_as_its_locale_and_serializes_as_itself() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
            assert_eq!(
                serde_json::to_string(&locale).unwrap(),
                format!("\"{}\"", locale.tag())
            );
        }
        assert!(Locale::Ar.is_rtl());
        assert!(!Locale::PtBr.is_rtl());
    }
}
