import { describe, expect, test } from 'vitest';
import { buildNavigation, headerCurrent, isCurrent, neighbours, sidebarFor } from './navigation.ts';

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

describe('headerCurrent', () => {
  const commands = { href: '/commands/', title: 'Commands', kinds: ['matrix', 'task'] };
  test('is "page" on the section\'s own page, "true" elsewhere in the section, and absent outside it', () => {
    expect(headerCurrent(commands, 'matrix', '/commands/')).toBe('page');
    expect(headerCurrent(commands, 'task', '/commands/enable-epel/')).toBe('true');
    expect(headerCurrent(commands, 'release', '/releases/al2/')).toBeUndefined();
  });
});

describe('sidebarFor', () => {
  const sections = buildNavigation([
    { href: '/commands/', title: 'Command reference', section: 'reference', order: 0 },
    { href: '/releases/', title: 'All releases', section: 'reference', order: 1 },
  ]);
  test('puts the open page under its parent entry and nowhere else', () => {
    const child = { href: '/releases/al2/', title: 'Amazon Linux 2', parentHref: '/releases/' };
    const pages = sidebarFor(sections, child)[0]!.pages;
    expect(pages.map((p) => p.child?.title)).toEqual([undefined, 'Amazon Linux 2']);
  });
  test('leaves the sidebar as it is without a child', () => {
    expect(sidebarFor(sections)).toEqual(sections);
  });
});

describe('neighbours', () => {
  const sections = buildNavigation([
    { href: '/guide/a/', title: 'A', section: 'start', order: 1 },
    { href: '/guide/b/', title: 'B', section: 'start', order: 2 },
    { href: '/commands/', title: 'Command reference', section: 'reference', order: 0 },
    { href: '/guide/c/', title: 'C', section: 'about', order: 1 },
  ]);
  const guide = (p: { href: string }) => p.href.startsWith('/guide/');
  test('follows sidebar order across sections, skipping pages the filter leaves out', () => {
    expect(neighbours(sections, '/guide/b/', guide)).toEqual({ previous: sections[0]!.pages[0], next: sections[2]!.pages[0] });
  });
  test('has no previous on the first page and no next on the last', () => {
    expect(neighbours(sections, '/guide/a/', guide).previous).toBeUndefined();
    expect(neighbours(sections, '/guide/c', guide).next).toBeUndefined();
  });
  test('is empty for a page outside the list', () => {
    expect(neighbours(sections, '/commands/', guide)).toEqual({});
  });
});
