// Generated from src-tauri/link/src/contract.rs by `cargo test`. Do not edit.
import type { DeviceId } from './DeviceId';
import type { Overview } from './Overview';
import type { PairingView } from './PairingView';

export type Events = {
  overview: Overview;
  pairing: PairingView;
  focus_device: DeviceId;
};
