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

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_demo_listens_on_loopback_only() {
        let demo = Demo::start().await.unwrap();
        let url = url::Url::parse(&demo.base_url()).unwrap();
        assert_eq!(url.scheme(), "http");
        assert_eq!(url.host_str(), Some("127.0.0.1"), "{url}");
        assert_ne!(url.port(), None);
        // And it answers there, to the key the app is given.
        let client = crate::GatewayClient::new(demo.client_config()).unwrap();
        assert!(!client.list_devices().await.unwrap().is_empty());
    }
}
