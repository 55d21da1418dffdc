//! The catalog check: every catalog parses; every locale has exactly the
//! messages of English with the same variables; references and default
//! variants exist; every message is used by the code. It also makes the
//! pseudo-locale `en-XA.ftl` and the window's `MessageId.ts` from `en.ftl`.

// The test is the crate's root, so its modules are named by path.
#[path = "catalogs/generated.rs"]
mod generated;
#[path = "catalogs/pseudo.rs"]
mod pseudo;
#[path = "catalogs/rules.rs"]
mod rules;
#[path = "catalogs/usage.rs"]
mod usage;

use rules::Catalog;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use ts_rs::TS;
use waping_model::i18n::Locale;
use waping_model::ErrorCode;

const GENERATED: &str = "en-XA.ftl";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every `.ftl` file but the generated one, as (file name, text), English first.
fn sources() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(locales_dir())
        .expect("the locales folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl") && name != GENERATED)
        .map(|name| {
            let text = std::fs::read_to_string(locales_dir().join(&name))
                .unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
            (name, text)
        })
        .collect();
    files.sort_by_key(|(name, _)| (name != "en.ftl", name.clone()));
    files
}

/// The catalogs parsed, English first; a catalog that does not parse fails
/// the test, naming every error with its file and line.
fn parsed(sources: &[(String, String)]) -> Vec<Catalog<'_>> {
    let mut catalogs = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in sources {
        match rules::parse(name, text) {
            Ok(c) => catalogs.push(c),
            Err(errors) => problems.extend(errors),
        }
    }
    fail_on("Catalogs that do not parse", &problems);
    catalogs
}

fn fail_on(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what} ({}):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// The message id of every error code (ts-rs writes the enum as its serde
/// names: "INVALID_INPUT" | ..., each read back as its code).
fn error_message_ids() -> Vec<String> {
    ErrorCode::inline(&ts_rs::Config::default())
        .split('|')
        .map(|name| {
            let code: ErrorCode = serde_json::from_str(name.trim())
                .unwrap_or_else(|e| panic!("{name} is no error code: {e}"));
            code.message_id()
        })
        .collect()
}

#[test]
fn every_catalog_parses() {
    let sources = sources();
    assert_eq!(parsed(&sources).len(), sources.len());
}

#[test]
fn every_locale_has_a_catalog_and_there_are_no_others() {
    let tags: BTreeSet<String> = Locale::ALL
        .iter()
        .map(|l| format!("{}.ftl", l.tag()))
        .collect();
    let mut files: BTreeSet<String> = sources().into_iter().map(|(name, _)| name).collect();
    files.insert(GENERATED.to_owned());
    assert_eq!(files, tags);
}

#[test]
fn every_locale_has_the_messages_of_english_and_no_others() {
    let sources = sources();
    let catalogs = parsed(&sources);
    let problems: Vec<String> = catalogs[1..]
        .iter()
        .flat_map(|c| rules::same_messages(&catalogs[0], c))
        .collect();
    fail_on("Messages missing or not in English", &problems);
}

#[test]
fn translations_use_the_variables_english_gives_and_no_others() {
    let sources = sources();
    let catalogs = parsed(&sources);
    let problems: Vec<String> = catalogs[1..]
        .iter()
        .flat_map(|c| rules::same_variables(&catalogs[0], c))
        .collect();
    fail_on("Variables left out or invented", &problems);
}

#[test]
fn references_and_default_variants_exist() {
    let sources = sources();
    let problems: Vec<String> = parsed(&sources)
        .iter()
        .flat_map(|c| [rules::references_exist(c), rules::defaults_exist(c)].concat())
        .collect();
    fail_on("Broken references or select expressions", &problems);
}

