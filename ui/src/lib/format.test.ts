import { expect, test } from 'vitest';
import { number } from './format';

test('numbers are grouped for reading', () => {
  expect(number(1234567)).toBe('1,234,567');
  expect(number(0)).toBe('0');
});
