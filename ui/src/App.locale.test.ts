// The page follows the language the agent's overviews name, at once.
import { render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import { overview } from './lib/test/fixtures';
import { answer, emit, settle } from './lib/test/harness';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

test("the window speaks the language each overview names, right to left for Arabic, without a reload", async () => {
  answer({
    get_overview: () => overview(),
    take_focus_request: () => null,
    device_strips: () => [],
  });
  // Imported once answers are set: the overview feed asks as it is imported.
  const { default: App } = await import('./App.svelte');
  render(App);
  await settle();
  const settings = screen.getByTestId('open-settings');
  expect(settings.textContent).toBe('Settings');

  emit('overview', overview({ locale: { locale: 'ar', rtl: true, firstWeekday: 6 } }));
  // The Arabic catalog is fetched once asked for; English stays until it is here.
  await vi.waitFor(() => expect(settings.textContent).toBe('الإعدادات'));
  // The same button, re-rendered in place.
  expect(screen.getByTestId('open-settings')).toBe(settings);
  expect(document.documentElement.dir).toBe('rtl');
  expect(document.documentElement.lang).toBe('ar');

  emit('overview', overview({ locale: { locale: 'de', rtl: false, firstWeekday: 1 } }));
  await vi.waitFor(() => expect(settings.textContent).toBe('Einstellungen'));
  expect(document.documentElement.dir).toBe('ltr');
});
