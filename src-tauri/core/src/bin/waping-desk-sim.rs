//! A standalone WAPing-compatible simulator:
//! `waping-desk-sim --port 8787 --plan growth --devices 5`.

use clap::Parser;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;
use waping_core::simulator::{self, Scenario, SimConfig, DEFAULT_API_KEY};
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
}

fn parse_plan(raw: &str) -> Result<PlanTier, String> {
    PlanTier::from_name(raw).ok_or_else(|| format!("unknown plan {raw:?}"))
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let config = SimConfig {
        plan: args.plan,
        devices: args.devices,
        scenario: args.scenario,
        api_key: args.api_key,
        churn_every: (args.churn_secs > 0).then(|| Duration::from_secs(args.churn_secs)),
        seed: args.seed,
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
        "WAPing simulator on {} ({} plan, {} devices). API key: {}",
        handle.base_url(),
        args.plan,
        args.devices.min(args.plan.device_limit()),
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
