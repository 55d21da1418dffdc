//! The rules every catalog keeps, as functions of the catalogs' text so that
//! each rule can be seen to fail on a small bad catalog. Each returns every
//! problem it finds, one line each, so that one run lists them all.

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, Resource,
};
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};

/// A parsed catalog and the name its problems are reported under.
pub struct Catalog<'s> {
    pub name: String,
    pub resource: Resource<&'s str>,
}

/// Parses `source`; a syntax error names the file and the line.
pub fn parse<'s>(name: &str, source: &'s str) -> Result<Catalog<'s>, Vec<String>> {
    match parser::parse(source) {
        Ok(resource) => Ok(Catalog {
            name: name.to_owned(),
            resource,
        }),
        Err((_, errors)) => Err(errors
            .iter()
            .map(|e| {
                // The parser notices an error where it gives up (a missing
                // default variant at the closing brace); the entry's first
                // line is where to look.
                let noticed = line_of(source, e.pos.start);
                let entry = e.slice.as_ref().map_or(noticed, |slice| {
                    let text = source.get(slice.clone()).unwrap_or("");
                    let blank = text.len() - text.trim_start().len();
                    line_of(source, slice.start + blank)
                });
                if entry == noticed {
                    format!("{name}:{entry}: {}", e.kind)
                } else {
                    format!("{name}:{entry}: {} (on line {noticed})", e.kind)
                }
            })
            .collect()),
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// A message's value is keyed by its id, an attribute by `id.attr`.
pub type Key = String;

/// Every message and attribute of a catalog, with the patterns they hold.
pub fn patterns<'c, 's>(catalog: &'c Catalog<'s>) -> BTreeMap<Key, &'c Pattern<&'s str>> {
    let mut all = BTreeMap::new();
    for entry in &catalog.resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name;
            if let Some(value) = &message.value {
                all.insert(id.to_owned(), value);
            }
            for attribute in &message.attributes {
                all.insert(format!("{id}.{}", attribute.id.name), &attribute.value);
            }
        }
    }
    all
}

/// The ids of the messages of a catalog, in the catalog's order.
pub fn message_ids(catalog: &Catalog<'_>) -> Vec<String> {
    catalog
        .resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Every message and attribute of English is in `other`, and `other` has
/// none that English lacks.
pub fn same_messages(en: &Catalog<'_>, other: &Catalog<'_>) -> Vec<String> {
    let ours: BTreeSet<Key> = patterns(en).into_keys().collect();
    let theirs: BTreeSet<Key> = patterns(other).into_keys().collect();
    let mut problems = Vec::new();
    for key in ours.difference(&theirs) {
        problems.push(format!("{}: missing {key}", other.name));
    }
    for key in theirs.difference(&ours) {
        problems.push(format!("{}: {key} is not in en.ftl", other.name));
    }
    problems
}

/// Every variable a message of English uses is used by its translation
/// (in at least one variant: Arabic's `[one]` may leave the number out), and
/// the translation uses none that English does not give.
pub fn same_variables(en: &Catalog<'_>, other: &Catalog<'_>) -> Vec<String> {
    let theirs = patterns(other);
    let mut problems = Vec::new();
    for (key, pattern) in patterns(en) {
        let Some(translation) = theirs.get(&key) else {
            continue;
        };
        let given = variables(pattern);
        let used = variables(translation);
        for lost in given.difference(&used) {
            problems.push(format!("{}: {key} leaves out ${lost}", other.name));
        }
        for invented in used.difference(&given) {
            problems.push(format!(
                "{}: {key} uses ${invented}, which en.ftl does not give",
                other.name
            ));
        }
    }
    problems
}

/// Every term and message a catalog refers to is in it.
pub fn references_exist(catalog: &Catalog<'_>) -> Vec<String> {
    let mut terms = BTreeSet::new();
    let mut messages = BTreeSet::new();
    for entry in &catalog.resource.body {
        match entry {
            Entry::Term(t) => {
                terms.insert(t.id.name);
            }
            Entry::Message(m) => {
                messages.insert(m.id.name);
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    for (key, pattern) in all_patterns(catalog) {
        let mut found = References::default();
        walk_pattern(pattern, &mut found);
        for term in found.terms.difference(&terms) {
            problems.push(format!(
                "{}: {key} refers to -{term}, which is not defined",
                catalog.name
            ));
        }
        for message in found.messages.difference(&messages) {
            problems.push(format!(
                "{}: {key} refers to {message}, which is not defined",
                catalog.name
            ));
        }
    }
    problems
}

/// Every select expression has a default variant (`*[other]`). The parser
/// refuses one without, so this holds for any catalog that parses; it is kept
/// so the rule does not rest on the parser alone.
pub fn defaults_exist(catalog: &Catalog<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, pattern) in all_patterns(catalog) {
        let mut found = References::default();
        walk_pattern(pattern, &mut found);
        if found.selects_without_default > 0 {
            problems.push(format!(
                "{}: {key} has a select expression with no default variant",
                catalog.name
            ));
        }
    }
    problems
}

/// Messages' and terms' patterns, terms keyed by `-name`.
fn all_patterns<'c, 's>(catalog: &'c Catalog<'s>) -> Vec<(Key, &'c Pattern<&'s str>)> {
    let mut all: Vec<(Key, &Pattern<&str>)> = patterns(catalog).into_iter().collect();
    for entry in &catalog.resource.body {
        if let Entry::Term(term) = entry {
            all.push((format!("-{}", term.id.name), &term.value));
            for attribute in &term.attributes {
                all.push((
                    format!("-{}.{}", term.id.name, attribute.id.name),
                    &attribute.value,
                ));
            }
        }
    }
    all
}

/// The variables a pattern uses, in selectors and in every variant.
pub fn variables<'s>(pattern: &Pattern<&'s str>) -> BTreeSet<&'s str> {
    let mut found = References::default();
    walk_pattern(pattern, &mut found);
    found.variables
}

/// The messages a pattern refers to (`{ other-message }`).
pub fn message_references<'s>(pattern: &Pattern<&'s str>) -> BTreeSet<&'s str> {
    let mut found = References::default();
    walk_pattern(pattern, &mut found);
    found.messages
}

#[derive(Default)]
struct References<'s> {
    variables: BTreeSet<&'s str>,
    terms: BTreeSet<&'s str>,
    messages: BTreeSet<&'s str>,
    selects_without_default: usize,
}

fn walk_pattern<'s>(pattern: &Pattern<&'s str>, found: &mut References<'s>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression<'s>(expression: &Expression<&'s str>, found: &mut References<'s>) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, found);
            if !variants.iter().any(|v| v.default) {
                found.selects_without_default += 1;
            }
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, found),
    }
}

fn walk_inline<'s>(inline: &InlineExpression<&'s str>, found: &mut References<'s>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name);
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            found.terms.insert(id.name);
            // A term's own arguments are the term's, not the message's; only
            // the variables passed in are the message's.
            if let Some(arguments) = arguments {
                walk_arguments(arguments, found);
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            found.messages.insert(id.name);
        }
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, found),
        InlineExpression::Placeable { expression } => walk_expression(expression, found),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments<'s>(arguments: &CallArguments<&'s str>, found: &mut References<'s>) {
    for positional in &arguments.positional {
        walk_inline(positional, found);
    }
    for named in &arguments.named {
        walk_inline(&named.value, found);
    }
}
