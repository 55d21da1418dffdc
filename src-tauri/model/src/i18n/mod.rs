//! The user's language: which locales the app speaks, their message
//! catalogs (Fluent, one `.ftl` file per locale in `model/locales/`, which
//! the window's page reads too), and how times and numbers are written in
//! each (ICU4X, the same CLDR data the web view's `Intl` uses).
//!
//! Catalogs are compiled in: no file is read, so this stays pure.

mod catalog;
mod format;
mod locale;

pub use catalog::{Arg, Catalog};
pub use format::{date_time, day, first_weekday, number, time_of_day};
pub use locale::{Locale, LocaleInfo};
