//! The window's link to the agent: the page's commands, read into the
//! contract's typed requests, go to whoever hosts them (the agent, or the
//! window itself), and the agent's events reach the page. A link that breaks
//! (the agent crashed) starts the agent again.

use crate::{local_commands, window};
use serde_json::Value;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tauri::ipc::{Invoke, InvokeBody};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tokio::sync::mpsc;
use waping_link::client::{self, AgentClient};
use waping_link::contract::{Event, EventName, Host, Request, Scope};
use waping_link::protocol::{self, AgentEvent};
use waping_link::AppError;
use waping_model::ErrorCode;

pub struct AgentLink {
    data_dir: PathBuf,
    /// The agent binary to start when none answers; `None` in tests, which
    /// run their agent in-process.
    agent: Option<PathBuf>,
    client: tokio::sync::Mutex<Option<Arc<AgentClient>>>,
    /// Set once the agent said to quit: its closing link is then no crash.
    quitting: AtomicBool,
}

impl AgentLink {
    pub fn new(data_dir: PathBuf, agent: Option<PathBuf>) -> Self {
        Self {
            data_dir,
            agent,
            client: tokio::sync::Mutex::new(None),
            quitting: AtomicBool::new(false),
        }
    }

    /// The link of the installed app: the agent beside this binary, on the
    /// app's data folder.
    pub fn installed() -> Result<Self, AppError> {
        let dir = protocol::data_dir().ok_or_else(|| {
            AppError::new(ErrorCode::NoDataFolder, "this system has no data folder")
        })?;
        Ok(Self::new(dir, client::agent_binary()))
    }

    /// Starts the agent now if none runs, so that it sets up on the other
    /// core while this process starts GTK and its web view (BENCHMARKS.md).
    pub fn start_agent(&self) {
        if let Some(agent) = &self.agent {
            match client::start_unless_running(&self.data_dir, agent) {
                Ok(true) => tracing::info!("no agent runs; starting one"),
                Ok(false) => {}
                Err(e) => tracing::error!("{e}"),
            }
        }
    }

    /// The connected client, connecting (and starting the agent) if needed.
    pub async fn client<R: Runtime>(
        &self,
        app: &AppHandle<R>,
    ) -> Result<Arc<AgentClient>, AppError> {
        let mut current = self.client.lock().await;
        if let Some(client) = current.as_ref().filter(|c| !c.is_closed()) {
            return Ok(client.clone());
        }
        let (client, events) = match &self.agent {
            Some(agent) => client::connect_or_start(&self.data_dir, agent, true).await?,
            None => {
                let discovery = protocol::read_discovery(&self.data_dir).ok_or_else(|| {
                    AppError::new(
                        ErrorCode::AgentUnavailable,
                        "no agent runs for this data folder",
                    )
                })?;
                AgentClient::connect(&discovery, true).await?
            }
        };
        let client = Arc::new(client);
        tauri::async_runtime::spawn(relay(app.clone(), events));
        *current = Some(client.clone());
        Ok(client)
    }

    pub async fn call<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        request: &Request,
    ) -> Result<Value, AppError> {
        self.client(app).await?.call(request).await
    }
}

/// Reaches the agent (starting it if need be) while the web view loads, so
/// that the page's first command finds the link ready.
pub fn connect_early<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if let Err(e) = app.state::<AgentLink>().client(&app).await {
            tracing::error!("{e}");
        }
    });
}

/// Answers one of the page's commands: read into the contract's request
/// (an unknown command or argument is refused here), then answered by the
/// window or passed to the agent, whose reply goes back as it came.
pub fn dispatch<R: Runtime>(invoke: Invoke<R>) {
    let Invoke {
        message, resolver, ..
    } = invoke;
    let args = match message.payload() {
        InvokeBody::Json(args) => args.clone(),
        InvokeBody::Raw(_) => {
            resolver.reject(AppError::invalid("arguments must be JSON"));
            return;
        }
    };
    let request = match Request::parse(message.command(), args) {
        Ok(request) if request.command().scope() == Scope::Page => request,
        Ok(internal) => {
            resolver.reject(AppError::new(
                ErrorCode::UnknownRequest,
                format!("{} is not the page's to ask", internal.command().name()),
            ));
            return;
        }
        Err(e) => {
            resolver.reject(e);
            return;
        }
    };
    let app = message.webview().app_handle().clone();
    tauri::async_runtime::spawn(async move {
        let result = match request.command().host() {
            Host::Agent => app.state::<AgentLink>().call(&app, &request).await,
            Host::Window => local_commands::handle(&app, request).await,
        };
        match result {
            Ok(value) => resolver.resolve(value),
            Err(e) => resolver.reject(e),
        }
    });
}

/// The agent's events, to the page or the window.
async fn relay<R: Runtime>(app: AppHandle<R>, mut events: mpsc::UnboundedReceiver<AgentEvent>) {
    while let Some(event) = events.recv().await {
        match EventName::from_name(&event.name).map(EventName::scope) {
            // The page's events go on as they came: the page types them, and
            // an overview need not be read here only to be passed on.
            Some(Scope::Page) => {
                if let Err(e) = app.emit(&event.name, event.payload) {
                    tracing::warn!("{} event not delivered: {e}", event.name);
                }
            }
            Some(Scope::Internal) => match event.event() {
                Ok(Event::ShowWindow(Some(device))) => window::show_device(&app, &device),
                Ok(Event::ShowWindow(None)) => window::show(&app),
                Ok(Event::Quit(())) => {
                    app.state::<AgentLink>()
                        .quitting
                        .store(true, Ordering::SeqCst);
                    app.exit(0);
                    return;
                }
                Ok(other) => tracing::warn!("{other:?} is not the window's to act on"),
                Err(e) => tracing::warn!("{e}"),
            },
            None => tracing::warn!("unknown event {:?} from the agent", event.name),
        }
    }
    let link = app.state::<AgentLink>();
    if link.quitting.load(Ordering::SeqCst) || link.agent.is_none() {
        return;
    }
    // The agent ended without saying so: start it again, and the page gets
    // the new overview as it comes.
    tracing::warn!("the link to the agent broke; starting it again");
    tauri::async_runtime::spawn(reconnect(app.clone()));
}

/// Boxed, so that a relay that reconnects and the relay the new link starts
/// are not one future type inside another.
fn reconnect<R: Runtime>(app: AppHandle<R>) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    Box::pin(async move {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        if let Err(e) = app.state::<AgentLink>().client(&app).await {
            tracing::error!("{e}");
        }
    })
}
