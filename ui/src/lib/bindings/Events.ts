// Generated from src-tauri/link/src/contract.rs by `cargo test`. Do not edit.
import type { DeviceId } from './DeviceId';
import type { HistoryChanges } from './HistoryChanges';
import type { Overview } from './Overview';
import type { PairingView } from './PairingView';

export type Events = {
  overview: Overview;
  history: HistoryChanges;
  pairing: PairingView;
  focus_device: DeviceId;
};
