//! The idle benchmark's driver (`bench/idle.sh`, `make bench-idle`): the real
//! agent binary watching 50 phones on the standalone simulator over loopback,
//! where nothing changes, with no window open. Once the agent has settled it
//! is left alone for the given time while this process reads, from /proc
//! only, each of its threads' context switches (every second, so threads
//! that come and go are counted too), and at both ends its CPU time, the
//! bytes it wrote to disk and its PSS. Prints the figures and writes them to
//! `<out>/idle-results.txt`; exits 1 if a target was missed.
//!
//! Run it through `bench/idle.sh`, which builds the binaries and gives this
//! process a private HOME, XDG folders and D-Bus session (the agent it
//! starts inherits them, and keeps its tray on that bus, so that it stays
//! once this driver's connection closes, as it does when a window closes).

mod figures;
mod proc;

#[path = "../shared/sim.rs"]
mod sim;

use clap::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;
use tokio::time::Instant;
use waping_core::{SessionState, Settings};
use waping_desk_agent::settings_file;
use waping_link::client::{connect_or_start, AgentClient};
use waping_link::contract::args::{GetOverview, SetApiKey};
use waping_link::protocol;

#[derive(Parser)]
struct Args {
    /// How long the agent is measured, in seconds.
    #[arg(long, default_value_t = 600)]
    secs: u64,
    /// How long the agent is left alone before the measure starts: its
    /// first polls, the demo's end, idle threads of the runtime ending.
    #[arg(long, default_value_t = 30)]
    settle_secs: u64,
    /// The `waping-desk-sim` binary.
    #[arg(long)]
    sim: PathBuf,
    /// The `waping-desk-agent` binary.
    #[arg(long)]
    agent: PathBuf,
    /// Where the logs and results go.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 50)]
    devices: u32,
}

/// Longest wait for the agent to answer or come to watch the phones.
const SETTLE: Duration = Duration::from_secs(60);

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(report) if report.met() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("idle: {e}");
            ExitCode::from(2)
        }
    }
}

async fn run(args: Args) -> Result<figures::Report, String> {
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let dir = protocol::data_dir().ok_or("no data folder (is HOME set?)")?;
    let api_key = format!("idle_{:016x}", rand::random::<u64>());
    let (mut sim, base_url) =
        sim::start(&args.sim, &args.out, args.devices, &api_key, SETTLE).await?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // Everything else as a user has it: polling every 15 s, no receiver, no hooks.
    let settings = Settings {
        base_url,
        ..Settings::default()
    };
    settings_file::save(&settings_file::path(&dir), &settings)?;

    let (client, _events) = connect_or_start(&dir, &args.agent, false)
        .await
        .map_err(|e| format!("the agent: {}", e.message))?;
    let pid = protocol::read_discovery(&dir)
        .ok_or("the agent wrote no discovery file")?
        .pid;
    println!("agent pid {pid}, data folder {}", dir.display());
    client
        .ask(SetApiKey {
            key: api_key,
            session_only: true,
        })
        .await
        .map_err(|e| format!("the API key: {}", e.message))?;
    wait_until_watching(&client, args.devices as usize).await?;
    // No window: the agent as it is in the tray most of the day.
    drop(client);
    tokio::time::sleep(Duration::from_secs(args.settle_secs)).await;
    if !Path::new(&format!("/proc/{pid}")).exists() {
        return Err("the agent ended with this driver's connection: it has no tray (run it under a D-Bus session, as bench/idle.sh does)".into());
    }

    let history = dir.join("history.sqlite3");
    let mut threads = figures::Threads::start(proc::threads(pid)?);
    let before = proc::totals(pid)?;
    let history_before = history_files(&history);
    let start = Instant::now();
    let deadline = start + Duration::from_secs(args.secs);
    println!("measuring for {} s", args.secs);
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_secs(1).min(deadline - Instant::now())).await;
        threads.sample(proc::threads(pid)?);
    }
    let after = proc::totals(pid)?;
    let secs = start.elapsed().as_secs_f64();
    let history_after = history_files(&history);

    let report = figures::Report {
        devices: args.devices,
        secs,
        threads,
        before,
        after,
        ticks_per_sec: proc::ticks_per_sec(),
        history_before,
        history_after,
    };
    let text = report.to_string();
    println!("\n{text}");
    std::fs::write(args.out.join("idle-results.txt"), &text).map_err(|e| e.to_string())?;

    stop_agent(pid).await;
    let _ = sim.kill().await;
    Ok(report)
}

fn history_files(db: &Path) -> figures::HistoryFiles {
    let size = |suffix: &str| {
        std::fs::metadata(format!("{}{suffix}", db.display())).map_or(0, |m| m.len())
    };
    figures::HistoryFiles {
        db: size(""),
        wal: size("-wal"),
        shm: size("-shm"),
    }
}

/// Waits until the agent watches the live workspace with every phone connected.
async fn wait_until_watching(client: &AgentClient, devices: usize) -> Result<(), String> {
    let deadline = Instant::now() + SETTLE;
    loop {
        let overview = client.ask(GetOverview {}).await.map_err(|e| e.message)?;
        let connected = overview
            .devices
            .iter()
            .filter(|d| d.device.state == SessionState::Connected)
            .count();
        if connected == devices {
            println!("the agent watches {connected} phones");
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "the agent did not come to watch {devices} phones: {connected} connected"
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
