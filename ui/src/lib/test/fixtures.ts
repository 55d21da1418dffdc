// What the app sends the window, built as the generated bindings type it: a
// field renamed on the Rust side fails `npm run check` here first.
import type { AppError } from '../bindings/AppError';
import type { ConnectionReport } from '../bindings/ConnectionReport';
import type { Device } from '../bindings/Device';
import type { DeviceHistory } from '../bindings/DeviceHistory';
import type { DeviceView } from '../bindings/DeviceView';
import type { DeviceWords } from '../bindings/DeviceWords';
import type { ErrorCode } from '../bindings/ErrorCode';
import type { GatewayHealth } from '../bindings/GatewayHealth';
import type { HistoryChanges } from '../bindings/HistoryChanges';
import type { Overview } from '../bindings/Overview';
import type { PairingState } from '../bindings/PairingState';
import type { PairingView } from '../bindings/PairingView';
import type { SegmentKind } from '../bindings/SegmentKind';
import type { SessionState } from '../bindings/SessionState';
import type { SettingsView } from '../bindings/SettingsView';
import type { Snapshot } from '../bindings/Snapshot';
import type { Strip } from '../bindings/Strip';
import type { Workspace } from '../bindings/Workspace';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

/** The moment the tests' fake clocks start at. */
export const START = '2026-11-25T10:00:00Z';

export const iso = (ms: number): string => new Date(ms).toISOString();

export function appError(code: ErrorCode, message: string): AppError {
  return { code, message };
}

export function device(fields: Partial<Device> = {}): Device {
  return {
    id: 'dev_1',
    name: 'Shop phone',
    phone: '+4915112345678',
    state: 'Connected',
    rawStatus: 'connected',
    reason: null,
    stateSince: null,
    lastSeen: null,
    ...fields,
  };
}

/** Words as the agent would send them; tests that read them set their own. */
export function words(fields: Partial<DeviceWords> = {}): DeviceWords {
  return { stateLabel: 'Connected', reasonText: null, stateFor: null, lastSeen: 'never', ...fields };
}

export function deviceView(shown: Device = device(), fields: Partial<DeviceWords> = {}): DeviceView {
  return { device: shown, words: words({ stateLabel: shown.state, ...fields }) };
}

export function workspace(): Workspace {
  return {
    name: 'Corner shop',
    plan: { name: 'Starter', tier: 'Starter', deviceLimit: 3, monthlyQuota: 10_000, messagesSent: 1_234 },
  };
}

/** An overview of `snapshot` (its devices go, with their words, to `devices`). */
export function overview(fields: Partial<Overview> = {}, snapshot: Partial<Snapshot> = {}): Overview {
  const { devices = [device()], ...rest } = snapshot;
  return {
    mode: 'live',
    snapshot: {
      unread: [],
      partial: null,
      workspace: workspace(),
      health: { status: 'ok' },
      updatedAt: START,
      historyProblem: null,
      batterySaving: false,
      ...rest,
    },
    devices: devices.map((d) => deviceView(d)),
    webhookUrl: null,
    webhookProblem: null,
    readProblem: null,
    snoozedUntil: null,
    snoozedDevices: {},
    locale: { locale: 'en', rtl: false, firstWeekday: 7 },
    update: null,
    ...fields,
  };
}

export function failing(auth: boolean, code: ErrorCode, message: string, since: string): GatewayHealth {
  return { status: 'failing', code, message, since, auth };
}

export function settingsView(fields: Partial<SettingsView> = {}): SettingsView {
  return {
    settings: {
      baseUrl: 'https://api.waping.app',
      pollIntervalSecs: 15,
      demo: false,
      language: null,
      alerts: { reminderMinutes: 30, degradedAfterMinutes: 5, quietFrom: null, quietUntil: null },
      detection: { noActivityMinutes: 30, downAfter: 2, upAfter: 2, pairingGraceSecs: 90 },
      retentionDays: 90,
      webhook: { enabled: false, port: 8787, signatureHeader: 'X-WAPing-Signature' },
      hooks: { url: null, command: null, timeoutSecs: 10 },
      power: { slowerOnBattery: false },
    },
    apiKeyMasked: null,
    keyStorage: 'none',
    webhookSecretStorage: 'none',
    pollLimits: { minSecs: 5, minSecsOnThisComputer: 1, maxSecs: 3600 },
    ...fields,
  };
}

export function connectionReport(devices: DeviceView[]): ConnectionReport {
  return { workspace: workspace(), devices, unread: [], partial: null, problem: null };
}

/** A code as the pairing view shows it, expiring `lifetime` ms after `now`. */
export function code(now: number, lifetime: number, number = 1, svg = '<svg data-code="1"></svg>'): PairingState {
  return { status: 'code', svg, expiresAt: iso(now + lifetime), number, of: 3 };
}

export function pairing(state: PairingState, deviceId = 'dev_1'): PairingView {
  return { deviceId, state };
}

/** A card's strip over the 24 hours before `START`, one segment per kind given. */
export function strip(deviceId: string, kinds: SegmentKind[]): Strip {
  const to = Date.parse(START);
  const from = to - 24 * 60 * MINUTE;
  const step = (to - from) / kinds.length;
  return {
    deviceId,
    from,
    to,
    segments: kinds.map((kind, i) => ({
      start: from + i * step,
      end: from + (i + 1) * step,
      kind,
      kindLabel: `${kind} in words`,
      reason: null,
      changes: 1,
      durationText: '12 h',
      reasonText: null,
    })),
    uptime: null,
  };
}

/** A `history` event telling that `deviceId` went to `to` at `at`. */
export function transitionWritten(deviceId: string, to: SessionState, at: string = START): HistoryChanges {
  return {
    changes: [
      {
        kind: 'transition',
        deviceId,
        deviceName: 'Shop phone',
        from: 'Connected',
        to,
        at,
        reason: to === 'Disconnected' ? 'phone_offline' : null,
        source: 'poll',
        expected: false,
      },
    ],
    missed: false,
  };
}

/** One device's history over the 24 hours before `START`, with `disconnects` drops. */
export function deviceHistory(deviceId: string, disconnects: number): DeviceHistory {
  const s = strip(deviceId, disconnects > 0 ? ['Connected', 'Disconnected'] : ['Connected']);
  return {
    deviceId,
    name: 'Shop phone',
    from: s.from,
    to: s.to,
    segments: s.segments,
    outages: [],
    stats: {
      uptime: null,
      upMs: 0,
      downMs: 0,
      unreachableMs: 0,
      offlineMs: 0,
      noDataMs: 0,
      disconnects,
      meanRecoveryMs: null,
      longestRecoveryMs: null,
      words: { meanRecovery: null, longestRecovery: null, unreachable: null, offline: null, noData: null },
    },
    // Made-up words: the view shows them verbatim, whatever they say.
    legend: [
      { kind: 'Connected', label: 'Up and talking' },
      { kind: 'NoData', label: 'Nobody was watching' },
    ],
    endings: [
      { ended: 'Rescan', label: 'Scanned anew' },
      { ended: 'Ongoing', label: 'Still broken' },
    ],
  };
}
