//! The soak benchmark's driver (`bench/soak.sh`, `make bench-soak`): the
//! standalone simulator with flapping phones pushing signed webhooks to the
//! real agent binary, which runs both hooks, for a given time; a flood of
//! idle connections to the webhook port half-way; the agent's memory and
//! open files sampled throughout. At the end it counts the hook runs and the
//! transitions the agent lost, prints the figures and writes them to
//! `<out>/soak-results.txt`. Exits 1 if a transition was lost.
//!
//! Run it through `bench/soak.sh`, which builds the binaries and gives this
//! process a private HOME and XDG folders (the agent it starts inherits them).

mod flaps;
mod flood;
mod probe;
mod sink;
mod tally;

#[path = "../shared/sim.rs"]
mod sim;

use clap::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;
use tokio::time::Instant;
use waping_core::simulator::{SimControl, SimWebhook};
use waping_core::{SessionState, Settings};
use waping_desk_agent::settings_file;
use waping_link::client::{connect_or_start, AgentClient};
use waping_link::contract::args::{GetOverview, SetApiKey, SetWebhookSecret};
use waping_link::protocol;

#[derive(Parser)]
struct Args {
    /// How long the phones flap, in seconds.
    #[arg(long, default_value_t = 3600)]
    secs: u64,
    /// The `waping-desk-sim` binary.
    #[arg(long)]
    sim: PathBuf,
    /// The `waping-desk-agent` binary.
    #[arg(long)]
    agent: PathBuf,
    /// Where the logs, samples and results go.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 50)]
    devices: u32,
    /// Mean seconds between a phone's drops (it stays down about a quarter of that).
    #[arg(long, default_value_t = 40)]
    flap_secs: u64,
    /// Idle connections opened to the webhook port a third of the way in.
    #[arg(long, default_value_t = 1100)]
    flood: usize,
    /// Seconds between samples of the agent's memory and open files.
    #[arg(long, default_value_t = 10)]
    sample_secs: u64,
}

/// Longest wait for the agent to answer, settle or catch up.
const SETTLE: Duration = Duration::from_secs(60);

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(report) if report.lost == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("soak: {e}");
            ExitCode::from(2)
        }
    }
}

/// What the agent shares with this process and the simulator.
struct Secrets {
    api_key: String,
    webhook_secret: String,
}

