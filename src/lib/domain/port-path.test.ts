import { describe, expect, test } from 'vitest';
import { commands, getRelease } from '../../data/index.ts';
import { resolveVariants } from '../../data/resolve-same-as.ts';
import {
  factSeverity,
  programsOf,
  orderPairs,
  portPath,
  releasePairs,
  taskRule,
  TASK_RULES,
  type TaskForPort,
  type VariantForPort,
} from './port-path.ts';
import type { ReleaseForFacts } from './release-facts.ts';

const command = (lines: string[], note?: string): VariantForPort => ({ kind: 'command', lines, ...(note ? { note } : {}) });
const unavailable: VariantForPort = { kind: 'unavailable', reason: 'Gone.', instead: 'Use the other one.' };
const unknown: VariantForPort = { kind: 'unknown', reason: 'Not read yet.' };

describe('the severity of a task', () => {
  test('a command that has no counterpart on the target breaks', () => {
    expect(taskRule(command(['amazon-linux-extras install epel']), unavailable)).toBe('unavailable-on-target');
    expect(TASK_RULES['unavailable-on-target']).toBe('breaks');
  });

  test('other programs are a new command; the same programs with other arguments behave differently', () => {
    expect(taskRule(command(['sudo yum install x']), command(['sudo dnf install x']))).toBe('other-programs');
    expect(TASK_RULES['other-programs']).toBe('new-command');
    expect(taskRule(command(['sudo dnf install python3-devel']), command(['sudo dnf install python3.11-devel']))).toBe(
      'same-programs-other-arguments',
    );
    expect(TASK_RULES['same-programs-other-arguments']).toBe('differs');
  });

  test('the same lines are the same, whatever the notes say', () => {
    expect(taskRule(command(['sestatus'], 'n'), command(['sestatus'], 'Enforcing by default.'))).toBe('same-lines');
    expect(TASK_RULES['same-lines']).toBe('same');
  });

  test('what is unknown on either side stays unknown, never hidden as the same', () => {
    expect(taskRule(unknown, command(['x']))).toBe('unknown-on-source');
    expect(taskRule(command(['x']), unknown)).toBe('unknown-on-target');
    expect(taskRule(unknown, unknown)).toBe('unknown-on-source');
    expect(TASK_RULES['unknown-on-target']).toBe('unknown');
  });

  test('a task that becomes possible is a new command; one possible on neither side is the same', () => {
    expect(taskRule(unavailable, command(['x']))).toBe('available-on-target-only');
    expect(taskRule(unavailable, unavailable)).toBe('unavailable-on-both');
    expect(TASK_RULES['unavailable-on-both']).toBe('same');
  });
});

describe('programsOf', () => {
  test('reads the program of every command in the lines, without sudo and variable assignments', () => {
    expect(programsOf(['sudo dnf install -y x && sudo systemctl enable --now y', 'LANG=C rpm -qa | sort'])).toEqual([
      'dnf',
      'rpm',
      'sort',
      'systemctl',
    ]);
    expect(programsOf(['cat /etc/os-release; uname -r || true'])).toEqual(['cat', 'true', 'uname']);
  });
});

describe('the severity of a platform fact', () => {
  const view = (text: string | null) => ({ text, sources: [] });
  test('compares the worded values', () => {
    expect(factSeverity(view('dnf'), view('dnf'))).toBe('same');
    expect(factSeverity(view('yum'), view('dnf'))).toBe('differs');
    expect(factSeverity(view('Red Hat Enterprise Linux release 9.4 (Plow)'), view('absent'))).toBe('breaks');
    expect(factSeverity(view('absent'), view('Amazon Linux release 2023'))).toBe('differs');
    expect(factSeverity(view(null), view('dnf'))).toBe('unknown');
  });
});

const base = {
  codename: null,
  lifecycle: { ga: '2020-01-01', endOfStandardSupport: null, phaseNames: { standard: 'Standard' }, sources: ['s'] },
  initSystem: { value: { name: 'systemd' }, sources: ['s'] },
  kernels: { value: [{ series: '5.14', default: true }], sources: ['s'] },
  python: { value: { default: '3.9', others: [] }, sources: ['s'] },
  osRelease: { value: { fields: { ID: 'rhel' }, varies: {} }, sources: ['s'] },
  systemRelease: { value: { present: true }, sources: ['s'] },
  containerImages: { value: ['x'], sources: ['s'] },
} as const;
const older: ReleaseForFacts = {
  ...base,
  id: 'old',
  name: 'Old',
  shortName: 'Old',
  packageManager: { value: 'yum', sources: ['s'] },
  selinux: { value: 'enforcing', sources: ['s'] },
  redhatRelease: { value: { present: true, sample: 'Old release 7' }, sources: ['s'] },
};
const newer: ReleaseForFacts = {
  ...base,
  id: 'new',
  name: 'New',
  shortName: 'New',
  packageManager: { value: 'dnf', sources: ['s'] },
  selinux: { unknown: 'Not read.' },
  redhatRelease: { value: { present: false }, sources: ['s'] },
};
const tasks: TaskForPort[] = [
  { id: 'same-task', title: 'Same', category: 'c', variants: { old: command(['a']), new: command(['a']) } },
  { id: 'gone-task', title: 'Gone', category: 'c', variants: { old: command(['a']), new: unavailable } },
  { id: 'renamed-task', title: 'Renamed', category: 'c', variants: { old: command(['a']), new: command(['b']) } },
];

