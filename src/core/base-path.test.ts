import { describe, expect, test } from 'vitest';
import { joinBase } from './base-path.ts';

describe('joinBase', () => {
  test('joins root and sub-path bases without doubling slashes', () => {
    expect(joinBase('/', 'releases/al2/')).toBe('/releases/al2/');
    expect(joinBase('/guides/al/', '/releases/')).toBe('/guides/al/releases/');
    expect(joinBase('/guides/al/', '')).toBe('/guides/al/');
  });
});
