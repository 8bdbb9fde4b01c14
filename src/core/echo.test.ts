import { describe, expect, test } from 'vitest';
import { listEchoed, quoteEchoed } from './echo.ts';

describe('quoteEchoed', () => {
  test('quotes short text as it is', () => {
    expect(quoteEchoed('rhel11')).toBe('“rhel11”');
  });

  test('cuts long text to the limit, counting characters rather than UTF-16 units', () => {
    expect(quoteEchoed('x'.repeat(20_000))).toBe(`“${'x'.repeat(39)}…”`);
    expect(quoteEchoed('🐧'.repeat(5), 3)).toBe('“🐧🐧…”');
  });
});

describe('listEchoed', () => {
  test('joins a few items in prose and counts the rest', () => {
    expect(listEchoed([])).toBe('');
    expect(listEchoed(['a'])).toBe('a');
    expect(listEchoed(['a', 'b'])).toBe('a and b');
    expect(listEchoed(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listEchoed(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
  });
});
