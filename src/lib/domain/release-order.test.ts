import { describe, expect, test } from 'vitest';
import { sortReleases } from './release-order.ts';

describe('sortReleases', () => {
  test('orders by family, then GA date with previews last', () => {
    const r = (id: string, family: 'amazon-linux' | 'rhel', ga: string | null) => ({ id, family, lifecycle: { ga } });
    expect(
      sortReleases([r('rhel9', 'rhel', '2022-05-18'), r('al2027', 'amazon-linux', null), r('al2', 'amazon-linux', '2018-06-26')]).map(
        (x) => x.id,
      ),
    ).toEqual(['al2', 'al2027', 'rhel9']);
  });
});
