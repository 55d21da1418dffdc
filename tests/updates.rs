//! Updates end to end on this machine: the real window binary's `update`
//! command (Tauri's updater inside) against a release manifest and file
//! served over loopback and signed with a minisign key made for the test,
//! and the real agent offering, refusing and installing through it.
//!
//! The binary runs from a copy in a temporary folder: it is not bundled, so
//! the updater installs the way it does an AppImage, by replacing the
//! running executable — the copy, never the build's own binary. Debug builds
//! take the manifest's address and the key from the environment
//! (`WAPING_DESK_UPDATE_ENDPOINT`, `WAPING_DESK_UPDATE_PUBKEY`); a release
//! build knows only those of its config. Each command runs under its own
//! Xvfb (`xvfb-run -a`): Tauri starts GTK even for a command with no window.

use axum::routing::get;
use base64::Engine;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;
use waping_core::pairing::PairingState;
use waping_core::{DeviceId, ErrorCode};
use waping_desk_agent::commands::ask;
use waping_desk_agent::shell::Desktop;
use waping_desk_agent::updates::Restart;
use waping_link::contract::args::{CheckForUpdate, GetOverview, InstallUpdate, StartPairing};
use waping_link::updates::{UpdateProgress, UpdateStep};
use waping_link::views::Overview;

const NEXT: &str = "9.0.0";

/// A minisign key pair, as the updater's config and the `.sig` files carry
/// them: base64 of minisign's own text boxes.
struct Key {
    pair: minisign::KeyPair,
}

impl Key {
    fn new() -> Self {
        Self {
            pair: minisign::KeyPair::generate_unencrypted_keypair().unwrap(),
        }
    }

    fn public(&self) -> String {
        b64(&self.pair.pk.to_box().unwrap().to_string())
    }

    fn sign(&self, bytes: &[u8]) -> String {
        let signature = minisign::sign(
            Some(&self.pair.pk),
            &self.pair.sk,
            std::io::Cursor::new(bytes),
            Some("timestamp:0\tfile:app"),
            Some("signature from the test's key"),
        )
        .unwrap();
        b64(&signature.to_string())
    }
}

fn b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(text)
}

/// A release server on loopback: `latest.json` offering `version`, whose
/// file is `served` and whose signature is `signature`.
struct Release {
    base: String,
    _server: tokio::task::JoinHandle<()>,
}

impl Release {
    async fn serve(version: &str, served: Vec<u8>, signature: String) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let manifest = serde_json::json!({
            "version": version,
            "notes": "Faster history\nFixes for the tray",
            "pub_date": "2026-12-01T00:00:00Z",
            "platforms": {
                "linux-x86_64": { "signature": signature, "url": format!("{base}/app") }
            }
        })
        .to_string();
        let app = axum::Router::new()
            .route("/latest.json", get(move || async move { manifest }))
            .route("/app", get(move || async move { served }));
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self {
            base,
            _server: server,
        }
    }

    fn endpoint(&self) -> String {
        format!("{}/latest.json", self.base)
    }
}

/// The window binary copied into a fresh folder, with a launcher beside it
/// that runs it under Xvfb with the test's manifest and key.
struct Installed {
    dir: PathBuf,
    binary: PathBuf,
    launcher: PathBuf,
}

