// The overview a page shows: the agent's answer to `get_overview`, then each
// `overview` event.
import type { Overview } from './bindings/Overview';

export type OverviewSources = {
  /** Starts listening for `overview` events; resolves once listening. */
  listen: (handler: (next: Overview) => void) => Promise<unknown>;
  /** Asks for the current overview. */
  ask: () => Promise<Overview>;
};

type Handler = (overview: Overview) => void;

/**
 * Listening is asked for before the overview itself: the window receives a
 * page's requests in the order they are sent, and registers a listener in
 * microseconds where the answer takes a round trip to the agent, so a change
 * the agent makes after it answers is not missed. The agent reports every
 * change it makes, so an event that comes before the answer is at least as
 * new as the answer, and wins over it.
 */
export class OverviewFeed {
  #latest: Overview | undefined;
  #handlers = new Set<Handler>();
  /** The first overview shown: the answer, or an event that came before it. */
  readonly first: Promise<Overview>;

  constructor(sources: OverviewSources) {
    sources
      .listen((next) => this.#push(next))
      .catch((e) => console.error('overview changes will not be shown', e));
    this.first = sources.ask().then(
      (answer) => {
        if (this.#latest === undefined) this.#push(answer);
        return this.#latest ?? answer;
      },
      (error) => {
        // A change that came all the same is shown rather than the error.
        if (this.#latest === undefined) throw error;
        return this.#latest;
      },
    );
  }

  /** Calls `handler` with the latest overview, if one came, and with each later one. */
  subscribe(handler: Handler): () => void {
    this.#handlers.add(handler);
    if (this.#latest !== undefined) handler(this.#latest);
    return () => this.#handlers.delete(handler);
  }

  #push(next: Overview) {
    this.#latest = next;
    for (const handler of this.#handlers) handler(next);
  }
}