#[test]
fn the_pseudo_locale_is_generated_from_english() {
    let en = std::fs::read_to_string(locales_dir().join("en.ftl")).expect("en.ftl");
    let pseudo = pseudo::catalog(&en).expect("en.ftl parses");
    // What is written must itself pass the check against English.
    let en_catalog = rules::parse("en.ftl", &en).expect("en.ftl parses");
    let xa = rules::parse(GENERATED, &pseudo).expect("the generated catalog parses");
    let problems = [
        rules::same_messages(&en_catalog, &xa),
        rules::same_variables(&en_catalog, &xa),
        rules::references_exist(&xa),
    ]
    .concat();
    fail_on("The generated pseudo-locale", &problems);
    generated::write_or_check(&locales_dir().join(GENERATED), &pseudo)
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn message_ids_are_generated_for_the_window() {
    let en = std::fs::read_to_string(locales_dir().join("en.ftl")).expect("en.ftl");
    let en = rules::parse("en.ftl", &en).expect("en.ftl parses");
    let ts = generated::message_ids_ts(&en);
    let path = root().join("ui/src/lib/bindings/MessageId.ts");
    generated::write_or_check(&path, &ts).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn every_message_is_used() {
    let en = std::fs::read_to_string(locales_dir().join("en.ftl")).expect("en.ftl");
    let en = rules::parse("en.ftl", &en).expect("en.ftl parses");
    let mut literals = BTreeSet::new();
    for file in usage::source_files(&root()) {
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        literals.extend(usage::literals(&text));
    }
    let unused = usage::unused(&rules::message_ids(&en), &literals, &error_message_ids());
    fail_on(
        "Messages of en.ftl no code uses (write the id as a literal where it shows, or remove it from every catalog)",
        &unused,
    );
}

#[test]
fn every_error_code_has_its_words() {
    let en = std::fs::read_to_string(locales_dir().join("en.ftl")).expect("en.ftl");
    let en = rules::parse("en.ftl", &en).expect("en.ftl parses");
    let ids = rules::message_ids(&en);
    let missing: Vec<String> = error_message_ids()
        .into_iter()
        .filter(|id| !ids.contains(id))
        .collect();
    fail_on(
        "Error codes with no message in en.ftl (the window and the command line say them)",
        &missing,
    );
}

/// The pseudo transform itself.
mod pseudo_text {
    use super::pseudo;

    #[test]
    fn letters_are_accented_and_nothing_else_is() {
        let out = pseudo::text("Re-scan 3 phones, now!");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()), "{out}");
        assert!(
            out.contains('3') && out.contains(", ") && out.ends_with('!'),
            "{out}"
        );
        assert!(out.starts_with("Ŕŕéé-"), "{out}");
    }

    #[test]
    fn a_long_sentence_grows_by_about_forty_percent() {
        let sentence = "The phone is offline (check its battery, internet and background limits)";
        let out = pseudo::text(sentence);
        let ratio = out.chars().count() as f64 / sentence.chars().count() as f64;
        assert!((1.35..=1.45).contains(&ratio), "{ratio}: {out}");
    }

    #[test]
    fn placeables_selectors_variant_keys_and_terms_are_kept() {
        let en = "-brand = WAPing\n\
                  ago = { $duration } ago\n\
                  seen = { $count ->\n    [one] one phone on { -brand }\n   *[other] { $count } phones\n}\n";
        let out = pseudo::catalog(en).unwrap();
        assert!(out.contains("-brand = WAPing\n"), "{out}");
        assert!(out.contains("{ $duration } "), "{out}");
        assert!(out.contains("{ $count ->"), "{out}");
        assert!(out.contains("[one] "), "{out}");
        assert!(out.contains("*[other] { $count } "), "{out}");
        assert!(out.contains("{ -brand }"), "{out}");
        assert!(!out.contains("phones"), "{out}");
        assert!(out.starts_with("# WAPing Desk — en-XA"), "{out}");
    }
}

/// Each rule fails on a small catalog that breaks it.
mod rules_on_bad_catalogs {
    use super::usage;
    use super::{rules, ErrorCode};
    use std::collections::BTreeSet;

