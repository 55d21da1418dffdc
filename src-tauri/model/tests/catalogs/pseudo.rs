//! The pseudo-locale `en-XA`: English with every letter accented and about
//! 40% longer, so that a word the catalogs miss stands out (it is plain) and
//! a box too small for German or French shows it in English already.
//! Placeables, selectors, variant keys and terms are kept as they are, so
//! the catalog works like English's.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::{parser, serializer};

const HEADER: &str = "\
# WAPing Desk — en-XA, the pseudo-locale. Generated from en.ftl by
# `cargo test -p waping-model --test catalogs`: do not edit it by hand.
# Every letter is accented and the text about 40% longer, so that a word
# the catalogs miss stands out and a box too small for longer languages shows.

";

/// The pseudo-locale's catalog made from English's.
pub fn catalog(en: &str) -> Result<String, String> {
    let mut resource = parser::parse(en.to_owned())
        .map_err(|(_, errors)| format!("en.ftl does not parse: {errors:?}"))?;
    // English's own header speaks of English; the pseudo-locale has its own.
    if let Some(Entry::Comment(_) | Entry::ResourceComment(_)) = resource.body.first() {
        resource.body.remove(0);
    }
    for entry in &mut resource.body {
        // Terms are names (WAPing): kept, as names are in every language.
        if let Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                pattern(value);
            }
            for attribute in &mut message.attributes {
                pattern(&mut attribute.value);
            }
        }
    }
    Ok(format!("{HEADER}{}", serializer::serialize(&resource)))
}

fn pattern(pattern: &mut Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = text(value),
            PatternElement::Placeable { expression } => self::expression(expression),
        }
    }
}

fn expression(expression: &mut Expression<String>) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                pattern(&mut variant.value);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            self::expression(expression)
        }
        Expression::Inline(_) => {}
    }
}

/// `text` accented and 40% longer (rounded): vowels doubled first, spread
/// evenly, then consonants when there are too few vowels.
pub fn text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut extra = (chars.len() * 2 + 2) / 5;
    let vowels: Vec<usize> = (0..chars.len())
        .filter(|i| "aeiouyAEIOUY".contains(chars[*i]))
        .collect();
    let consonants: Vec<usize> = (0..chars.len())
        .filter(|i| chars[*i].is_ascii_alphabetic() && !vowels.contains(i))
        .collect();
    let mut doubled = vec![false; chars.len()];
    for candidates in [&vowels, &consonants] {
        let take = extra.min(candidates.len());
        for k in 0..take {
            doubled[candidates[k * candidates.len() / take]] = true;
        }
        extra -= take;
    }
    let mut out = String::with_capacity(text.len() * 2);
    for (i, c) in chars.iter().enumerate() {
        out.push(accented(*c));
        if doubled[i] {
            // The copy of a capital is small: "Ûûñķñööŵñ", not "ÛÛñķñöŵñ".
            out.push(accented(c.to_ascii_lowercase()));
        }
    }
    out
}

fn accented(c: char) -> char {
    const SMALL: [char; 26] = [
        'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const CAPITAL: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => SMALL[(c as u8 - b'a') as usize],
        'A'..='Z' => CAPITAL[(c as u8 - b'A') as usize],
        _ => c,
    }
}
