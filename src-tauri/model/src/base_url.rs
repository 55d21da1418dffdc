//! WAPing's address: the product's default, and what the app accepts in its
//! place. A pure check, so that settings are validated where they are typed.

use url::Url;

/// The WAPing API the app talks to unless the user sets another. The
/// gateway's `wire` names it among WAPing's other facts (it re-exports this).
pub const DEFAULT_BASE_URL: &str = "https://api.waping.app";

/// An address the app refuses to send the key to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid WAPing base URL: {cause}")]
pub struct InvalidBaseUrl {
    pub cause: String,
}

/// Accepts https, or plain http only for this computer; never a query,
/// fragment or credentials.
pub fn parse(raw: &str) -> Result<Url, InvalidBaseUrl> {
    let invalid = |cause: &str| InvalidBaseUrl {
        cause: cause.to_owned(),
    };
    let url = Url::parse(raw.trim()).map_err(|e| invalid(&e.to_string()))?;
    let host = url.host_str().ok_or_else(|| invalid("it has no host"))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(host) => {}
        "http" => {
            return Err(invalid(
                "use https:// (plain http is only allowed for this computer)",
            ))
        }
        _ => return Err(invalid("it must start with https://")),
    }
    if url.query().is_some()
        || url.fragment().is_some()
        || !url.username().is_empty()
        || url.password().is_some()
    {
        return Err(invalid(
            "it must not carry a query, fragment or credentials",
        ));
    }
    Ok(url)
}

/// Whether `raw` is a valid address of a service on this computer.
pub fn is_on_this_computer(raw: &str) -> bool {
    parse(raw).is_ok_and(|url| url.host_str().is_some_and(is_loopback))
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}
