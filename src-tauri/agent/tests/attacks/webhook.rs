//! The webhook receiver, reachable from the internet through a user's tunnel,
//! against a flood of connections that never send a request: the real agent
//! binary, in a process of its own started with the usual 1,024 open files,
//! watching a simulated workspace over loopback.

use crate::common::polls_when_asked;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;
use waping_core::simulator::SimControl;
use waping_core::webhook::MAX_CONNECTIONS;
use waping_core::{DeviceId, SessionState};
use waping_desk_agent::settings_file;
use waping_link::client::{connect_or_start, AgentClient};
use waping_link::contract::args;
use waping_link::protocol::{agent_holds_lock, read_discovery};
use waping_link::views::Overview;

const AGENT: &str = env!("CARGO_BIN_EXE_waping-desk-agent");
/// More connections than the agent may open files when it starts.
const FLOOD: usize = 1_100;
/// The soft limit on open files most Linux sessions start programs with.
const USUAL_SOFT_LIMIT: u64 = 1_024;
const KEY: &str = "wk_live_webhook_flood";
const SECRET: &str = "whsec_flood_test";

/// The agent's process, ended when the test ends, whether it passes or not.
struct AgentProcess(Child);

impl Drop for AgentProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl AgentProcess {
    fn pid(&self) -> u32 {
        self.0.id()
    }

    /// Files the agent has open now.
    fn open_files(&self) -> usize {
        std::fs::read_dir(format!("/proc/{}/fd", self.pid()))
            .map(|fds| fds.count())
            .unwrap_or(0)
    }

    /// The agent's soft and hard limits on open files, as the kernel has them.
    fn open_files_limits(&self) -> (String, String) {
        let limits = std::fs::read_to_string(format!("/proc/{}/limits", self.pid())).unwrap();
        let line = limits
            .lines()
            .find(|l| l.starts_with("Max open files"))
            .expect("a limit on open files");
        let mut numbers = line["Max open files".len()..].split_whitespace();
        (
            numbers.next().unwrap().to_owned(),
            numbers.next().unwrap().to_owned(),
        )
    }
}

