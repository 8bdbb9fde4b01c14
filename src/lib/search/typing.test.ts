import { expect, test } from 'vitest';
import { PAUSE_MS, searchDelay } from './typing.ts';

test('a short last word waits for a pause; a word boundary or three letters search at once', () => {
  expect(searchDelay('s')).toBe(PAUSE_MS);
  expect(searchDelay('se')).toBe(PAUSE_MS);
  expect(searchDelay('sel')).toBe(0);
  expect(searchDelay('selinux s')).toBe(PAUSE_MS);
  expect(searchDelay('selinux ')).toBe(0);
  expect(searchDelay('rhel 9')).toBe(PAUSE_MS);
  expect(searchDelay('/e')).toBe(PAUSE_MS);
  expect(searchDelay('')).toBe(0);
  expect(PAUSE_MS).toBe(250);
});
