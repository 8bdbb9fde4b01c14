import { describe, expect, test } from 'vitest';
import { buildShortcuts, matchShortcuts } from './search-shortcuts.ts';

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
  { release: (id) => `/releases/${id}/`, command: (id) => `/commands/${id}/` },
  (id) => `status of ${id}`,
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
