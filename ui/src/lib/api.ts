// The app's commands and events, typed by the contract the Rust side
// generates (bindings/Commands.ts and bindings/Events.ts): a command, an
// argument or a reply renamed there fails to type-check here.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AppError } from './bindings/AppError';
import type { Commands } from './bindings/Commands';
import type { Events } from './bindings/Events';

export type Command = keyof Commands;
export type Args<C extends Command> = Commands[C]['args'];
export type Reply<C extends Command> = Commands[C]['reply'];

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

async function call<C extends Command>(command: C, args: Args<C>): Promise<Reply<C>> {
  try {
    return await invoke<Reply<C>>(command, args as InvokeArgs);
  } catch (e) {
    throw toAppError(e);
  }
}

export const api = {
  overview: () => call('get_overview', {}),
  refresh: () => call('refresh', {}),
  settings: () => call('get_settings', {}),
  saveSettings: (input: Args<'save_settings'>['input']) => call('save_settings', { input }),
  setApiKey: (key: string, sessionOnly: boolean) => call('set_api_key', { key, sessionOnly }),
  clearApiKey: () => call('clear_api_key', {}),
  testConnection: (baseUrl: string, apiKey: string | null) =>
    call('test_connection', { baseUrl, apiKey }),
  diagnose: (baseUrl: string | null, apiKey: string | null) => call('diagnose', { baseUrl, apiKey }),
  copyDiagnosis: () => call('copy_diagnosis', {}),
  snooze: (deviceId: string | null, duration: Args<'snooze_alerts'>['duration']) =>
    call('snooze_alerts', { deviceId, duration }),
  resumeAlerts: (deviceId: string | null = null) => call('resume_alerts', { deviceId }),
  setWebhookSecret: (secret: string, sessionOnly: boolean) =>
    call('set_webhook_secret', { secret, sessionOnly }),
  clearWebhookSecret: () => call('clear_webhook_secret', {}),
  hookRuns: () => call('get_hook_runs', {}),
  addDevice: (name: string) => call('add_device', { name }),
  startPairing: (deviceId: string) => call('start_pairing', { deviceId }),
  cancelPairing: () => call('cancel_pairing', {}),
  simulateScan: (deviceId: string) => call('simulate_scan', { deviceId }),
  saveQrPng: () => call('save_qr_png', {}),
  copyQrPng: () => call('copy_qr_png', {}),
  openDashboard: () => call('open_dashboard', {}),
  logoutDevice: (deviceId: string) => call('logout_device', { deviceId }),
  removeDevice: (deviceId: string) => call('remove_device', { deviceId }),
  deviceStrips: (hours: number, width: number, deviceIds: string[] | null = null) =>
    call('device_strips', { hours, width, deviceIds }),
  deviceHistory: (deviceId: string, from: number, to: number, width: number) =>
    call('device_history', { deviceId, from, to, width }),
  deviceUptime: (deviceId: string) => call('device_uptime', { deviceId }),
  workspaceRanking: (days: number) => call('workspace_ranking', { days }),
  exportHistory: (
    deviceId: string,
    from: number,
    to: number,
    format: Args<'export_history'>['format'],
    title: Args<'export_history'>['title'],
  ) => call('export_history', { deviceId, from, to, format, title }),
  takeFocusRequest: () => call('take_focus_request', {}),
  autostart: () => call('get_autostart', {}),
  setAutostart: (enabled: boolean) => call('set_autostart', { enabled }),
  systemLocale: () => call('system_locale', {}),
  checkForUpdate: () => call('check_for_update', {}),
  installUpdate: () => call('install_update', {}),
};

/** Listens to one of the page's events, its payload typed by the contract. */
export function on<E extends keyof Events>(
  event: E,
  handler: (payload: Events[E]) => void,
): Promise<UnlistenFn> {
  return listen<Events[E]>(event, (e) => handler(e.payload));
}

export const onOverview = (handler: (overview: Events['overview']) => void) => on('overview', handler);
export const onFocusDevice = (handler: (deviceId: Events['focus_device']) => void) =>
  on('focus_device', handler);
export const onHistory = (handler: (changes: Events['history']) => void) => on('history', handler);
export const onPairing = (handler: (view: Events['pairing']) => void) => on('pairing', handler);
