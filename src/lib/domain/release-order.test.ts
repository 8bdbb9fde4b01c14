import { describe, expect, test } from 'vitest';
import { sortByStatus, sortReleases } from './release-order.ts';

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

describe('sortByStatus', () => {
  const phases = { standard: 'Standard support' };
  const r = (id: string, ga: string | null, end: string | null) => ({
    id,
    lifecycle: { ga, endOfStandardSupport: end, phaseNames: phases },
  });
  test('puts supported releases first, then previews, and end of life last, keeping the order within a status', () => {
    const day = '2026-06-01';
    const sorted = sortByStatus(
      [r('old', '2010-01-01', '2020-12-31'), r('next', null, null), r('a', '2023-03-15', '2029-06-30'), r('b', '2022-05-18', null)],
      day,
    );
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'next', 'old']);
  });
  test('reads the status on the given day', () => {
    const release = r('x', '2020-01-01', '2025-12-31');
    expect(sortByStatus([release, r('y', null, null)], '2026-01-01').map((x) => x.id)).toEqual(['y', 'x']);
  });
});
