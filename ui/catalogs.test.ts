import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { windowPart } from './catalogs';

test("the window's part of a catalog keeps its terms, name, errors and window messages only", () => {
  const text = [
    '# A comment',
    '-brand = WAPing',
    'language-name = English',
    '',
    '### Shared words: states',
    'state-connected = Connected',
    '### Errors: what went wrong',
    'error-timeout = { -brand } took too long.',
    '# (end of error messages)',
    '### Window: every view',
    'card-history = History',
    'card-count = { $n ->',
    '    [one] one',
    '   *[other] many',
    '}',
    '### Agent: tray menu',
    'tray-quit = Quit',
  ].join('\n');
  expect(windowPart(text)).toBe(
    [
      '-brand = WAPing',
      'language-name = English',
      'error-timeout = { -brand } took too long.',
      'card-history = History',
      'card-count = { $n ->',
      '    [one] one',
      '   *[other] many',
      '}',
      '',
    ].join('\n'),
  );
});

test('the English catalog keeps every window message it has', () => {
  const english = readFileSync('../src-tauri/model/locales/en.ftl', 'utf8');
  const part = windowPart(english);
  expect(part).toContain('settings-language-system = System ({ $language })');
  expect(part).toContain('error-internal = ');
  expect(part).not.toContain('state-connected');
});
