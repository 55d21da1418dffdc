//! Times, days and numbers as each locale writes them, from CLDR through
//! ICU4X: "14:05" in Brazil, "2:05 PM" in the US, "14.05" in Indonesia.
//! The window writes its own with `Intl`, which reads the same CLDR data.

use super::Locale;
use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use icu_calendar::week::WeekInformation;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets;
use icu_datetime::input::{DateTime as IcuDateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;

pub(super) fn icu(locale: Locale) -> IcuLocale {
    // The pseudo-locale writes times and numbers as English does.
    let tag = if locale == Locale::EnXa {
        "en"
    } else {
        locale.tag()
    };
    tag.parse().unwrap_or(icu_locale_core::locale!("en"))
}

fn icu_time(at: &DateTime<FixedOffset>) -> Option<Time> {
    Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0).ok()
}

fn icu_date_time(at: &DateTime<FixedOffset>) -> Option<IcuDateTime<Gregorian>> {
    let date = Date::try_new_gregorian(at.year(), at.month() as u8, at.day() as u8).ok()?;
    Some(IcuDateTime {
        date,
        time: icu_time(at)?,
    })
}

/// A time of day to the minute, in the offset `at` carries.
pub fn time_of_day(locale: Locale, at: DateTime<FixedOffset>) -> String {
    let formatter = NoCalendarFormatter::try_new(icu(locale).into(), fieldsets::T::hm());
    match (formatter, icu_time(&at)) {
        (Ok(f), Some(time)) => f.format(&time).to_string(),
        _ => at.format("%H:%M").to_string(),
    }
}

/// A day with its weekday: "Mon, Nov 30", "seg., 30 de nov.".
pub fn day(locale: Locale, at: DateTime<FixedOffset>) -> String {
    let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
        icu(locale).into(),
        fieldsets::MDE::medium(),
    );
    match (formatter, icu_date_time(&at)) {
        (Ok(f), Some(dt)) => f.format(&dt.date).to_string(),
        _ => at.format("%Y-%m-%d").to_string(),
    }
}

/// A day and a time to the minute: "Nov 30, 2:05 PM", "30 de nov., 14:05".
pub fn date_time(locale: Locale, at: DateTime<FixedOffset>) -> String {
    let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
        icu(locale).into(),
        fieldsets::MDT::medium().with_time_precision(TimePrecision::Minute),
    );
    match (formatter, icu_date_time(&at)) {
        (Ok(f), Some(dt)) => f.format(&dt).to_string(),
        _ => at.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// A whole number with the locale's grouping: "1,234", "1.234", "12,34,567".
pub fn number(locale: Locale, n: i64) -> String {
    match DecimalFormatter::try_new(icu(locale).into(), Default::default()) {
        Ok(f) => f.format(&Decimal::from(n)).to_string(),
        Err(_) => n.to_string(),
    }
}

/// The day a week starts on, 1 (Monday) to 7 (Sunday).
pub fn first_weekday(locale: Locale) -> u8 {
    use icu_calendar::types::Weekday;
    let first = WeekInformation::try_new(icu(locale).into())
        .map(|w| w.first_weekday)
        .unwrap_or(Weekday::Monday);
    match first {
        Weekday::Monday => 1,
        Weekday::Tuesday => 2,
        Weekday::Wednesday => 3,
        Weekday::Thursday => 4,
        Weekday::Friday => 5,
        Weekday::Saturday => 6,
        Weekday::Sunday => 7,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn each_locale_writes_a_time_with_its_own_clock() {
        let t = at("2026-11-30T14:05:00-03:00");
        for (locale, text) in [
            (Locale::En, "2:05\u{202f}PM"),
            (Locale::PtBr, "14:05"),
            (Locale::Es, "14:05"),
            (Locale::Id, "14.05"),
            (Locale::De, "14:05"),
            (Locale::Fr, "14:05"),
            (Locale::Hi, "2:05 pm"),
            (Locale::EnXa, "2:05\u{202f}PM"),
        ] {
            assert_eq!(time_of_day(locale, t), text, "{locale:?}");
        }
        assert!(time_of_day(Locale::Ar, t).contains("2:05"));
    }

    #[test]
    fn numbers_are_grouped_as_the_locale_groups_them() {
        assert_eq!(number(Locale::En, 1_234_567), "1,234,567");
        assert_eq!(number(Locale::PtBr, 1_234_567), "1.234.567");
        assert_eq!(number(Locale::Hi, 1_234_567), "12,34,567");
        assert_eq!(number(Locale::Fr, 1_234_567), "1\u{202f}234\u{202f}567");
    }

    #[test]
    fn weeks_start_on_the_locales_day_and_days_name_their_weekday() {
        assert_eq!(first_weekday(Locale::En), 7);
        assert_eq!(first_weekday(Locale::De), 1);
        assert_eq!(first_weekday(Locale::PtBr), 7);
        assert_eq!(first_weekday(Locale::Ar), 6);
        let monday = at("2026-11-30T14:05:00+00:00");
        assert!(
            day(Locale::En, monday).contains("Mon"),
            "{}",
            day(Locale::En, monday)
        );
        assert!(
            day(Locale::De, monday).contains("Mo"),
            "{}",
            day(Locale::De, monday)
        );
        assert!(date_time(Locale::PtBr, monday).contains("14:05"));
    }
}
