import { describe, expect, test } from 'vitest';
import { buildShortcuts, matchPortShortcut, matchShortcuts } from './search-shortcuts.ts';

const shortcuts = buildShortcuts(
  [
    { id: 'al2', name: 'Amazon Linux 2', shortName: 'AL2' },
    { id: 'al2023', name: 'Amazon Linux 2023', shortName: 'AL2023' },
    { id: 'rhel9', name: 'Red Hat Enterprise Linux 9', shortName: 'RHEL 9' },
  ],
  [
    {
      id: 'selinux-status',
      title: 'Check SELinux',
      summary: 'sestatus and getenforce',
      aliases: ['sestatus', 'getenforce'],
      releases: ['al2', 'rhel9'],
    },
  ],
  { release: (id) => `/releases/${id}/`, command: (id) => `/commands/${id}/`, port: (from, to) => `/port/${from}-to-${to}/` },
  (id) => `status of ${id}`,
  [
    { from: 'rhel9', to: 'al2023', title: 'Moving from RHEL 9 to AL2023', summary: 'x' },
    { from: 'al2023', to: 'rhel9', title: 'Moving from AL2023 to RHEL 9', summary: 'y' },
    { from: 'al2', to: 'al2023', title: 'Moving from AL2 to AL2023', summary: 'z' },
  ],
);

const urls = (query: string, filters = {}) => matchShortcuts(query, shortcuts, filters).map((s) => s.url);

describe('matchShortcuts', () => {
  test('a release named by id, short name or full name, alone or inside a query', () => {
    expect(urls('AL2')).toEqual(['/releases/al2/']);
    expect(urls('rhel 9 selinux')).toEqual(['/releases/rhel9/']);
    expect(urls('Amazon Linux 2')).toEqual(['/releases/al2/']);
    expect(urls('amazon linux 2023')).toEqual(['/releases/al2023/']);
  });

  test('a lifecycle question about a release lands on its lifecycle section', () => {
    expect(urls('AL2 end of support')).toEqual(['/releases/al2/#lifecycle']);
    expect(urls('al2023 eol')).toEqual(['/releases/al2023/#lifecycle']);
  });

  test('a task is named by its id or an alias from the data, as the whole query', () => {
    expect(urls('sestatus')).toEqual(['/commands/selinux-status/']);
    expect(urls('  GetEnforce ')).toEqual(['/commands/selinux-status/']);
    expect(urls('sestatus output')).toEqual([]);
  });

  test('respects the kind and release filters', () => {
    expect(urls('sestatus', { kind: ['guide'] })).toEqual([]);
    expect(urls('sestatus', { release: ['al2023'] })).toEqual([]);
    expect(urls('AL2', { release: ['al2'] })).toEqual(['/releases/al2/']);
  });

  test('does not match part of a longer id', () => {
    expect(urls('al20')).toEqual([]);
    expect(urls('xal2')).toEqual([]);
  });
});

describe('matchPortShortcut', () => {
  const port = (query: string) => matchPortShortcut(query, shortcuts)?.url;
  test('two releases joined by "to" or an arrow name a move, in the order written', () => {
    expect(port('rhel 9 to al2023')).toBe('/port/rhel9-to-al2023/');
    expect(port('RHEL9 → AL2023')).toBe('/port/rhel9-to-al2023/');
    expect(port('migrate al2023 -> rhel 9')).toBe('/port/al2023-to-rhel9/');
    expect(port('Amazon Linux 2 to Amazon Linux 2023')).toBe('/port/al2-to-al2023/');
  });

  test('two releases without a move word, or one release, name no move', () => {
    expect(port('rhel 9 al2023 selinux')).toBeUndefined();
    expect(port('how to install on al2023')).toBeUndefined();
    expect(port('al2023 to')).toBeUndefined();
  });
});
