//! The built-in demo workspace: the simulator on a random loopback port,
//! reached through the same HTTP client as the real service.

use crate::gateway::{ApiKey, ClientConfig};
use crate::simulator::{self, SimConfig, SimControl, SimHandle};
use std::net::{Ipv4Addr, SocketAddr};

pub struct Demo {
    sim: SimHandle,
}

impl Demo {
    pub async fn start() -> std::io::Result<Self> {
        Self::start_with(SimConfig::demo()).await
    }

    pub async fn start_with(config: SimConfig) -> std::io::Result<Self> {
        let sim = simulator::start(config, SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await?;
        Ok(Self { sim })
    }

    pub fn client_config(&self) -> ClientConfig {
        ClientConfig::new(self.sim.base_url(), ApiKey::new(self.sim.api_key()))
    }

    /// Drives the demo (scan a QR code, drop a phone) as a person would on the phone.
    pub fn control(&self) -> SimControl {
        SimControl::new(&self.sim.base_url(), self.sim.api_key())
    }

    pub fn base_url(&self) -> String {
        self.sim.base_url()
    }
}
