//! The agent's channel against whoever else runs on the computer: a program
//! waiting where a crashed agent used to listen, and a client stuck in a
//! reconnect loop. Each against the real agent binary, as its own process.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use waping_core::Mode;
use waping_link::channel;
use waping_link::client::{connect_or_start, AgentClient};
use waping_link::contract::args::{GetOverview, GetSettings};
use waping_link::protocol::{self, new_token, read_discovery, Discovery};

const AGENT: &str = env!("CARGO_BIN_EXE_waping-desk-agent");

/// A home of its own for an agent: no keyring, tray or notification server
/// is reachable from it, and the demo holds still. Gives the home and the
/// data folder an agent started in it uses.
fn home(name: &str) -> (PathBuf, PathBuf) {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let data = home.join("data").join(waping_link::IDENTIFIER);
    protocol::private_dir(&data).unwrap();
    (home, data)
}

fn environment(home: &Path) -> Vec<(&'static str, String)> {
    let at = |sub: &str| home.join(sub).display().to_string();
    vec![
        ("HOME", home.display().to_string()),
        ("XDG_DATA_HOME", at("data")),
        ("XDG_CONFIG_HOME", at("config")),
        ("XDG_CACHE_HOME", at("cache")),
        ("XDG_RUNTIME_DIR", at("run")),
        (
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/bus".into(),
        ),
        ("WAPING_DESK_DEMO_CHURN_SECS", "0".into()),
    ]
}

/// A script that starts the real agent in `home`: what a window starts,
/// without changing this process's environment for the other tests.
fn agent_in(home: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let mut script = String::from("#!/bin/sh\n");
    for (name, value) in environment(home) {
        assert!(!value.contains('\''), "{value}");
        script.push_str(&format!("export {name}='{value}'\n"));
    }
    script.push_str(&format!("exec '{AGENT}' \"$@\"\n"));
    let path = home.join("agent.sh");
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn stop(pid: u32) {
    let _ = Command::new("kill").arg(pid.to_string()).status();
}

/// What a program listening where a crashed agent used to does: it answers
/// like an agent would, as far as it can without the token, and keeps
/// everything it is sent.
struct Impostor {
    heard: Arc<Mutex<Vec<u8>>>,
}

impl Impostor {
    fn listen(dir: &Path) -> (Self, String) {
        let (listener, socket) = channel::listen(dir).unwrap();
        let heard = Arc::new(Mutex::new(Vec::new()));
        tokio::spawn({
            let heard = heard.clone();
            async move {
                while let Ok(stream) = channel::accept(&listener).await {
                    let heard = heard.clone();
                    tokio::spawn(async move {
                        let (read, mut write) = channel::split(stream);
                        let mut read = BufReader::new(read);
                        let mut first = true;
                        let mut line = Vec::new();
                        loop {
                            line.clear();
                            match tokio::io::AsyncBufReadExt::read_until(
                                &mut read, b'\n', &mut line,
                            )
                            .await
                            {
                                Ok(0) | Err(_) => return,
                                Ok(_) => {}
                            }
                            heard.lock().unwrap().extend_from_slice(&line);
                            // A challenge it cannot prove, then "welcome".
                            let answer = if first {
                                format!(
                                    "{{\"type\":\"challenge\",\"nonce\":\"{}\",\"proof\":\"{}\"}}\n",
                                    new_token(),
                                    new_token()
                                )
                            } else {
                                "{\"type\":\"hello\",\"ok\":true}\n".to_string()
                            };
                            first = false;
                            if write.write_all(answer.as_bytes()).await.is_err() {
                                return;
                            }
                        }
                    });
                }
            }
        });
        (Self { heard }, socket)
    }

    fn heard(&self) -> String {
        String::from_utf8_lossy(&self.heard.lock().unwrap()).into_owned()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_impostor_where_a_crashed_agent_listened_learns_nothing_and_a_real_agent_is_started() {
    let (home, dir) = home("attack-impostor");
    // The agent that crashed left its discovery file; something else now
    // listens on the channel it names.
    let (impostor, socket) = Impostor::listen(&dir);
    let crashed = Discovery {
        socket,
        token: new_token(),
        pid: 4_000_000,
    };
    protocol::write_discovery(&dir, &crashed).unwrap();

    let (client, _events) = connect_or_start(&dir, &agent_in(&home), false)
        .await
        .expect("the window reaches an agent");
    let overview = tokio::time::timeout(Duration::from_secs(20), client.ask(GetOverview {})).await;
    let started = read_discovery(&dir).expect("the new agent's discovery file");
    stop(started.pid);
    let overview = overview
        .expect("an answer within 20 s (an impostor never answers a request)")
        .unwrap();

    assert_eq!(overview.mode, Mode::Demo, "a real agent answers");
    assert_ne!(started.pid, crashed.pid, "a new agent was started");
    assert_ne!(started.token, crashed.token);
    let heard = impostor.heard();
    assert!(!heard.is_empty(), "the window did try the impostor");
    assert!(
        !heard.contains(&crashed.token),
        "the impostor was sent the token: {heard}"
    );
    assert!(
        !heard.contains("command"),
        "the impostor was sent a request: {heard}"
    );
}

/// Lines of the agent's log that say a connection was refused.
fn refusal_lines(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter(|line| line.contains("agent connection refused"))
        .map(str::to_owned)
        .collect()
}

async fn discovered(dir: &Path, agent: &Child) -> Discovery {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(discovery) = read_discovery(dir).filter(|d| d.pid == agent.id()) {
            return discovery;
        }
        assert!(Instant::now() < deadline, "the agent did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_loop_is_refused_in_a_few_log_lines_while_windows_are_still_served() {
    let (home, dir) = home("attack-reconnect-loop");
    let log = home.join("agent.log");
    let mut agent = Command::new(AGENT)
        .envs(environment(&home))
        .env("WAPING_DESK_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let discovery = discovered(&dir, &agent).await;

    // Clients that do not know the token, each reconnecting as soon as it is
    // refused, while windows keep connecting.
    let attempts = Arc::new(AtomicU64::new(0));
    let flood_until = Instant::now() + Duration::from_secs(8);
    let mut loops = Vec::new();
    for _ in 0..16 {
        let (socket, attempts) = (discovery.socket.clone(), attempts.clone());
        loops.push(tokio::spawn(async move {
            while Instant::now() < flood_until {
                let Ok(stream) = channel::connect(&socket).await else {
                    continue;
                };
                attempts.fetch_add(1, Ordering::Relaxed);
                let (mut read, mut write) = channel::split(stream);
                let _ = write.write_all(b"{\"token\":\"guess\"}\n").await;
                let mut sink = Vec::new();
                let _ = read.read_to_end(&mut sink).await;
            }
        }));
    }
    let mut served = 0;
    while Instant::now() < flood_until {
        let (client, _events) = AgentClient::connect(&discovery, false)
            .await
            .expect("a window connects during the flood");
        client.ask(GetSettings {}).await.expect("and is answered");
        served += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for flood in loops {
        flood.await.unwrap();
    }
    let attempts = attempts.load(Ordering::Relaxed);
    let refusals = refusal_lines(&log);
    stop(agent.id());
    let _ = agent.wait();

    assert!(served >= 10, "only {served} windows were served");
    assert!(attempts >= 500, "the loop made only {attempts} attempts");
    // One line per interval (10 s) with a count, not one per connection.
    assert!(
        (1..=3).contains(&refusals.len()),
        "{} lines for {attempts} refused connections: {refusals:#?}",
        refusals.len()
    );
}
