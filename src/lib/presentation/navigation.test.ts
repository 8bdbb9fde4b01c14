import { describe, expect, test } from 'vitest';
import { buildNavigation, isCurrent } from './navigation.ts';

describe('buildNavigation', () => {
  test('groups pages by section in the declared order and sorts by order, then title', () => {
    const nav = buildNavigation([
      { href: '/c/', title: 'Commands', section: 'reference', order: 0 },
      { href: '/b/', title: 'Beta', section: 'start', order: 2 },
      { href: '/a/', title: 'Alpha', section: 'start', order: 2 },
      { href: '/o/', title: 'Overview', section: 'start', order: 1 },
    ]);
    expect(nav.map((s) => [s.id, s.pages.map((p) => p.title)])).toEqual([
      ['start', ['Overview', 'Alpha', 'Beta']],
      ['reference', ['Commands']],
    ]);
  });

  test('isCurrent ignores a trailing slash', () => {
    expect(isCurrent('/releases/', '/releases')).toBe(true);
    expect(isCurrent('/releases/', '/releases/al2/')).toBe(false);
  });
});
