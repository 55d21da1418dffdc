//! The tray on Windows and macOS (tray-icon): both want it made and changed
//! on the main thread's event loop, so the agent's async work runs beside it.

use super::{icon_rgba, Entry, TrayAction, TrayView};
use std::future::Future;
use tao::event::{Event, StartCause};
use tao::event_loop::{ControlFlow, EventLoopBuilder, EventLoopProxy};
use tokio::sync::mpsc;
use tray_icon::menu::{IsMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use waping_core::monitor::Overall;

enum UserEvent {
    View(TrayView),
    Action(TrayAction),
    Exit(i32),
}

/// The tray on screen; updates go to the event loop in order.
pub struct Tray {
    proxy: EventLoopProxy<UserEvent>,
}

impl Tray {
    pub fn show(&self, view: TrayView) {
        let _ = self.proxy.send_event(UserEvent::View(view));
    }
}

fn icon(overall: Overall) -> Option<Icon> {
    let (width, height, rgba) = icon_rgba(overall);
    Icon::from_rgba(rgba, width, height).ok()
}

fn items(entries: &[Entry]) -> Vec<Box<dyn IsMenuItem>> {
    entries
        .iter()
        .filter_map(|entry| -> Option<Box<dyn IsMenuItem>> {
            Some(match entry {
                Entry::Separator => Box::new(PredefinedMenuItem::separator()),
                Entry::Label(text) => Box::new(MenuItem::new(text, false, None)),
                Entry::Item(action, text) => {
                    Box::new(MenuItem::with_id(action.id(), text, true, None))
                }
                Entry::Submenu(text, entries) => {
                    let children = items(entries);
                    let refs: Vec<&dyn IsMenuItem> = children.iter().map(|b| b.as_ref()).collect();
                    Box::new(Submenu::with_items(text, true, &refs).ok()?)
                }
            })
        })
        .collect()
}

fn menu(view: &TrayView) -> Option<Menu> {
    let children = items(&view.menu);
    let refs: Vec<&dyn IsMenuItem> = children.iter().map(|b| b.as_ref()).collect();
    Menu::with_items(&refs).ok()
}

fn build(view: &TrayView) -> Option<TrayIcon> {
    let mut builder = TrayIconBuilder::new()
        .with_id("main")
        .with_tooltip(&view.tooltip)
        .with_menu_on_left_click(false);
    if let Some(icon) = icon(view.overall) {
        builder = builder.with_icon(icon);
    }
    if let Some(menu) = menu(view) {
        builder = builder.with_menu(Box::new(menu));
    }
    match builder.build() {
        Ok(tray) => Some(tray),
        Err(e) => {
            tracing::warn!("no tray icon: {e}");
            None
        }
    }
}

/// Runs the event loop on this (the main) thread and `agent` on `runtime`,
/// handing it the tray and the menu's actions. Exits the process with the
/// code `agent` returns.
pub fn run_with_event_loop<F, Fut>(runtime: tokio::runtime::Runtime, agent: F) -> !
where
    F: FnOnce(Option<Tray>, mpsc::UnboundedReceiver<TrayAction>) -> Fut + Send + 'static,
    Fut: Future<Output = i32> + Send + 'static,
{
    #[allow(unused_mut)]
    let mut event_loop = EventLoopBuilder::<UserEvent>::with_user_event().build();
    // A tray-only app: no Dock icon, no app menu.
    #[cfg(target_os = "macos")]
    {
        use tao::platform::macos::{ActivationPolicy, EventLoopExtMacOS};
        event_loop.set_activation_policy(ActivationPolicy::Accessory);
    }
    let (actions_tx, actions) = mpsc::unbounded_channel();
    let menu_proxy = event_loop.create_proxy();
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        if let Some(action) = TrayAction::parse(&event.id.0) {
            let _ = menu_proxy.send_event(UserEvent::Action(action));
        }
    }));
    let click_proxy = event_loop.create_proxy();
    TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
        if let TrayIconEvent::Click {
            button: MouseButton::Left,
            button_state: MouseButtonState::Up,
            ..
        } = event
        {
            let _ = click_proxy.send_event(UserEvent::Action(TrayAction::Open));
        }
    }));
    let view_proxy = event_loop.create_proxy();
    let exit_proxy = event_loop.create_proxy();
    let mut agent = Some(agent);
    let mut actions = Some(actions);
    let mut shown: Option<TrayIcon> = None;
    let mut runtime = Some(runtime);
    event_loop.run(move |event, _, control_flow| {
        *control_flow = ControlFlow::Wait;
        match event {
            // The tray can be made only once the loop runs (macOS).
            Event::NewEvents(StartCause::Init) => {
                shown = build(&TrayView::starting());
                let tray = shown.as_ref().map(|_| Tray {
                    proxy: view_proxy.clone(),
                });
                if let (Some(agent), Some(actions), Some(runtime)) =
                    (agent.take(), actions.take(), runtime.as_ref())
                {
                    let exit = exit_proxy.clone();
                    runtime.spawn(async move {
                        let code = agent(tray, actions).await;
                        let _ = exit.send_event(UserEvent::Exit(code));
                    });
                }
            }
            Event::UserEvent(UserEvent::View(view)) => {
                if let Some(tray) = &shown {
                    let _ = tray.set_icon(icon(view.overall));
                    let _ = tray.set_tooltip(Some(&view.tooltip));
                    if let Some(menu) = menu(&view) {
                        tray.set_menu(Some(Box::new(menu)));
                    }
                }
            }
            Event::UserEvent(UserEvent::Action(action)) => {
                let _ = actions_tx.send(action);
            }
            Event::UserEvent(UserEvent::Exit(code)) => {
                shown.take();
                if let Some(runtime) = runtime.take() {
                    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
                }
                std::process::exit(code);
            }
            _ => {}
        }
    })
}
