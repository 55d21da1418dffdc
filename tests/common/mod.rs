//! What the tests of the binaries and the window's commands share.

use waping_core::simulator::{self, Scenario, SimConfig, SimHandle, WireProfile};
use waping_core::PlanTier;

/// A steady simulator of `devices` on `plan`, on a loopback port of its own.
pub fn sim(plan: PlanTier, devices: u32) -> SimHandle {
    sim_speaking(plan, devices, WireProfile::default())
}

/// [`sim`], answering in the shape of `wire`.
pub fn sim_speaking(plan: PlanTier, devices: u32, wire: WireProfile) -> SimHandle {
    let config = SimConfig {
        plan,
        devices,
        scenario: Scenario::Steady,
        wire,
        ..SimConfig::default()
    };
    tauri::async_runtime::block_on(simulator::start(config, "127.0.0.1:0".parse().unwrap()))
        .unwrap()
}
