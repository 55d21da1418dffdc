//! How wide text is on a terminal, so that tables and hanging indents line
//! up in every language: a Hindi vowel sign or an Arabic vowel mark takes no
//! column of its own, a CJK character (in a device's name) takes two. Bytes
//! and chars both get these wrong.

/// The terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// `text` followed by spaces up to `columns` wide (never cut).
pub fn pad(text: &str, columns: usize) -> String {
    let mut padded = text.to_owned();
    padded.extend(std::iter::repeat_n(
        ' ',
        columns.saturating_sub(width(text)),
    ));
    padded
}

/// `text` for a terminal: without the bidi isolates the catalogs put
/// around placeables in right-to-left languages (for the window). A
/// terminal lays out each line itself, and many draw the marks as boxes.
/// Isolates that came from WAPing were escaped before and stay visible.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn char_width(c: char) -> usize {
    match c {
        // Combining marks, the Devanagari signs written over or under a
        // letter, Arabic vowel marks, joiners, bidi isolates and variation
        // selectors: drawn on the character before them.
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0900}'..='\u{0902}'
        | '\u{093A}'
        | '\u{093C}'
        | '\u{0941}'..='\u{0948}'
        | '\u{094D}'
        | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}' => 0,
        // East Asian wide and fullwidth characters, and emoji.
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F300}'..='\u{1F64F}'
        | '\u{1F900}'..='\u{1F9FF}'
        | '\u{20000}'..='\u{3FFFD}' => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_take_no_column_and_wide_characters_take_two() {
        assert_eq!(width("DEVICE"), 6);
        // कनेक्टेड: eight chars, three of them signs over or under a letter.
        assert_eq!(width("कनेक्टेड"), 5);
        assert_eq!(width("مُتَّصِل"), 4);
        assert_eq!(width("店の電話"), 8);
        assert_eq!(width("Connecté"), 8);
        assert_eq!(pad("कनेक्टेड", 7), "कनेक्टेड  ");
        assert_eq!(pad("long", 2), "long");
        assert_eq!(plain("\u{2068}4\u{2069} أجهزة"), "4 أجهزة");
    }
}