describe('portPath', () => {
  test('lists facts and tasks worst first and counts each severity', () => {
    const path = portPath(older, newer, tasks);
    expect(path.tasks.map((t) => [t.taskId, t.severity])).toEqual([
      ['gone-task', 'breaks'],
      ['renamed-task', 'new-command'],
      ['same-task', 'same'],
    ]);
    expect(path.facts.slice(0, 3).map((f) => [f.key, f.severity])).toEqual([
      ['redhatRelease', 'breaks'],
      ['packageManager', 'differs'],
      ['selinux', 'unknown'],
    ]);
    // 12 facts: 1 breaks, 1 differs, 4 unknown (SELinux, and the three os-release fields the fixtures
    // do not record) and 6 the same; 3 tasks: 1 breaks, 1 new command, 1 the same.
    expect(path.counts).toEqual({ breaks: 2, differs: 1, 'new-command': 1, unknown: 4, same: 7 });
  });

  test('refuses a move to the same release, and a task without a variant for one side', () => {
    expect(() => portPath(older, older, tasks)).toThrow('cannot be ported to itself');
    expect(() => portPath(older, newer, [{ id: 't', title: 'T', category: 'c', variants: { old: command(['a']) } }])).toThrow(
      'task "t" has no variant for new',
    );
  });

  test('a change planted in the data shows up on the paths into and out of that release, and nowhere else', () => {
    const planted = commands.map((task) =>
      task.id === 'selinux-status' ? { ...task, variants: { ...task.variants, rhel9: unavailable } } : task,
    );
    const severityOf = (from: 'rhel9' | 'al2' | 'rhel8', to: 'al2023' | 'rhel9') =>
      portPath(getRelease(from), getRelease(to), planted).tasks.find((t) => t.taskId === 'selinux-status')?.severity;
    expect(severityOf('rhel9', 'al2023')).toBe('new-command');
    expect(severityOf('rhel8', 'rhel9')).toBe('breaks');
    expect(severityOf('al2', 'al2023')).toBe(
      portPath(getRelease('al2'), getRelease('al2023'), commands).tasks.find((t) => t.taskId === 'selinux-status')?.severity,
    );
  });
});

describe('a change to RHEL 7 reaches CentOS 7 through its same-as', () => {
  test('a planted change to RHEL 7 shows up on CentOS 7 → AL2023, and not on CentOS Stream 9 → AL2023', () => {
    // As the data files write it: CentOS 7 says "same as RHEL 7"; RHEL 7 loses its command.
    const planted = commands.map((task) =>
      task.id === 'selinux-status'
        ? {
            ...task,
            variants: resolveVariants({
              ...task.variants,
              rhel7: { kind: 'unavailable', reason: 'Gone.', instead: 'Use the other one.' },
              centos7: { kind: 'same-as', release: 'rhel7', differences: [], sources: ['eol-centos'] },
            }),
          }
        : task,
    );
    const severityOf = (from: 'centos7' | 'centos-stream9', to: 'al2023' | 'rhel7', data: typeof commands) =>
      portPath(getRelease(from), getRelease(to), data).tasks.find((t) => t.taskId === 'selinux-status')?.severity;
    expect(severityOf('centos7', 'al2023', commands)).toBe('same');
    expect(severityOf('centos7', 'al2023', planted as typeof commands)).toBe('new-command');
    expect(severityOf('centos7', 'rhel7', planted as typeof commands)).toBe('same');
    expect(severityOf('centos-stream9', 'al2023', planted as typeof commands)).toBe('same');
  });
});

describe('pairs', () => {
  test('every ordered pair of distinct releases', () => {
    expect(releasePairs(['a', 'b', 'c'])).toEqual([
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'a' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'c', to: 'b' },
    ]);
  });

  test('the common moves first, in their own order', () => {
    const ordered = orderPairs(releasePairs(['a', 'b', 'c']), [
      { from: 'c', to: 'a' },
      { from: 'a', to: 'b' },
    ]);
    expect(ordered.map((p) => `${p.from}>${p.to}${p.common ? '*' : ''}`)).toEqual(['c>a*', 'a>b*', 'a>c', 'b>a', 'b>c', 'c>b']);
  });
});
