//! A standalone WAPing-compatible simulator:
//! `waping-desk-sim --port 8787 --plan growth --devices 5`.
//!
//! `--wire-profile` picks how its answers are spelled and paged (the
//! contract's canonical shape, or a variant real gateways use), e.g.
//! `waping-desk-sim --plan enterprise --devices 50 --wire-profile paged-cursor --page-size 20`.

use clap::Parser;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;
use waping_core::simulator::{
    self, Scenario, SimConfig, WireProfile, DEFAULT_API_KEY, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE,
};
use waping_core::PlanTier;

#[derive(Parser)]
#[command(
    version,
    about = "A WAPing-compatible simulator for WAPing Desk and scripts"
)]
struct Args {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8787)]
    port: u16,
    /// Address to bind; loopback unless you mean to share it.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    bind: IpAddr,
    /// Plan: free, starter, growth, pro or enterprise.
    #[arg(long, default_value = "growth", value_parser = parse_plan)]
    plan: PlanTier,
    /// Devices to start with (at most the plan's limit).
    #[arg(long, default_value_t = 3)]
    devices: u32,
    /// How the devices start.
    #[arg(long, value_enum, default_value_t = Scenario::Demo)]
    scenario: Scenario,
    /// The API key clients must send.
    #[arg(long, env = "WAPING_SIM_API_KEY", default_value = DEFAULT_API_KEY)]
    api_key: String,
    /// Seconds between random state changes; 0 keeps devices still.
    #[arg(long, default_value_t = 10)]
    churn_secs: u64,
    /// Seed for the random lifecycle.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// How answers are spelled, wrapped, timed and paged (errors, the QR
    /// code, the workspace and pushed events too; the /_sim control API
    /// stays the same).
    #[arg(long, default_value = WireProfile::NAMES[0], value_parser = wire_profiles())]
    wire_profile: String,
    /// Devices per page, for the paged wire profiles.
    #[arg(
        long,
        default_value_t = DEFAULT_PAGE_SIZE,
        value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_PAGE_SIZE)),
    )]
    page_size: u32,
}

/// Colour only for a person at a terminal who has not asked for none
/// (<https://no-color.org>: `NO_COLOR` set and not empty).
fn colour_on_stderr() -> bool {
    use std::io::IsTerminal;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stderr().is_terminal()
}

fn wire_profiles() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        WireProfile::all()
            .into_iter()
            .map(|p| clap::builder::PossibleValue::new(p.name()).help(p.summary())),
    )
}

fn parse_plan(raw: &str) -> Result<PlanTier, String> {
    PlanTier::from_name(raw).ok_or_else(|| format!("unknown plan {raw:?}"))
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .with_ansi(colour_on_stderr())
        .init();
    let args = Args::parse();
    let Some(wire) = WireProfile::named(&args.wire_profile) else {
        eprintln!(
            "waping-desk-sim: unknown wire profile {:?}",
            args.wire_profile
        );
        return std::process::ExitCode::FAILURE;
    };
    let wire = wire.with_page_size(args.page_size);
    let config = SimConfig {
        plan: args.plan,
        devices: args.devices,
        scenario: args.scenario,
        api_key: args.api_key,
        churn_every: (args.churn_secs > 0).then(|| Duration::from_secs(args.churn_secs)),
        seed: args.seed,
        wire: wire.clone(),
        ..SimConfig::default()
    };
    let handle = match simulator::start(config, SocketAddr::new(args.bind, args.port)).await {
        Ok(handle) => handle,
        Err(e) => {
            eprintln!(
                "waping-desk-sim: cannot listen on {}:{}: {e}",
                args.bind, args.port
            );
            return std::process::ExitCode::FAILURE;
        }
    };
    println!(
        "WAPing simulator on {} ({} plan, {} devices, {} wire profile{}). API key: {}",
        handle.base_url(),
        args.plan,
        args.devices.min(args.plan.device_limit()),
        wire.name(),
        match wire.paging() {
            simulator::Paging::Whole => String::new(),
            _ => format!(", {} devices a page", wire.page_size()),
        },
        handle.api_key()
    );
    println!(
        "Try: WAPING_API_KEY={} waping-desk status --base-url {}",
        handle.api_key(),
        handle.base_url()
    );
    let _ = tokio::signal::ctrl_c().await;
    handle.stop().await;
    std::process::ExitCode::SUCCESS
}
