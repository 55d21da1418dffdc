//! Text from outside (WAPing's answers, settings) made safe to print: on a
//! terminal, in a report, in JSON for a file.

use serde::Serialize;

/// Text safe to print anywhere: control and bidirectional-override
/// characters escaped, cut to `max` characters with an ellipsis.
pub fn printable(raw: &str, max: usize) -> String {
    let mut out = String::new();
    for (n, c) in raw.chars().enumerate() {
        if n == max {
            out.push('…');
            break;
        }
        if c.is_control() || is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that reorder what follows them on a terminal or page.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// JSON for a terminal or a file: bidirectional controls, which JSON may
/// carry as they are, written as `\uXXXX` escapes (control characters
/// already are), so the text cannot reorder what a terminal shows.
pub fn terminal_json(value: &impl Serialize, pretty: bool) -> String {
    let raw = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if is_bidi_control(c) || (c.is_control() && c != '\n') {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_controls_and_cuts() {
        assert_eq!(printable("plain", 10), "plain");
        assert_eq!(printable("a\u{7}b\nc", 10), "a\\u{7}b\\u{a}c");
        assert_eq!(printable("evil\u{202e}txt", 20), "evil\\u{202e}txt");
        assert_eq!(printable("abcdef", 3), "abc…");
        assert_eq!(printable("", 0), "");
        assert_eq!(printable("x", 0), "…");
    }

    #[test]
    fn json_for_a_terminal_escapes_bidi_controls() {
        let value = serde_json::json!({"name": "a\u{202e}b\u{1b}c"});
        let out = terminal_json(&value, false);
        assert!(
            !out.contains('\u{202e}') && !out.contains('\u{1b}'),
            "{out}"
        );
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back, value, "the same value, read back");
    }
}
