import { expect, test } from 'vitest';
import type { HistoryChanges } from './bindings/HistoryChanges';
import type { Strip } from './bindings/Strip';
import { START, strip, transitionWritten } from './test/fixtures';
import { StripFeed } from './strips';

/** A feed whose reads wait until the test lets each one answer. */
function feed(initial: Strip[]) {
  let tell: (event: HistoryChanges) => void = () => {};
  const asked: (string[] | null)[] = [];
  const answers: (() => void)[] = [];
  let drawn = initial;
  let shown: Record<string, Strip> = {};
  new StripFeed(
    {
      listen: async (handler) => {
        tell = handler;
        return () => {};
      },
      read: (ids) => {
        asked.push(ids);
        return new Promise((resolve) =>
          answers.push(() => resolve(drawn.filter((s) => ids?.includes(s.deviceId) ?? true))),
        );
      },
    },
    (next) => (shown = next),
  );
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    asked,
    shown: () => Object.keys(shown),
    tell: (event: HistoryChanges) => tell(event),
    draw: (next: Strip[]) => (drawn = next),
    answer: async () => {
      answers.shift()?.();
      await settle();
    },
    settle,
  };
}

test('a removed device loses its strip', async () => {
  const f = feed([strip('dev_1', ['Connected']), strip('dev_2', ['Connected'])]);
  await f.settle();
  await f.answer();
  expect(f.shown()).toStrictEqual(['dev_1', 'dev_2']);
  f.draw([strip('dev_1', ['Connected'])]);
  f.tell({ changes: [{ kind: 'removed', deviceId: 'dev_2', at: START }], missed: false });
  await f.answer();
  expect(f.asked).toStrictEqual([null, ['dev_2']]);
  expect(f.shown()).toStrictEqual(['dev_1']);
});

test('changes told while a read is under way are read once it is done, together', async () => {
  const f = feed([strip('dev_1', ['Connected']), strip('dev_2', ['Connected'])]);
  await f.settle();
  expect(f.asked).toStrictEqual([null]);
  f.tell(transitionWritten('dev_1', 'Disconnected'));
  f.tell(transitionWritten('dev_2', 'Disconnected'));
  await f.settle();
  expect(f.asked).toHaveLength(1);
  await f.answer();
  expect(f.asked).toStrictEqual([null, ['dev_1', 'dev_2']]);
  await f.answer();
  expect(f.asked).toHaveLength(2);
});
