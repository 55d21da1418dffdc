//! A locale's messages: its Fluent catalog, compiled in, with CLDR plural
//! rules and numbers written as the locale writes them.

use super::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use intl_memoizer::Memoizable;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A value a message is given: text, or a number (which also picks a plural
/// form).
pub type Arg<'a> = FluentValue<'a>;

/// Every catalog, one `.ftl` file per locale. The page imports the same
/// files, so a translator edits one file per language.
fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../locales/en.ftl"),
        Locale::PtBr => include_str!("../../locales/pt-BR.ftl"),
        Locale::Es => include_str!("../../locales/es.ftl"),
        Locale::Id => include_str!("../../locales/id.ftl"),
        Locale::De => include_str!("../../locales/de.ftl"),
        Locale::Fr => include_str!("../../locales/fr.ftl"),
        Locale::Hi => include_str!("../../locales/hi.ftl"),
        Locale::Ar => include_str!("../../locales/ar.ftl"),
        Locale::EnXa => include_str!("../../locales/en-XA.ftl"),
    }
}

/// A locale's messages.
pub struct Catalog {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Catalog {
    /// The catalog of `locale`, read once.
    pub fn of(locale: Locale) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; Locale::ALL.len()] =
            [const { OnceLock::new() }; Locale::ALL.len()];
        let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        CATALOGS[index].get_or_init(|| Catalog::build(locale))
    }

    fn build(locale: Locale) -> Catalog {
        let langid: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks keep a name written the other way round (an
        // Arabic name in English, a Latin one in Arabic) from reordering
        // the words around it; Latin-only text needs none.
        bundle.set_use_isolating(locale.is_rtl());
        bundle.set_formatter(Some(format_number));
        // A catalog that does not parse keeps the messages that do: the
        // catalog check in the tests fails on any error.
        let resource = match FluentResource::try_new(source(locale).to_owned()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        bundle.add_resource_overriding(resource);
        Catalog { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether the catalog has a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Message `id` with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Message `id` with its arguments. A message missing here reads in
    /// English; missing there too, it reads as its id, never as nothing.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.attribute(id, None, args)
    }

    /// Attribute `attr` of message `id` (`id.attr` in the catalog), or its
    /// value when `attr` is `None`.
    pub fn attribute(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg<'_>)]) -> String {
        if let Some(text) = self.format(id, attr, args) {
            return text;
        }
        if self.locale != Locale::En {
            if let Some(text) = Catalog::of(Locale::En).format(id, attr, args) {
                return text;
            }
        }
        match attr {
            Some(attr) => format!("{id}.{attr}"),
            None => id.to_owned(),
        }
    }

    fn format(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attr {
            Some(attr) => message.get_attribute(attr)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = vec![];
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

/// A catalog's locale as ICU names it, which is all a formatter function is
/// told of it (through the bundle's memoizer).
struct IcuLocale(icu_locale_core::Locale);

impl Memoizable for IcuLocale {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = Locale::from_tag(&lang.to_string()).ok_or(())?;
        Ok(IcuLocale(super::format::icu(locale)))
    }
}

/// Numbers in messages, grouped as the locale groups them; fractions keep
/// the digits the message asks for (`NUMBER($n, maximumFractionDigits: 1)`).
fn format_number<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let text = plain(number);
    let decimal: Decimal = text.parse().ok()?;
    let locale = memoizer
        .with_try_get_threadsafe::<IcuLocale, _, _>((), |l| l.0.clone())
        .ok()?;
    let formatter = DecimalFormatter::try_new(locale.into(), Default::default()).ok()?;
    Some(formatter.format(&decimal).to_string())
}

fn plain(number: &FluentNumber) -> String {
    let options = &number.options;
    let max = options.maximum_fraction_digits.unwrap_or(3);
    let min = options.minimum_fraction_digits.unwrap_or(0).min(max);
    let mut text = format!("{:.*}", max, number.value);
    if text.contains('.') {
        while text.ends_with('0') && text.len() - text.find('.').unwrap_or(0) - 1 > min {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_follow_the_locale_and_plurals_follow_cldr() {
        let pt = Catalog::of(Locale::PtBr);
        assert_eq!(pt.locale(), Locale::PtBr);
        let en = Catalog::of(Locale::En);
        assert_eq!(
            en.with("duration-minutes", &[("minutes", 1234.into())]),
            "1,234 min"
        );
        assert_eq!(
            pt.with("duration-minutes", &[("minutes", 1234.into())]),
            "1.234 min"
        );
    }

    #[test]
    fn a_missing_message_reads_as_its_id() {
        assert_eq!(
            Catalog::of(Locale::De).text("no-such-message"),
            "no-such-message"
        );
    }

    #[test]
    fn fractions_keep_the_digits_asked_for() {
        let n = |v: f64, max: usize| {
            let mut number = FluentNumber::from(v);
            number.options.maximum_fraction_digits = Some(max);
            plain(&number)
        };
        assert_eq!(n(99.5, 1), "99.5");
        assert_eq!(n(99.96, 1), "100");
        assert_eq!(n(42.0, 2), "42");
    }
}
