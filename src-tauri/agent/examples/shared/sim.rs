//! The standalone simulator as the benchmark drivers start it.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};

/// The simulator at `sim` on a free port: `devices` phones on the
/// enterprise plan, all connected and still but for what a driver changes;
/// its warnings go to `out/sim.log`. Returns it with its base URL.
pub async fn start(
    sim: &Path,
    out: &Path,
    devices: u32,
    api_key: &str,
    within: Duration,
) -> Result<(tokio::process::Child, String), String> {
    let log = std::fs::File::create(out.join("sim.log")).map_err(|e| e.to_string())?;
    let mut child = tokio::process::Command::new(sim)
        .args([
            "--port",
            "0",
            "--plan",
            "enterprise",
            "--scenario",
            "steady",
        ])
        .args(["--churn-secs", "0", "--devices", &devices.to_string()])
        .env("WAPING_SIM_API_KEY", api_key)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("{}: {e}", sim.display()))?;
    let stdout = child.stdout.take().ok_or("no simulator output")?;
    let mut lines = BufReader::new(stdout).lines();
    let base_url = tokio::time::timeout(within, async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(rest) = line.strip_prefix("WAPing simulator on ") {
                return rest.split_whitespace().next().map(str::to_owned);
            }
        }
        None
    })
    .await
    .ok()
    .flatten()
    .ok_or("the simulator did not say where it listens")?;
    // The rest of its output is not needed, but must not fill the pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    println!("simulator at {base_url}");
    Ok((child, base_url))
}
