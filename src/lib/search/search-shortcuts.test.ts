import { describe, expect, test } from 'vitest';
import {
  buildShortcuts,
  matchPortShortcut,
  matchReleases,
  matchTasks,
  releaseNames,
  restoreShortcuts,
  storeShortcuts,
} from './search-shortcuts.ts';

const shortcuts = buildShortcuts(
  [
    { id: 'al2', name: 'Amazon Linux 2', shortName: 'AL2' },
    { id: 'al2023', name: 'Amazon Linux 2023', shortName: 'AL2023', formerNames: ['Amazon Linux 2022'] },
    { id: 'rhel9', name: 'Red Hat Enterprise Linux 9', shortName: 'RHEL 9' },
  ],
  [
    {
      id: 'selinux-status',
      title: 'Check SELinux status and mode',
      aliases: ['sestatus', 'getenforce'],
      releases: ['al2', 'rhel9'],
    },
    {
      id: 'selinux-set-mode-persistent',
      title: 'Make an SELinux mode permanent',
      aliases: ['/etc/selinux/config'],
      releases: ['al2', 'al2023', 'rhel9'],
    },
  ],
  {
    release: (id) => `/releases/${id}/`,
    command: (id) => `/commands/${id}/`,
    port: (from, to) => `/port/${from}-to-${to}/`,
    compare: (from, to) => `/commands/?from=${from}&to=${to}`,
  },
  (id) => ({ text: `status of ${id}`, endOfLife: id === 'al2' }),
  [
    { from: 'rhel9', to: 'al2023', title: 'Moving from RHEL 9 to AL2023' },
    { from: 'al2023', to: 'rhel9', title: 'Moving from AL2023 to RHEL 9' },
    { from: 'al2', to: 'al2023', title: 'Moving from AL2 to AL2023' },
  ],
);

describe('the release vocabulary', () => {
  test('holds each release by id, short name, full name and former name, from the data', () => {
    expect(releaseNames(shortcuts)).toEqual([
      { release: 'al2', name: 'al2' },
      { release: 'al2', name: 'amazon linux 2' },
      { release: 'al2023', name: 'al2023' },
      { release: 'al2023', name: 'amazon linux 2023' },
      { release: 'al2023', name: 'amazon linux 2022' },
      { release: 'rhel9', name: 'rhel9' },
      { release: 'rhel9', name: 'rhel 9' },
      { release: 'rhel9', name: 'red hat enterprise linux 9' },
    ]);
  });

  test('marks the releases past their end of life', () => {
    expect(shortcuts.filter((s) => s.endOfLife).map((s) => s.url)).toEqual(['/releases/al2/']);
  });
});

describe('matchReleases', () => {
  test('opens the release page, or its lifecycle section for a lifecycle question', () => {
    expect(matchReleases(['al2'], false, shortcuts).map((s) => s.url)).toEqual(['/releases/al2/']);
    expect(matchReleases(['al2', 'rhel9'], true, shortcuts).map((s) => s.url)).toEqual([
      '/releases/al2/#lifecycle',
      '/releases/rhel9/#lifecycle',
    ]);
  });

  test('respects the kind and release filters', () => {
    expect(matchReleases(['al2'], false, shortcuts, { kind: ['guide'] })).toEqual([]);
    expect(matchReleases(['al2', 'rhel9'], false, shortcuts, { release: ['rhel9'] }).map((s) => s.url)).toEqual(['/releases/rhel9/']);
  });
});

describe('matchTasks', () => {
  const match = (words: string[]) => matchTasks(words, shortcuts).map((m) => [m.task.url, m.coverage, m.named]);

  test('a task whose title covers every word matches fully', () => {
    expect(match(['check', 'selinux', 'status'])).toEqual([
      ['/commands/selinux-status/', 1, false],
      ['/commands/selinux-set-mode-persistent/', 1 / 3, false],
    ]);
  });

  test('an alias counts as a whole phrase, and plurals match singulars', () => {
    expect(match(['sestatus'])).toEqual([['/commands/selinux-status/', 1, true]]);
    expect(match(['/etc/selinux/config'])).toEqual([['/commands/selinux-set-mode-persistent/', 1, true]]);
    expect(match(['modes', 'permanent'])).toEqual([
      ['/commands/selinux-set-mode-persistent/', 1, false],
      ['/commands/selinux-status/', 0.5, false],
    ]);
  });

  test('a word no task uses matches nothing', () => {
    expect(match(['qwxzv'])).toEqual([]);
    expect(match([])).toEqual([]);
  });
});

describe('matchPortShortcut', () => {
  const port = (query: string) => matchPortShortcut(query, shortcuts);
  test('two releases joined by "to" or an arrow name a move, in the order written, with its compare view', () => {
    expect(port('rhel 9 to al2023')?.url).toBe('/port/rhel9-to-al2023/');
    expect(port('rhel 9 to al2023')?.compareUrl).toBe('/commands/?from=rhel9&to=al2023');
    expect(port('RHEL9 → AL2023')?.url).toBe('/port/rhel9-to-al2023/');
    expect(port('migrate al2023->rhel 9')?.url).toBe('/port/al2023-to-rhel9/');
    expect(port('Amazon Linux 2 to Amazon Linux 2023')?.url).toBe('/port/al2-to-al2023/');
  });

  test('two releases without a move word, or one release, name no move', () => {
    expect(port('rhel 9 al2023 selinux')).toBeUndefined();
    expect(port('how to install on al2023')).toBeUndefined();
    expect(port('al2023 to')).toBeUndefined();
  });
});

describe('the stored shortcuts file', () => {
  test('leaves out a move’s links and gets the same ones back from its releases', () => {
    const stored = storeShortcuts(shortcuts);
    const move = stored.find((s) => s.kind === 'port')!;
    expect(move).not.toHaveProperty('url');
    expect(move).not.toHaveProperty('compareUrl');
    const task = stored.find((s) => s.kind === 'command')!;
    expect(task.url).toBe('/commands/selinux-status/');
    expect(task.terms).toEqual(['sestatus', 'getenforce']);
    expect(restoreShortcuts(JSON.parse(JSON.stringify(stored)), '/')).toEqual(shortcuts);
  });

  test('makes a move’s links under a sub-path', () => {
    const move = restoreShortcuts(storeShortcuts(shortcuts), '/guides/al/').find((s) => s.kind === 'port')!;
    expect([move.url, move.compareUrl]).toEqual(['/guides/al/port/rhel9-to-al2023/', '/guides/al/commands/?from=rhel9&to=al2023']);
  });
});
