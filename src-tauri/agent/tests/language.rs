//! The agent speaks the language chosen in Settings: a real drop of a demo
//! phone is told in it on a private D-Bus, the tray is drawn in it, and a
//! new language saved in Settings applies to the very next notification and
//! to the tray at once, without restarting the monitor.

mod common;

use common::notification_server::{Call, NotificationServer};
use common::{about, name, poll_until, state};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;
use waping_core::i18n::Locale;
use waping_core::monitor::MonitorEvent;
use waping_core::{DeviceId, SessionState, Settings};
use waping_desk_agent::commands::ask;
use waping_desk_agent::shell::Desktop;
use waping_desk_agent::tray::{Entry, TrayView};
use waping_link::contract::args::{GetSettings, SaveSettings};
use waping_link::views::Overview;

/// The overviews the tray was told to draw.
#[derive(Default)]
struct Tray {
    shown: Mutex<Vec<Overview>>,
}

impl Desktop for Tray {
    fn show_state(&self, overview: &Overview) {
        self.shown.lock().unwrap().push(overview.clone());
    }
    fn launch_window(&self, _device: Option<&str>) {}
}

impl Tray {
    fn count(&self) -> usize {
        self.shown.lock().unwrap().len()
    }

    /// The first overview drawn after the first `skip` that passes `test`.
    async fn until(&self, skip: usize, what: &str, test: impl Fn(&Overview) -> bool) -> Overview {
        for _ in 0..500 {
            let found = self
                .shown
                .lock()
                .unwrap()
                .iter()
                .skip(skip)
                .find(|o| test(o))
                .cloned();
            if let Some(overview) = found {
                return overview;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the tray was never drawn {what}");
    }
}

fn labels(view: &TrayView) -> Vec<String> {
    view.menu
        .iter()
        .filter_map(|e| match e {
            Entry::Label(l) | Entry::Item(_, l) | Entry::Submenu(l, _) => Some(l.clone()),
            Entry::Separator => None,
        })
        .collect()
}

/// Arabic text without the marks that isolate its placeables.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drop_is_told_in_the_chosen_language_and_a_new_one_applies_without_a_restart() {
    let desktop = NotificationServer::start().await;
    let settings = Settings {
        language: Some(Locale::PtBr),
        ..common::polls_when_asked()
    };
    let dir = common::data_dir("language", Some(&settings));
    let tray = Arc::new(Tray::default());
    let agent = waping_desk_agent::start(dir, tray.clone()).await.unwrap();
    let service = agent.service.clone();
    let offset = service.shell.clock.local_offset();

    let start = poll_until(&service, "the first poll", |o| {
        o.snapshot.updated_at.is_some()
    })
    .await;
    assert_eq!(start.locale.locale, Locale::PtBr);
    let shop = DeviceId::new("dev_001");
    let other = DeviceId::new("dev_002");
    let shop_name = name(&start, &shop);
    let other_name = name(&start, &other);
    assert_eq!(state(&start, &shop), Some(SessionState::Connected));
    assert_ne!(state(&start, &other), Some(SessionState::Disconnected));
    let sim = service.connection.demo().await.expect("the demo runs");
    let sim = sim.control();

    // A real drop, told in Portuguese with a 24-hour time.
    sim.set_status(shop.as_str(), "disconnected", Some("logged_out"))
        .await
        .unwrap();
    let shown = poll_until(&service, "the shop phone down", |o| {
        state(o, &shop) == Some(SessionState::Disconnected)
    })
    .await;
    let summary = format!("{shop_name} desconectado");
    let calls = desktop
        .until(&summary, |calls| calls.iter().any(|c| c.summary == summary))
        .await;
    let told = about(&calls, &shop_name);
    assert_eq!(told.len(), 1, "{told:#?}");
    let body = &told[0].body;
    let time = body.strip_prefix("Desde ").unwrap_or_default();
    let clock: Vec<char> = time.chars().take(5).collect();
    assert!(
        clock.len() == 5
            && clock[2] == ':'
            && [0, 1, 3, 4].iter().all(|&i| clock[i].is_ascii_digit()),
        "a 24-hour time after \"Desde \": {body}"
    );
    assert!(body.contains("a sessão foi encerrada no celular"), "{body}");
    let card = shown.devices.iter().find(|d| d.device.id == shop).unwrap();
    assert_eq!(card.words.state_label, "Desconectado");

    // The tray in Portuguese.
    let drawn = tray
        .until(0, "with the drop", |o| {
            state(o, &shop) == Some(SessionState::Disconnected)
        })
        .await;
    let view = TrayView::from_overview(&drawn, offset);
    let words = labels(&view);
    assert!(
        view.tooltip.starts_with("WAPing Desk — ") && view.tooltip.contains(" desconectado"),
        "{}",
        view.tooltip
    );
    assert!(words.contains(&"Silenciar alertas".to_owned()), "{words:?}");
    assert_eq!(words.last().map(String::as_str), Some("Sair"));

    // Arabic is chosen in Settings. What the monitor tells from now on comes
    // through the events it already had: a restarted monitor would close them.
    let mut events = service
        .connection
        .with_monitor(|m| m.events())
        .await
        .expect("a monitor runs");
    let mut input = ask(&service, GetSettings {}).await.unwrap().settings;
    input.language = Some(Locale::Ar);
    let drawn_before = tray.count();
    let saved = ask(&service, SaveSettings { input }).await.unwrap();
    assert_eq!(saved.settings.language, Some(Locale::Ar));

    let drawn = tray
        .until(drawn_before, "in Arabic", |o| o.locale.locale == Locale::Ar)
        .await;
    assert!(drawn.locale.rtl);
    let view = TrayView::from_overview(&drawn, offset);
    let words = labels(&view);
    assert_eq!(words.last().map(String::as_str), Some("إنهاء"), "{words:?}");
    let card = drawn.devices.iter().find(|d| d.device.id == shop).unwrap();
    assert_eq!(plain(&card.words.state_label), "غير متصل");

    // The next drop is told in Arabic, by the same monitor.
    sim.set_status(other.as_str(), "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    poll_until(&service, "the other phone down", |o| {
        state(o, &other) == Some(SessionState::Disconnected)
    })
    .await;
    let summary = format!("انقطع اتصال {other_name}");
    let calls = desktop
        .until(&summary, |calls| {
            calls.iter().any(|c| plain(&c.summary) == summary)
        })
        .await;
    let told: Vec<&Call> = about(&calls, &other_name)
        .into_iter()
        .filter(|c| plain(&c.summary) == summary)
        .collect();
    assert_eq!(told.len(), 1, "{told:#?}");
    assert!(
        plain(&told[0].body).contains("الهاتف غير متصل"),
        "{}",
        told[0].body
    );
    let heard = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match events.recv().await {
                Ok(MonitorEvent::Alert(a)) if a.device_id == other => return,
                Ok(_) | Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => panic!("the monitor was restarted"),
            }
        }
    })
    .await;
    assert!(heard.is_ok(), "the monitor that ran before told the drop");
    // Nothing was told again as a restart would: the first drop once only.
    assert_eq!(about(&desktop.calls(), &shop_name).len(), 1);
    agent.stop().await;
}
