import { expect, test } from 'vitest';
import type { Overview } from './bindings/Overview';
import { OverviewFeed } from './overview-feed';

/** Sources whose events and answer the test sends when it chooses. */
function sources() {
  const asked: string[] = [];
  let handler: ((next: Overview) => void) | undefined;
  let answer!: (overview: Overview) => void;
  let fail!: (error: unknown) => void;
  return {
    asked,
    emit: (overview: Overview) => handler?.(overview),
    answer: (overview: Overview) => answer(overview),
    fail: (error: unknown) => fail(error),
    feed: new OverviewFeed({
      listen: async (h) => {
        asked.push('listen');
        handler = h;
      },
      ask: () => {
        asked.push('ask');
        return new Promise<Overview>((resolve, reject) => {
          answer = resolve;
          fail = reject;
        });
      },
    }),
  };
}

const overview = (name: string) => ({ name }) as unknown as Overview;

test('listening is asked for before the overview', () => {
  expect(sources().asked).toEqual(['listen', 'ask']);
});

test('a change that comes before the answer wins over it', async () => {
  const s = sources();
  const seen: Overview[] = [];
  s.feed.subscribe((o) => seen.push(o));
  s.emit(overview('changed'));
  s.answer(overview('answered'));
  expect(await s.feed.first).toEqual(overview('changed'));
  expect(seen).toEqual([overview('changed')]);
});

test('the answer is shown, then each change, and a late subscriber gets the latest', async () => {
  const s = sources();
  const seen: Overview[] = [];
  s.feed.subscribe((o) => seen.push(o));
  s.answer(overview('answered'));
  expect(await s.feed.first).toEqual(overview('answered'));
  s.emit(overview('changed'));
  expect(seen).toEqual([overview('answered'), overview('changed')]);

  const late: Overview[] = [];
  const unsubscribe = s.feed.subscribe((o) => late.push(o));
  expect(late).toEqual([overview('changed')]);
  unsubscribe();
  s.emit(overview('again'));
  expect(late).toEqual([overview('changed')]);
  expect(seen.at(-1)).toEqual(overview('again'));
});

test('a failed answer is an error unless a change came all the same', async () => {
  const failed = sources();
  failed.fail(new Error('no agent'));
  await expect(failed.feed.first).rejects.toThrow('no agent');

  const changed = sources();
  changed.emit(overview('changed'));
  changed.fail(new Error('no agent'));
  expect(await changed.feed.first).toEqual(overview('changed'));
});
