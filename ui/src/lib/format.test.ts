import { describe, expect, test } from 'vitest';
import { clockTime, dateTime, day, number, percent, weekdayTime } from './format';

// 15 January 2026, 14:05 local time.
const afternoon = new Date(2026, 0, 15, 14, 5).getTime();

describe('numbers', () => {
  test('are grouped as each locale groups them', () => {
    expect(number(1234567, 'en')).toBe('1,234,567');
    expect(number(1234567, 'pt-BR')).toBe('1.234.567');
    expect(number(1234567, 'hi')).toBe('12,34,567');
    expect(number(0, 'en')).toBe('0');
  });

  test('percentages are written as the locale writes them, never rounded up to 100 %', () => {
    expect(percent(1, 'en')).toBe('100%');
    expect(percent(0.99996, 'en')).toBe('99.9%');
    expect(percent(0.5, 'en')).toBe('50.0%');
    expect(percent(0, 'en')).toBe('0%');
    expect(percent(0.0001, 'en')).toBe('0.1%');
    expect(percent(0.987, 'pt-BR')).toBe('98,7%');
    expect(percent(0.987, 'de')).toBe('98,7\u00a0%');
    // Latin digits in Arabic, whatever the ICU underneath picks by default,
    // as the agent writes them.
    expect(percent(0.987, 'ar')).toMatch(/^98[.,٫]7/);
    expect(number(1234567, 'ar')).toMatch(/^1\D?234\D?567$/);
    expect(percent(null, 'en')).toBe('—');
  });
});

describe('times and dates', () => {
  test('clock times are 12-hour in English and 24-hour in Brazilian Portuguese', () => {
    expect(clockTime(afternoon, 'en')).toBe('2:05 PM');
    expect(clockTime(afternoon, 'pt-BR')).toBe('14:05');
    // Arabic marks the afternoon with its own word.
    expect(clockTime(afternoon, 'ar')).toMatch(/م$/);
  });

  test('days and moments are written in the locale order and words', () => {
    expect(day(afternoon, 'en')).toBe('Jan 15');
    expect(day(afternoon, 'pt-BR')).toBe('15 de jan.');
    expect(day(afternoon, 'ar')).toContain('يناير');
    expect(dateTime(afternoon, 'pt-BR')).toContain('14:05');
    expect(weekdayTime(afternoon, 'en')).toBe('Thu 2:05 PM');
  });
});
