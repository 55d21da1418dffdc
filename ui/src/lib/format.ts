// Words and numbers as people read them.
import type { Device } from './bindings/Device';
import type { SessionState } from './bindings/SessionState';

const REASONS: Record<string, string> = {
  logged_out: 'Logged out on the phone',
  phone_offline: 'Phone offline',
  offline: 'Phone offline',
  idle: 'Idle too long',
  policy: 'WhatsApp policy',
  reconnecting: 'Reconnecting',
  reinstall: 'WhatsApp reinstalled',
  security: 'Security prompt on the phone',
  'no activity seen': 'No activity seen',
};

export function reasonText(reason: string | null): string | null {
  if (!reason) return null;
  const known = REASONS[reason.toLowerCase()];
  if (known) return known;
  const words = reason.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "45 s", "14 min", "2 h 5 min", "3 d 4 h". */
export function duration(ms: number): string {
  const secs = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(secs / 86400);
  const hours = Math.floor((secs % 86400) / 3600);
  const mins = Math.floor((secs % 3600) / 60);
  if (secs < 60) return `${secs} s`;
  if (secs < 3600) return `${mins} min`;
  if (secs < 86400) return mins === 0 ? `${hours} h` : `${hours} h ${mins} min`;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

export function ago(iso: string | null, now: number): string {
  if (!iso) return 'never';
  const ms = now - Date.parse(iso);
  if (Number.isNaN(ms)) return 'unknown';
  return ms < 5000 ? 'just now' : `${duration(ms)} ago`;
}

export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function number(n: number): string {
  return n.toLocaleString('en-US');
}

/** Worst first, so that what needs attention is seen first. */
const ORDER: Record<SessionState, number> = {
  Disconnected: 0,
  Degraded: 1,
  Unknown: 2,
  Unlinked: 3,
  Connected: 4,
};

export function byUrgency(a: Device, b: Device): number {
  return ORDER[a.state] - ORDER[b.state] || a.name.localeCompare(b.name);
}

export function stateLabel(device: Pick<Device, 'state' | 'rawStatus'>): string {
  return device.state === 'Unknown' ? `Unknown (${device.rawStatus})` : device.state;
}
