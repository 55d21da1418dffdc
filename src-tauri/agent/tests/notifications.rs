//! Desktop notifications as the desktop sees them: a private D-Bus session
//! with a small notification server that records every `Notify` call.

mod common;

use chrono::{DateTime, Duration as Span, FixedOffset, Utc};
use common::notification_server::{Call, NotificationServer};
use std::time::Duration;
use waping_core::alerts::{Alert, AlertKind, News};
use waping_core::i18n::Locale;
use waping_core::DeviceId;

/// 10:42 where the computer is (UTC-3, São Paulo).
fn dropped_at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-30T10:42:00-03:00")
        .unwrap()
        .with_timezone(&Utc)
}

fn alert(kind: AlertKind, name: &str, news: News) -> Alert {
    Alert {
        kind,
        device_id: DeviceId::new(format!("dev_{}", name.replace(' ', "_"))),
        device_name: name.into(),
        news,
        at: dropped_at() + Span::minutes(14),
        offset: FixedOffset::west_opt(3 * 3600).unwrap(),
    }
}

fn down(name: &str) -> Alert {
    alert(
        AlertKind::Down,
        name,
        News::Down {
            since: dropped_at(),
            reason: Some("logged_out".into()),
        },
    )
}

/// Shows `alert` in `locale` and returns what the desktop was sent.
async fn shown(server: &NotificationServer, alert: Alert, locale: Locale) -> Call {
    let before = server.calls().len();
    tokio::task::spawn_blocking(move || waping_desk_agent::notifier::show(&alert, locale, || {}))
        .await
        .unwrap()
        .expect("shown");
    let calls = server.calls();
    assert_eq!(calls.len(), before + 1, "{calls:?}");
    calls[before].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alerts_reach_the_desktop_in_the_language_asked_and_a_click_opens_the_device() {
    let server = NotificationServer::start().await;

    let (opened_tx, opened_rx) = std::sync::mpsc::channel();
    let drop = down("Shop phone");
    tokio::task::spawn_blocking(move || {
        waping_desk_agent::notifier::show(&drop, Locale::En, move || opened_tx.send(()).unwrap())
    })
    .await
    .unwrap()
    .expect("shown");
    let up = alert(
        AlertKind::Up,
        "Shop phone",
        News::Back {
            after: Span::minutes(14),
        },
    );
    tokio::task::spawn_blocking(move || waping_desk_agent::notifier::show(&up, Locale::En, || {}))
        .await
        .unwrap()
        .expect("shown");

    let recorded = server.calls();
    assert_eq!(recorded.len(), 2, "{recorded:?}");
    assert_eq!(recorded[0].app_name, "WAPing Desk");
    assert_eq!(recorded[0].summary, "Shop phone disconnected");
    assert_eq!(
        recorded[0].body,
        "Since 10:42\u{202f}AM — logged out on the phone. Re-scan the QR code to restore sending."
    );
    assert!(
        recorded[0].actions.contains(&"default".to_owned()),
        "{:?}",
        recorded[0].actions
    );
    assert_eq!(recorded[0].urgency, Some(2), "a drop is critical");
    assert_eq!(recorded[1].summary, "Shop phone is connected again");
    assert_eq!(
        recorded[1].body,
        "Shop phone is connected again after 14 min."
    );
    assert_eq!(recorded[1].urgency, Some(0));
    assert_eq!(recorded[0].replaces_id, 0);
    assert_eq!(
        recorded[1].replaces_id, 1,
        "the recovery takes the place of the drop on screen"
    );

    // The user clicks the first notification.
    // The click may come before the notification's listener has subscribed
    // to the signal (it starts on its own thread): click until it is heard.
    let mut opened = false;
    for _ in 0..50 {
        server.click(1, "default").await;
        if opened_rx.recv_timeout(Duration::from_millis(100)).is_ok() {
            opened = true;
            break;
        }
    }
    assert!(opened, "clicking the notification opens the device");

    // The same facts, in the language of the moment they are shown (one
    // server per process: the tests of each language run here, in turn).
    let told = shown(&server, down("Celular da loja"), Locale::PtBr).await;
    assert_eq!(told.summary, "Celular da loja desconectado");
    assert_eq!(
        told.body,
        "Desde 10:42 — a sessão foi encerrada no celular. \
         Escaneie o código QR de novo para voltar a enviar."
    );
    let open_label = told.actions.iter().position(|a| a == "default");
    assert_eq!(
        open_label
            .and_then(|i| told.actions.get(i + 1))
            .map(String::as_str),
        Some("Abrir"),
        "{:?}",
        told.actions
    );

    let told = shown(&server, down("Front desk"), Locale::Ar).await;
    // The Latin name is isolated so that it does not reorder the Arabic
    // around it.
    assert_eq!(told.summary, "انقطع اتصال \u{2068}Front desk\u{2069}");
    assert!(
        told.body.starts_with("منذ ") && told.body.contains("تم تسجيل الخروج من الهاتف"),
        "{}",
        told.body
    );
    assert!(told.body.contains("أعد مسح رمز QR"), "{}", told.body);
}
