// The cards' strips, kept up to date by the agent's `history` events rather
// than read again for every overview. The agent owns the timeline maths: a
// change is applied by reading again the strips of just the devices it names
// (the agent draws them), never by redrawing one here.
//
// The rule, the simplest that stays correct:
// - everything is read at start, after a change that concerns every device
//   (a watch span begun, WAPing's reachability), after changes were missed,
//   and once per pixel column of time (`columnMs`), as "now" moves the strips;
// - a change to one device (a transition, a removal) reads that device's
//   strip again; one the agent no longer has (removed) is dropped;
// - what is asked for while a read is under way is read once it is done, so
//   no change is lost to a read that began before it was written.
import type { HistoryChange } from './bindings/HistoryChange';
import type { HistoryChanges } from './bindings/HistoryChanges';
import type { Strip } from './bindings/Strip';

export type StripSources = {
  /** Starts listening for `history` events; resolves once listening. */
  listen: (handler: (changes: HistoryChanges) => void) => Promise<() => void>;
  /** Reads the strips of these devices, or of all with `null`. */
  read: (deviceIds: string[] | null) => Promise<Strip[]>;
};

/** The one device a change concerns; `null` for one that concerns every device. */
export function changedDevice(change: HistoryChange): string | null {
  switch (change.kind) {
    case 'transition':
    case 'removed':
      return change.deviceId;
    default:
      return null;
  }
}

/** Whether an event changes what `deviceId`'s history shows. */
export function concerns(event: HistoryChanges, deviceId: string): boolean {
  return event.missed || event.changes.some((c) => [deviceId, null].includes(changedDevice(c)));
}

/** The strip span's time per pixel column: `hours` drawn on `width` pixels. */
export const columnMs = (hours: number, width: number): number => (hours * 3_600_000) / width;

export class StripFeed {
  #strips: Record<string, Strip> = {};
  #all = false;
  #devices = new Set<string>();
  #reading = false;
  #sources: StripSources;
  #show: (strips: Record<string, Strip>) => void;
  #listening: Promise<(() => void) | undefined>;
  #closed = false;

  /** Listens first, then reads everything: a change written meanwhile is read after. */
  constructor(sources: StripSources, show: (strips: Record<string, Strip>) => void) {
    this.#sources = sources;
    this.#show = show;
    this.#listening = sources
      .listen((event) => this.apply(event))
      .catch((e) => {
        console.error('history changes will not be shown on the strips', e);
        return undefined;
      })
      .finally(() => this.readAll());
  }

  /** Stops listening and showing. */
  close(): void {
    this.#closed = true;
    void this.#listening.then((off) => off?.());
  }

  /** Applies a `history` event. */
  apply(event: HistoryChanges): void {
    const devices = event.changes.map(changedDevice);
    if (event.missed || devices.includes(null)) this.readAll();
    else this.#ask(devices as string[]);
  }

  /** Reads every strip again (at start, and as time moves them). */
  readAll(): void {
    this.#all = true;
    this.#ask([]);
  }

  #ask(devices: string[]): void {
    for (const id of devices) this.#devices.add(id);
    if (!this.#reading) void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#reading = true;
    try {
      while (this.#all || this.#devices.size > 0) {
        const ids = this.#all ? null : [...this.#devices];
        this.#all = false;
        this.#devices.clear();
        try {
          const list = await this.#sources.read(ids);
          const next: Record<string, Strip> = ids === null ? {} : { ...this.#strips };
          for (const id of ids ?? []) delete next[id];
          for (const strip of list) next[strip.deviceId] = strip;
          this.#strips = next;
          if (!this.#closed) this.#show(next);
        } catch {
          // No history (yet, or not saved here): the cards go without new
          // strips until the next read.
        }
      }
    } finally {
      this.#reading = false;
    }
  }
}