async fn run(args: Args) -> Result<tally::Report, String> {
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let dir = protocol::data_dir().ok_or("no data folder (is HOME set?)")?;
    let secrets = Secrets {
        api_key: format!("soak_{:016x}", rand::random::<u64>()),
        webhook_secret: format!("soak_{:016x}", rand::random::<u64>()),
    };
    let (mut sim, base_url) =
        sim::start(&args.sim, &args.out, args.devices, &secrets.api_key, SETTLE).await?;
    let sink = sink::start().await?;
    let webhook_port = free_port()?;
    let command_log = args.out.join("hook-command.log");
    let settings = settings(&base_url, webhook_port, &sink.url, &command_log);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    settings_file::save(&settings_file::path(&dir), &settings)?;

    let (client, _events) = connect_or_start(&dir, &args.agent, false)
        .await
        .map_err(|e| format!("the agent: {}", e.message))?;
    let pid = protocol::read_discovery(&dir)
        .ok_or("the agent wrote no discovery file")?
        .pid;
    println!("agent pid {pid}, data folder {}", dir.display());
    // The flood needs more files than a default soft limit gives this
    // process; raised only now, so that the agent keeps the limit a user's has.
    raise_file_limit();
    client
        .ask(SetApiKey {
            key: secrets.api_key.clone(),
            session_only: true,
        })
        .await
        .map_err(|e| format!("the API key: {}", e.message))?;
    client
        .ask(SetWebhookSecret {
            secret: secrets.webhook_secret.clone(),
            session_only: true,
        })
        .await
        .map_err(|e| format!("the webhook secret: {}", e.message))?;
    wait_until_watching(&client, args.devices as usize).await?;
    let control = SimControl::new(&base_url, &secrets.api_key);
    control
        .set_webhook(&SimWebhook {
            url: format!(
                "http://127.0.0.1:{webhook_port}{}",
                waping_core::webhook::PATH
            ),
            secret: secrets.webhook_secret.clone(),
            header: settings.webhook.signature_header.clone(),
        })
        .await?;

    let history = dir.join("history.sqlite3");
    let mut probe = probe::Probe::new(pid, &history);
    let before = probe.sample("before")?;
    println!("before: {before}");

    let start = Instant::now();
    let deadline = start + Duration::from_secs(args.secs);
    let flood_at = start + Duration::from_secs(args.secs / 3);
    let flood_for = Duration::from_secs((args.secs / 4).min(180));
    let flapping = tokio::spawn(flaps::run(
        control.clone(),
        args.devices,
        Duration::from_secs(args.flap_secs),
        deadline,
    ));
    let flooding = tokio::spawn(flood::run(webhook_port, args.flood, flood_at, flood_for));
    let mut next_sample = start + Duration::from_secs(args.sample_secs);
    while next_sample <= deadline {
        tokio::time::sleep_until(next_sample).await;
        let phase = if (flood_at..flood_at + flood_for).contains(&next_sample) {
            "flood"
        } else {
            "flapping"
        };
        let sample = probe.sample(phase)?;
        println!("{sample}");
        next_sample += Duration::from_secs(args.sample_secs);
    }
    let changes = flapping.await.map_err(|e| e.to_string())??;
    let flood = flooding.await.map_err(|e| e.to_string())?;
    println!(
        "flapping stopped after {} changes; waiting for the agent to catch up",
        changes.len()
    );
    probe.settle(&changes, &command_log, &sink, SETTLE).await;
    let after = probe.sample("after")?;
    println!("after: {after}");

    let report = tally::count(tally::Inputs {
        secs: args.secs,
        devices: args.devices,
        history: &history,
        changes: &changes,
        probe: &probe,
        command_log: &command_log,
        sink_requests: sink.requests(),
        flood,
        sim_log: &args.out.join("sim.log"),
    })?;
    let text = report.to_string();
    println!("\n{text}");
    std::fs::write(args.out.join("soak-results.txt"), &text).map_err(|e| e.to_string())?;
    std::fs::write(args.out.join("soak-samples.csv"), probe.csv()).map_err(|e| e.to_string())?;

    stop_agent(pid).await;
    let _ = sim.kill().await;
    Ok(report)
}

/// A live workspace at the simulator, the receiver on, both hooks set, and
/// every drop a real one (no phone is paired here, so no grace after one).
fn settings(base_url: &str, webhook_port: u16, sink_url: &str, command_log: &Path) -> Settings {
    let mut settings = Settings {
        base_url: base_url.to_owned(),
        ..Settings::default()
    };
    settings.detection.pairing_grace_secs = 0;
    settings.webhook.enabled = true;
    settings.webhook.port = webhook_port;
    settings.hooks.url = Some(sink_url.to_owned());
    settings.hooks.command = Some(format!(
        "printf '%s %s\\n' \"$WAPING_EVENT\" \"$WAPING_DEVICE_ID\" >> '{}'",
        command_log.display()
    ));
    settings
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

fn raise_file_limit() {
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        let mut limit = std::mem::zeroed::<libc::rlimit>();
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            limit.rlim_cur = limit.rlim_max.min(65_536);
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

/// Waits until the agent watches the live workspace with every phone
/// connected and its webhook receiver listening.
async fn wait_until_watching(client: &AgentClient, devices: usize) -> Result<(), String> {
    let deadline = Instant::now() + SETTLE;
    loop {
        let overview = client.ask(GetOverview {}).await.map_err(|e| e.message)?;
        let connected = overview
            .devices
            .iter()
            .filter(|d| d.device.state == SessionState::Connected)
            .count();
        if connected == devices && overview.webhook_url.is_some() {
            println!("the agent watches {connected} phones, webhooks on");
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "the agent did not come to watch {devices} phones with webhooks on: {connected} connected, webhook {:?}",
                overview.webhook_problem
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// SIGTERM, as a session ending sends, then waits for the agent to go.
async fn stop_agent(pid: u32) {
    let Ok(raw) = i32::try_from(pid) else { return };
    // SAFETY: kill has no memory effects.
    unsafe {
        libc::kill(raw, libc::SIGTERM);
    }
    let deadline = Instant::now() + SETTLE;
    while Path::new(&format!("/proc/{pid}")).exists() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
