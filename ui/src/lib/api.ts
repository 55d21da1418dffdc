// Typed wrappers around the app's commands. The types come from Rust (ts-rs).
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AppError } from './bindings/AppError';
import type { ConnectionReport } from './bindings/ConnectionReport';
import type { Device } from './bindings/Device';
import type { DiagnosisReport } from './bindings/DiagnosisReport';
import type { PairingView } from './bindings/PairingView';
import type { HookRun } from './bindings/HookRun';
import type { Overview } from './bindings/Overview';
import type { SettingsInput } from './bindings/SettingsInput';
import type { SettingsView } from './bindings/SettingsView';
import type { SnoozeFor } from './bindings/SnoozeFor';
import type { DeviceHistory } from './bindings/DeviceHistory';
import type { ExportFormat } from './bindings/ExportFormat';
import type { RankedDevice } from './bindings/RankedDevice';
import type { Strip } from './bindings/Strip';
import type { PeriodUptime } from './bindings/PeriodUptime';

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppError).code === 'string' &&
    typeof (value as AppError).message === 'string'
  );
}

/** Every failure as `{code, message}`, whatever shape it arrived in. */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  if (value instanceof Error) return { code: 'INTERNAL', message: value.message };
  return { code: 'INTERNAL', message: String(value) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const api = {
  overview: () => call<Overview>('get_overview'),
  refresh: () => call<null>('refresh'),
  settings: () => call<SettingsView>('get_settings'),
  saveSettings: (input: SettingsInput) => call<SettingsView>('save_settings', { input }),
  setApiKey: (key: string, sessionOnly: boolean) => call<SettingsView>('set_api_key', { key, sessionOnly }),
  clearApiKey: () => call<SettingsView>('clear_api_key'),
  testConnection: (baseUrl: string, apiKey: string | null) =>
    call<ConnectionReport>('test_connection', { baseUrl, apiKey }),
  diagnose: (baseUrl: string, apiKey: string | null) =>
    call<DiagnosisReport>('diagnose', { baseUrl, apiKey }),
  copyDiagnosis: () => call<null>('copy_diagnosis'),
  snooze: (deviceId: string | null, duration: SnoozeFor) =>
    call<string | null>('snooze_alerts', { deviceId, duration }),
  resumeAlerts: (deviceId: string | null = null) => call<null>('resume_alerts', { deviceId }),
  setWebhookSecret: (secret: string, sessionOnly: boolean) =>
    call<SettingsView>('set_webhook_secret', { secret, sessionOnly }),
  clearWebhookSecret: () => call<SettingsView>('clear_webhook_secret'),
  hookRuns: () => call<HookRun[]>('get_hook_runs'),
  addDevice: (name: string) => call<Device>('add_device', { name }),
  startPairing: (deviceId: string) => call<PairingView>('start_pairing', { deviceId }),
  cancelPairing: () => call<null>('cancel_pairing'),
  simulateScan: (deviceId: string) => call<null>('simulate_scan', { deviceId }),
  saveQrPng: () => call<string>('save_qr_png'),
  copyQrPng: () => call<null>('copy_qr_png'),
  openDashboard: () => call<null>('open_dashboard'),
  logoutDevice: (deviceId: string) => call<null>('logout_device', { deviceId }),
  removeDevice: (deviceId: string) => call<null>('remove_device', { deviceId }),
  deviceStrips: (hours: number, width: number) => call<Strip[]>('device_strips', { hours, width }),
  deviceHistory: (deviceId: string, from: number, to: number, width: number) =>
    call<DeviceHistory>('device_history', { deviceId, from, to, width }),
  deviceUptime: (deviceId: string) => call<PeriodUptime[]>('device_uptime', { deviceId }),
  workspaceRanking: (days: number) => call<RankedDevice[]>('workspace_ranking', { days }),
  exportHistory: (deviceId: string, from: number, to: number, format: ExportFormat) =>
    call<string | null>('export_history', { deviceId, from, to, format }),
  takeFocusRequest: () => call<string | null>('take_focus_request'),
  autostart: () => call<boolean>('get_autostart'),
  setAutostart: (enabled: boolean) => call<boolean>('set_autostart', { enabled }),
};

export function onOverview(handler: (overview: Overview) => void): Promise<UnlistenFn> {
  return listen<Overview>('overview', (event) => handler(event.payload));
}

export function onFocusDevice(handler: (deviceId: string) => void): Promise<UnlistenFn> {
  return listen<string>('focus-device', (event) => handler(event.payload));
}

export function onPairing(handler: (view: PairingView) => void): Promise<UnlistenFn> {
  return listen<PairingView>('pairing', (event) => handler(event.payload));
}