/// The agent binary with a home of its own under `home` (no keyring, tray or
/// notification server is reachable there), and the soft limit on open files
/// at 1,024 whatever this runner's is. Gives it and its data folder.
fn start_agent(home: &Path) -> (AgentProcess, PathBuf) {
    let data_home = home.join("data");
    // Where `dirs` puts the data folder on Linux for this environment.
    let data_dir = data_home.join(waping_link::IDENTIFIER);
    let (_, hard) = rlimit::Resource::NOFILE.get().unwrap();
    let soft = USUAL_SOFT_LIMIT.min(hard);
    let log = std::fs::File::create(home.join("agent.log")).unwrap();
    let mut command = Command::new(AGENT);
    command
        .env("HOME", home)
        .env("XDG_DATA_HOME", &data_home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    // SAFETY: setrlimit is async-signal-safe and touches no memory of the
    // parent; it runs in the child between fork and exec.
    unsafe {
        use std::os::unix::process::CommandExt;
        command.pre_exec(move || rlimit::Resource::NOFILE.set(soft, hard));
    }
    let child = command.spawn().expect("the agent starts");
    (AgentProcess(child), data_dir)
}

/// Waits (60 s at most) until `done` holds, checking every 50 ms.
async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Polls now and waits (60 s at most) until the overview passes `test`.
async fn poll_until(client: &AgentClient, what: &str, test: impl Fn(&Overview) -> bool) {
    client
        .ask(args::Refresh {})
        .await
        .expect("a poll is asked for");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let overview = client.ask(args::GetOverview {}).await.expect("an overview");
        if test(&overview) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}; the overview: {overview:#?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn state(overview: &Overview, id: &DeviceId) -> Option<SessionState> {
    let view = overview.devices.iter().find(|d| &d.device.id == id)?;
    Some(view.device.state)
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// Samples the agent's open files every 10 ms until told to stop; gives the
/// most it saw.
fn watch_open_files(pid: u32, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<usize> {
    std::thread::spawn(move || {
        let mut most = 0;
        while !stop.load(Ordering::SeqCst) {
            let open = std::fs::read_dir(format!("/proc/{pid}/fd"))
                .map(|fds| fds.count())
                .unwrap_or(0);
            most = most.max(open);
            std::thread::sleep(Duration::from_millis(10));
        }
        most
    })
}

/// How many of `flood` the agent has closed by `deadline` (end of stream, or
/// a reset): each is read until then.
async fn closed_by_the_agent(flood: &mut [TcpStream], deadline: tokio::time::Instant) -> usize {
    let mut closed = 0;
    let mut buf = [0u8; 64];
    for stream in flood {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => closed += 1,
            // Something came: not a close; the receiver answers nothing
            // unasked, so this would be a bug of its own.
            Ok(Ok(n)) => panic!("the receiver sent {n} bytes to a connection that asked nothing"),
            Err(_) => {}
        }
    }
    closed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_idle_webhook_connections_neither_locks_out_the_window_nor_stops_a_hook() {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("attack-webhook-flood");
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();

    // The user's workspace, a receiver turned on, and a hook that notes
    // each event in a file.
    let workspace = crate::common::workspace(2, KEY).await;
    let hook_file = home.join("hook-runs");
    assert!(!hook_file.to_string_lossy().contains('\''));
    let webhook_port = free_port();
    let mut settings = polls_when_asked();
    settings.base_url = workspace.base_url();
    settings.webhook.enabled = true;
    settings.webhook.port = webhook_port;
    settings.hooks.command = Some(format!(
        "echo \"$WAPING_EVENT $WAPING_DEVICE_ID\" >> '{}'",
        hook_file.display()
    ));
    let data_dir = home.join("data").join(waping_link::IDENTIFIER);
    std::fs::create_dir_all(&data_dir).unwrap();
    settings_file::save(&settings_file::path(&data_dir), &settings).unwrap();

    let (agent, started_in) = start_agent(&home);
    assert_eq!(started_in, data_dir);
    until("the agent to take its lock", || {
        agent_holds_lock(&data_dir).unwrap_or(false) && read_discovery(&data_dir).is_some()
    })
    .await;
    let (soft, hard) = agent.open_files_limits();
    assert_eq!(
        soft, hard,
        "the agent raised its soft limit on open files to the hard one"
    );

    // No keyring here: the key and secret are kept for this run only.
    let (client, _events) = connect_or_start(&data_dir, Path::new(AGENT), false)
        .await
        .expect("the agent answers");
    client
        .ask(args::SetApiKey {
            key: KEY.into(),
            session_only: true,
        })
        .await
        .expect("the key is kept for this session");
    client
        .ask(args::SetWebhookSecret {
            secret: SECRET.into(),
            session_only: true,
        })
        .await
        .expect("the secret is kept for this session");
    let phone = DeviceId::new("dev_001");
    poll_until(
        &client,
        "the receiver to listen and the phone to show up",
        |o| o.webhook_url.is_some() && state(o, &phone) == Some(SessionState::Connected),
    )
    .await;
    let before = agent.open_files();

    // The flood: connections that never send a byte, all held open here.
    let (_, hard_here) = rlimit::Resource::NOFILE.get().unwrap();
    let ours = rlimit::increase_nofile_limit(u64::MAX).unwrap();
    assert!(
        ours >= FLOOD as u64 + 500,
        "this test needs {} open files of its own; the hard limit is {hard_here}",
        FLOOD + 500
    );
    let sampling = Arc::new(AtomicBool::new(false));
    let sampler = watch_open_files(agent.pid(), sampling.clone());
    let mut flood = Vec::with_capacity(FLOOD);
    for n in 0..FLOOD {
        let stream = tokio::time::timeout(
            Duration::from_secs(10),
            TcpStream::connect(("127.0.0.1", webhook_port)),
        )
        .await
        .unwrap_or_else(|_| panic!("connection {n} of the flood was not even queued"))
        .unwrap_or_else(|e| panic!("connection {n} of the flood: {e}"));
        flood.push(stream);
    }

    // A phone drops while the flood is held open.
    let sim = SimControl::new(&workspace.base_url(), KEY);
    sim.set_status(phone.as_str(), "disconnected", Some("phone_offline"))
        .await
        .unwrap();

    // A window opened now reaches the agent, and sees the drop.
    let (window, _events) = tokio::time::timeout(
        Duration::from_secs(60),
        connect_or_start(&data_dir, Path::new(AGENT), false),
    )
    .await
    .expect("a new window reaches the agent within 60 s")
    .expect("a new window reaches the agent");
    poll_until(&window, "the new window to see the phone down", |o| {
        state(o, &phone) == Some(SessionState::Disconnected)
    })
    .await;

    // The "device down" hook ran for it.
    until("the device-down hook to run", || {
        std::fs::read_to_string(&hook_file)
            .unwrap_or_default()
            .lines()
            .any(|line| line == "device.down dev_001")
    })
    .await;

    // The agent let the idle connections go (the header timeout, or at
    // once past the cap) rather than holding them.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let closed = closed_by_the_agent(&mut flood, deadline).await;
    sampling.store(true, Ordering::SeqCst);
    let most = sampler.join().unwrap();
    assert!(
        closed >= FLOOD * 9 / 10,
        "the agent closed {closed} of {FLOOD} idle connections within the timeouts"
    );
    // Its open files never grew by much more than the receiver's cap,
    // whatever else it did meanwhile (polls, a hook, a window).
    let bound = before + MAX_CONNECTIONS + 100;
    assert!(
        most <= bound,
        "the agent had {most} files open during the flood, {before} before it; at most {bound} expected"
    );
    eprintln!(
        "open files: {before} before the flood, {most} at most during it; {closed} of {FLOOD} closed"
    );
    drop((client, window, flood));
    drop(agent);
    workspace.stop().await;
}