    const EN: &str = "\
-brand = WAPing
state-unknown = Unknown ({ $status })
seen = { $count ->
    [one] One phone
   *[other] { $count } phones
}
tray-open = Open
    .tooltip = Open { -brand }
";

    fn check(other: &str) -> Vec<String> {
        let en = rules::parse("en.ftl", EN).unwrap();
        let other = rules::parse("xx.ftl", other).unwrap();
        [
            rules::same_messages(&en, &other),
            rules::same_variables(&en, &other),
            rules::references_exist(&other),
            rules::defaults_exist(&other),
        ]
        .concat()
    }

    #[test]
    fn a_faithful_translation_passes() {
        // Like Arabic's [one], a variant may leave the number out.
        let ok = "\
-brand = WAPing
state-unknown = Inconnu ({ $status })
seen = { $count ->
    [one] Un téléphone
   *[other] { $count } téléphones
}
tray-open = Ouvrir
    .tooltip = Ouvrir { -brand }
";
        assert_eq!(check(ok), Vec::<String>::new());
    }

    #[test]
    fn missing_and_extra_messages_are_all_named() {
        let bad = "\
-brand = WAPing
seen = { $count } téléphones
tray-open = Ouvrir
extra = En trop
";
        assert_eq!(
            check(bad),
            vec![
                "xx.ftl: missing state-unknown",
                "xx.ftl: missing tray-open.tooltip",
                "xx.ftl: extra is not in en.ftl",
            ]
        );
    }

    #[test]
    fn an_invented_or_lost_variable_fails() {
        let bad = "\
-brand = WAPing
state-unknown = Inconnu ({ $state })
seen = { $count } téléphones
tray-open = Ouvrir
    .tooltip = Ouvrir { -brand }
";
        assert_eq!(
            check(bad),
            vec![
                "xx.ftl: state-unknown leaves out $status",
                "xx.ftl: state-unknown uses $state, which en.ftl does not give",
            ]
        );
    }

    #[test]
    fn an_unknown_term_fails() {
        let bad = "\
state-unknown = Inconnu ({ $status })
seen = { $count } téléphones
tray-open = Ouvrir
    .tooltip = Ouvrir { -brand } et { -app }
";
        assert_eq!(
            check(bad),
            vec![
                "xx.ftl: tray-open.tooltip refers to -app, which is not defined",
                "xx.ftl: tray-open.tooltip refers to -brand, which is not defined",
            ]
        );
    }

    #[test]
    fn a_select_with_no_default_variant_fails_naming_file_and_line() {
        let bad = "\
-brand = WAPing
state-unknown = Inconnu ({ $status })
seen = { $count ->
    [one] Un téléphone
    [other] { $count } téléphones
}
";
        let errors = rules::parse("xx.ftl", bad).err().expect("a parse error");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("xx.ftl:3: "), "{errors:?}");
        assert!(errors[0].to_lowercase().contains("default"), "{errors:?}");
    }

    #[test]
    fn a_syntax_error_names_file_and_line() {
        let errors = rules::parse("xx.ftl", "ok = Fine\n\nbroken = { $x\n")
            .err()
            .unwrap();
        assert!(errors[0].starts_with("xx.ftl:3: "), "{errors:?}");
    }

    #[test]
    fn an_unused_message_is_named_and_error_codes_count_as_use() {
        let en = rules::parse(
            "en.ftl",
            "language-name = English\nused = Used\nunused = Unused\nerror-not-found = Not found\nerror-gone = Gone\n",
        )
        .unwrap();
        let literals = usage::literals("let a = t(\"used\"); let b = 'unusedX'; f(\"unused-too\")");
        assert_eq!(
            literals,
            BTreeSet::from(["used".to_owned(), "unused-too".to_owned()])
        );
        let unused = usage::unused(
            &rules::message_ids(&en),
            &literals,
            &[ErrorCode::NotFound.message_id()],
        );
        assert_eq!(unused, vec!["unused", "error-gone"]);
    }
}