impl Installed {
    fn new(name: &str, release: &Release, key: &Key) -> Self {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("updates-{name}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let binary = dir.join("waping-desk");
        std::fs::copy(env!("CARGO_BIN_EXE_waping-desk"), &binary).unwrap();
        let app = Self {
            launcher: dir.join("launch"),
            dir,
            binary,
        };
        app.point_at(release, key);
        app
    }

    /// Has the app ask `release`, whose files `key` signs.
    fn point_at(&self, release: &Release, key: &Key) {
        std::fs::write(
            &self.launcher,
            format!(
                "#!/bin/sh\nWAPING_DESK_UPDATE_ENDPOINT='{}' WAPING_DESK_UPDATE_PUBKEY='{}' exec xvfb-run -a '{}' \"$@\"\n",
                release.endpoint(),
                key.public(),
                self.binary.display()
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&self.launcher, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    /// Runs `waping-desk update <args>`, answering `stdin`; every step it said.
    async fn update(&self, args: &[&str], stdin: &str) -> Vec<UpdateStep> {
        let (launcher, args, stdin) = (
            self.launcher.clone(),
            args.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
            stdin.to_owned(),
        );
        tokio::task::spawn_blocking(move || {
            use std::io::Write;
            let mut child = Command::new(launcher)
                .arg("update")
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(stdin.as_bytes())
                .unwrap();
            let out = child.wait_with_output().unwrap();
            String::from_utf8(out.stdout)
                .unwrap()
                .lines()
                .map(|l| UpdateStep::read(l).unwrap())
                .collect()
        })
        .await
        .unwrap()
    }
}

/// What the updater installs in place of the copy: any ELF program will do.
fn next_version_file() -> Vec<u8> {
    std::fs::read("/bin/true").unwrap()
}

fn current() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newer_version_in_the_manifest_is_offered_with_its_notes() {
    let key = Key::new();
    let file = next_version_file();
    let release = Release::serve(NEXT, file.clone(), key.sign(&file)).await;
    let app = Installed::new("offered", &release, &key);

    let steps = app.update(&["check"], "").await;
    assert_eq!(
        steps,
        [UpdateStep::Available {
            current: current(),
            version: NEXT.into(),
            notes: Some("Faster history\nFixes for the tray".into()),
        }]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_running_version_in_the_manifest_is_up_to_date() {
    let key = Key::new();
    let file = next_version_file();
    let release = Release::serve(&current(), file.clone(), key.sign(&file)).await;
    let app = Installed::new("up-to-date", &release, &key);

    let steps = app.update(&["check"], "").await;
    assert_eq!(steps, [UpdateStep::UpToDate { current: current() }]);
}

/// The code of the one failed step `steps` ends with, after no `Verified`.
fn refused_code(steps: &[UpdateStep]) -> ErrorCode {
    assert!(
        !steps
            .iter()
            .any(|s| matches!(s, UpdateStep::Verified { .. })),
        "{steps:?}"
    );
    match steps.last() {
        Some(UpdateStep::Failed { error }) => error.code,
        other => panic!("expected a failure, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_file_is_refused_and_nothing_is_installed() {
    let key = Key::new();
    let file = next_version_file();
    let signature = key.sign(&file);
    let mut tampered = file.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 0xff;
    let release = Release::serve(NEXT, tampered, signature).await;
    let app = Installed::new("tampered", &release, &key);
    let before = std::fs::read(&app.binary).unwrap();

    let steps = app
        .update(&["install", "--version", NEXT], "install\n")
        .await;
    assert_eq!(refused_code(&steps), ErrorCode::UpdateRefused);
    assert_eq!(
        std::fs::read(&app.binary).unwrap(),
        before,
        "the app was not touched"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_signed_with_another_key_is_refused() {
    let (key, stranger) = (Key::new(), Key::new());
    let file = next_version_file();
    let release = Release::serve(NEXT, file.clone(), stranger.sign(&file)).await;
    let app = Installed::new("stranger", &release, &key);
    let before = std::fs::read(&app.binary).unwrap();

    let steps = app
        .update(&["install", "--version", NEXT], "install\n")
        .await;
    assert_eq!(refused_code(&steps), ErrorCode::UpdateRefused);
    assert_eq!(std::fs::read(&app.binary).unwrap(), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_file_is_verified_then_installed_only_when_told_to_go_on() {
    let key = Key::new();
    let file = next_version_file();
    let release = Release::serve(NEXT, file.clone(), key.sign(&file)).await;
    let app = Installed::new("installed", &release, &key);

    let steps = app
        .update(&["install", "--version", NEXT], "install\n")
        .await;
    assert_eq!(
        steps,
        [
            UpdateStep::Verified {
                version: NEXT.into()
            },
            UpdateStep::Installed {
                version: NEXT.into()
            },
        ]
    );
    assert_eq!(
        std::fs::read(&app.binary).unwrap(),
        file,
        "the new version is in place"
    );
}

/// The agent's desktop with this test's installed app for a window binary.
struct WithApp(PathBuf);

impl Desktop for WithApp {
    fn show_state(&self, _overview: &Overview) {}
    fn launch_window(&self, _device: Option<&str>) {}
    fn window_binary(&self) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

async fn agent_with_app(name: &str, app: &Installed) -> waping_desk_agent::Agent {
    agent_on_clock(name, app, waping_core::domain::system_clock()).await
}

async fn agent_on_clock(
    name: &str,
    app: &Installed,
    clock: waping_core::domain::SharedClock,
) -> waping_desk_agent::Agent {
    std::env::set_var("WAPING_DESK_DEMO_CHURN_SECS", "0");
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    std::env::set_var(
        "DBUS_SYSTEM_BUS_ADDRESS",
        "unix:path=/nonexistent/system_bus",
    );
    waping_desk_agent::start_with_clock(
        app.dir.join(format!("data-{name}")),
        Arc::new(WithApp(app.launcher.clone())),
        clock,
    )
    .await
    .expect("the agent starts")
}

async fn overview_until(
    agent: &waping_desk_agent::Agent,
    test: impl Fn(&Overview) -> bool,
) -> Overview {
    tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            let overview = ask(&agent.service, GetOverview {}).await.unwrap();
            if test(&overview) {
                return overview;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("the overview came to show it")
}

/// An agent whose app copy is offered `NEXT`: the release serves `served`
/// (made from the genuine file), signed as the genuine file is.
struct Offered {
    agent: waping_desk_agent::Agent,
    app: Installed,
    genuine: Vec<u8>,
    _release: Release,
}

async fn offered(name: &str, served: impl FnOnce(&[u8]) -> Vec<u8>) -> Offered {
    let key = Key::new();
    let genuine = next_version_file();
    let release = Release::serve(NEXT, served(&genuine), key.sign(&genuine)).await;
    let app = Installed::new(&format!("agent-{name}"), &release, &key);
    let agent = agent_with_app(name, &app).await;
    let offer = ask(&agent.service, CheckForUpdate {})
        .await
        .unwrap()
        .expect("an offer");
    assert_eq!(
        (offer.version.as_str(), &offer.progress),
        (NEXT, &UpdateProgress::Available)
    );
    Offered {
        agent,
        app,
        genuine,
        _release: release,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_agent_offers_the_update_installs_it_and_asks_to_restart() {
    let Offered {
        agent,
        app,
        genuine: file,
        ..
    } = offered("restart", <[u8]>::to_vec).await;
    let mut restarts = agent.service.updates.restarts();
    let overview = overview_until(&agent, |o| o.update.is_some()).await;
    assert_eq!(
        overview.update.map(|u| (u.version, u.progress)),
        Some((NEXT.to_owned(), UpdateProgress::Available))
    );

    ask(&agent.service, InstallUpdate {}).await.unwrap();
    tokio::time::timeout(Duration::from_secs(60), restarts.changed())
        .await
        .expect("the agent asks to restart")
        .unwrap();
    assert_eq!(
        *restarts.borrow(),
        Some(Restart::Installed(NEXT.into())),
        "installed, so the agent quits and starts the new version"
    );
    assert_eq!(std::fs::read(&app.binary).unwrap(), file);
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_update_stays_on_offer_with_why_and_the_agent_keeps_running() {
    let Offered { agent, app, .. } = offered("tampered", |_| b"not the release".to_vec()).await;
    let restarts = agent.service.updates.restarts();
    let before = std::fs::read(&app.binary).unwrap();

    ask(&agent.service, InstallUpdate {}).await.unwrap();
    let overview = overview_until(&agent, |o| {
        matches!(
            o.update.as_ref().map(|u| &u.progress),
            Some(UpdateProgress::Failed { .. })
        )
    })
    .await;
    let Some(UpdateProgress::Failed { error }) = overview.update.map(|u| u.progress) else {
        unreachable!()
    };
    assert_eq!(error.code, ErrorCode::UpdateRefused);
    assert_eq!(*restarts.borrow(), None, "no restart");
    assert_eq!(std::fs::read(&app.binary).unwrap(), before);
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_restart_to_update_while_a_pairing_is_on_screen() {
    let Offered { agent, app, .. } = offered("pairing", <[u8]>::to_vec).await;
    let before = std::fs::read(&app.binary).unwrap();

    // The demo's first phone is asked to pair: a code is on screen.
    let overview = overview_until(&agent, |o| !o.devices.is_empty()).await;
    let device: DeviceId = overview.devices[0].device.id.clone();
    let view = ask(&agent.service, StartPairing { device_id: device })
        .await
        .unwrap();
    assert!(matches!(
        view.state,
        PairingState::Starting | PairingState::Code { .. }
    ));

    let err = ask(&agent.service, InstallUpdate {}).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::UpdateWhilePairing);
    let overview = ask(&agent.service, GetOverview {}).await.unwrap();
    assert!(
        matches!(
            overview.update.map(|u| u.progress),
            Some(UpdateProgress::Failed { error }) if error.code == ErrorCode::UpdateWhilePairing
        ),
        "the offer says why, for a restart asked from the tray"
    );
    assert_eq!(
        std::fs::read(&app.binary).unwrap(),
        before,
        "nothing installed"
    );
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_agent_checks_a_minute_after_it_starts_and_then_every_day() {
    use waping_core::domain::ManualClock;
    let key = Key::new();
    let file = next_version_file();
    let first = Release::serve(NEXT, file.clone(), key.sign(&file)).await;
    let app = Installed::new("daily", &first, &key);
    let clock = ManualClock::new(chrono::Utc::now());
    let agent = agent_on_clock("daily", &app, clock.clone()).await;
    let offered = |version: &'static str| {
        move |o: &Overview| o.update.as_ref().is_some_and(|u| u.version == version)
    };

    // Nobody asks: the agent's own check, a minute after it started.
    clock.advance(chrono::Duration::seconds(60));
    overview_until(&agent, offered(NEXT)).await;

    // A day later the manifest offers a newer one, and the agent's next check finds it.
    let later = Release::serve("9.1.0", file.clone(), key.sign(&file)).await;
    app.point_at(&later, &key);
    clock.advance(chrono::Duration::hours(24));
    overview_until(&agent, offered("9.1.0")).await;
    agent.stop().await;
}
