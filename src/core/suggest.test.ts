import { describe, expect, test } from 'vitest';
import { closestId, editDistance } from './suggest.ts';

describe('closestId', () => {
  test('suggests a near id and nothing for a far one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestId('al2032', ['al2023', 'rhel9'])).toBe('al2023');
    expect(closestId('ubuntu', ['al2023', 'rhel9'])).toBeUndefined();
  });
});
