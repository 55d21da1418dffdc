// The app as a component test sees it: `invoke` and `listen`, mocked by the
// test file with
//
//   vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
//   vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));
//
// and driven from here in the contract's types (bindings/Commands.ts and
// bindings/Events.ts): a command, an argument or a reply renamed there
// fails to type-check in the tests that use it.
import { invoke } from '@tauri-apps/api/core';
import { listen, type EventCallback } from '@tauri-apps/api/event';
import { flushSync } from 'svelte';
import { expect, vi } from 'vitest';
import type { Args, Command, Reply } from '../api';
import type { AppError } from '../bindings/AppError';
import type { Events } from '../bindings/Events';
import { appError } from './fixtures';

/** How the app answers each command a test expects; any other is refused. */
export type Replies = { [C in Command]?: (args: Args<C>) => Reply<C> | Promise<Reply<C>> };

const listeners = new Map<string, Set<EventCallback<unknown>>>();
/** Each command asked for, its arguments as the app receives them. */
let sent: [string, unknown][] = [];

/** What crosses to the app and back crosses as JSON: no shared objects, no proxies. */
const overIpc = (value: unknown): unknown => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/** Sets how the app answers, and forgets earlier answers, calls and listeners. */
export function answer(replies: Replies): void {
  sent = [];
  vi.mocked(invoke).mockReset();
  vi.mocked(invoke).mockImplementation((async (command: string, args?: unknown) => {
    const received = overIpc(args);
    sent.push([command, received]);
    const reply = replies[command as Command] as ((args: unknown) => unknown) | undefined;
    if (!reply) throw appError('UNKNOWN_REQUEST', `the test has no reply for ${command}`);
    return overIpc(await reply(received));
  }) as typeof invoke);
  listeners.clear();
  vi.mocked(listen).mockReset();
  vi.mocked(listen).mockImplementation(async (event, handler) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const callback = handler as EventCallback<unknown>;
    set.add(callback);
    return () => {
      set.delete(callback);
    };
  });
}

/** A reply refused the way the app refuses: with `{code, message}`. */
export const refuse =
  (code: AppError['code'], message: string) =>
  (): Promise<never> =>
    Promise.reject(appError(code, message));

/** A reply that has not come yet. */
export const pending = () => (): Promise<never> => new Promise<never>(() => {});

/** The arguments of each call of `command`, in order, as the app received them. */
export function calls<C extends Command>(command: C): Args<C>[] {
  return sent.filter(([name]) => name === command).map(([, args]) => args as Args<C>);
}

/** `command` was asked for exactly these times, with exactly these arguments. */
export function expectCalls<C extends Command>(command: C, ...args: Args<C>[]): void {
  expect(calls(command)).toStrictEqual(args);
}

/** Whether the window listens to `event` now. */
export function listening(event: keyof Events): boolean {
  return (listeners.get(event)?.size ?? 0) > 0;
}

/** An element's text as read, its white space collapsed. */
export function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The app sends `event`, as `listen` hands it to the page. */
export function emit<E extends keyof Events>(event: E, payload: Events[E]): void {
  for (const handler of listeners.get(event) ?? []) handler({ event, id: 1, payload: overIpc(payload) });
  flushSync();
}

/** Lets `ms` pass on the fake timers, then brings the DOM up to date. */
export function elapse(ms: number): void {
  vi.advanceTimersByTime(ms);
  flushSync();
}

/**
 * Lets the awaited (mocked) commands and what follows them run, then brings
 * the DOM up to date. Microtasks only, so it works under fake timers too.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  flushSync();
}

/**
 * An error as the page shows it: the sentence for its code, in the page's
 * language, and the agent's own words, kept behind a closed Details.
 */
export function shownError(element: Element): { sentence: string; detail: string; detailHidden: boolean } {
  const sentence = element.querySelector('.sentence');
  const details = element.querySelector('details');
  return {
    sentence: sentence ? text(sentence) : '',
    detail: text(details?.querySelector('[translate="no"]') ?? document.createElement('span')),
    detailHidden: details !== null && !details.open,
  };
}
