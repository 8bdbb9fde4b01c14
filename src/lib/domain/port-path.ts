/**
 * A porting path: everything that changes when work moves from one release to another, derived from
 * the data alone. Each platform fact and each task gets a severity from the rules below, so no page
 * is written by hand and a change in the data shows up on every path it touches.
 */
import { releaseFact, type FactView, type ReleaseFactKey, type ReleaseForFacts } from './release-facts.ts';

/** Worst first: the order of the page's sections, its counts and its checklist. */
export const SEVERITIES = ['breaks', 'differs', 'new-command', 'unknown', 'same'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  breaks: 'Breaks',
  differs: 'Behaves differently',
  'new-command': 'Same result, new command',
  unknown: 'Unknown',
  same: 'Same',
};

/**
 * Why a task got its severity. Each rule looks only at the kinds of the two variants and their lines:
 * whether the target has a command at all, and whether it runs the same programs as the source.
 */
export const TASK_RULES = {
  'unavailable-on-target': 'breaks',
  'same-programs-other-arguments': 'differs',
  'other-programs': 'new-command',
  'available-on-target-only': 'new-command',
  'unknown-on-source': 'unknown',
  'unknown-on-target': 'unknown',
  'same-lines': 'same',
  'unavailable-on-both': 'same',
} as const satisfies Record<string, Severity>;
export type TaskRule = keyof typeof TASK_RULES;

/** Each rule in words, for the page that explains how severities are decided. */
export const TASK_RULE_TEXT: Readonly<Record<TaskRule, string>> = {
  'unavailable-on-target': 'The task has a command on the source and none on the target.',
  'same-programs-other-arguments':
    'The target runs the same programs with other arguments (package names, paths, options): a script that keeps the old line still runs, but does something else or fails.',
  'other-programs': 'The target runs other programs for the same task.',
  'available-on-target-only': 'The task has no command on the source and one on the target.',
  'unknown-on-source': 'The command on the source is not established yet.',
  'unknown-on-target': 'The command on the target is not established yet.',
  'same-lines': 'The command is the same on both.',
  'unavailable-on-both': 'Neither release has a command for the task.',
};

/** The parts of a command variant the rules read. */
export type VariantForPort =
  | { kind: 'command'; lines: readonly string[]; note?: string | undefined }
  | { kind: 'unavailable'; reason: string; instead: string; lines?: readonly string[] | undefined; seeAlso?: string | undefined }
  | { kind: 'unknown'; reason: string };

export interface TaskForPort {
  id: string;
  title: string;
  category: string;
  variants: Readonly<Partial<Record<string, VariantForPort>>>;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The programs a set of command lines runs, without sudo and variable assignments: ["dnf", "systemctl"]. */
export function programsOf(lines: readonly string[]): string[] {
  const programs = lines
    .flatMap((line) => line.split(/&&|\|\||[;|]/))
    .map(
      (command) =>
        command
          .trim()
          .split(/\s+/)
          .filter((word) => word !== 'sudo' && !ASSIGNMENT.test(word))[0],
    )
    .filter((program): program is string => Boolean(program));
  return [...new Set(programs)].sort();
}

export function taskRule(from: VariantForPort, to: VariantForPort): TaskRule {
  if (from.kind === 'unknown') return 'unknown-on-source';
  if (to.kind === 'unknown') return 'unknown-on-target';
  if (from.kind === 'unavailable') return to.kind === 'unavailable' ? 'unavailable-on-both' : 'available-on-target-only';
  if (to.kind === 'unavailable') return 'unavailable-on-target';
  if (from.lines.length === to.lines.length && from.lines.every((line, i) => line === to.lines[i])) return 'same-lines';
  return programsOf(from.lines).join(' ') === programsOf(to.lines).join(' ') ? 'same-programs-other-arguments' : 'other-programs';
}

export interface TaskChange {
  taskId: string;
  title: string;
  category: string;
  rule: TaskRule;
  severity: Severity;
  from: VariantForPort;
  to: VariantForPort;
}

/** A platform fact a porting team checks, and what a change in it means for a script. */
export interface PortFact {
  key: ReleaseFactKey;
  meaning: string;
}

export const PORT_FACTS: readonly PortFact[] = [
  { key: 'packageManager', meaning: 'Scripts, Dockerfiles and playbooks that call the package manager by name or pass it options.' },
  { key: 'initSystem', meaning: 'Init scripts and anything that starts, stops or enables services.' },
  { key: 'selinux', meaning: 'Whether policy can deny what a script does; a script written where SELinux was off may meet denials.' },
  { key: 'python', meaning: 'Scripts that call python or python3, their shebang lines, and modules installed for the old interpreter.' },
  { key: 'kernels', meaning: 'Kernel modules built for the old kernel (drivers, DKMS packages) and tuning that names kernel features.' },
  { key: 'osId', meaning: 'Scripts and configuration management that branch on ID in /etc/os-release.' },
  { key: 'idLike', meaning: 'Tools that fall back to ID_LIKE to choose a family of commands.' },
  { key: 'versionId', meaning: 'Version checks that compare VERSION_ID.' },
  { key: 'platformId', meaning: 'Scripts that read PLATFORM_ID from /etc/os-release.' },
  { key: 'systemRelease', meaning: 'Scripts that read /etc/system-release to tell which system they run on.' },
  { key: 'redhatRelease', meaning: 'Scripts and installers that read /etc/redhat-release to tell which system they run on.' },
  { key: 'containerImage', meaning: 'The FROM line of Dockerfiles and the images of CI jobs.' },
];

export interface FactChange {
  key: ReleaseFactKey;
  meaning: string;
  severity: Severity;
  from: FactView;
  to: FactView;
}

/** A fact's severity: unknown on either side, gone on the target (a release file), changed, or the same. */
export function factSeverity(from: FactView, to: FactView): Severity {
  if (from.text === null || to.text === null) return 'unknown';
  if (from.text === to.text) return 'same';
  if (to.text === 'absent' && from.text !== 'absent') return 'breaks';
  return 'differs';
}

export interface PortPath {
  from: string;
  to: string;
  facts: FactChange[];
  tasks: TaskChange[];
  /** How many facts and tasks got each severity. */
  counts: Record<Severity, number>;
}

const bySeverity = (a: { severity: Severity }, b: { severity: Severity }) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);

/** The path from one release to another over the given tasks, each list sorted worst first (stable within a severity). */
export function portPath(from: ReleaseForFacts, to: ReleaseForFacts, tasks: readonly TaskForPort[]): PortPath {
  if (from.id === to.id) throw new Error(`portPath: a release cannot be ported to itself (${from.id})`);
  const facts = PORT_FACTS.map(({ key, meaning }): FactChange => {
    const before = releaseFact(from, key);
    const after = releaseFact(to, key);
    return { key, meaning, severity: factSeverity(before, after), from: before, to: after };
  }).toSorted(bySeverity);
  const changes = tasks
    .map((task): TaskChange => {
      const before = task.variants[from.id];
      const after = task.variants[to.id];
      if (!before || !after) throw new Error(`portPath: task "${task.id}" has no variant for ${before ? to.id : from.id}`);
      const rule = taskRule(before, after);
      return { taskId: task.id, title: task.title, category: task.category, rule, severity: TASK_RULES[rule], from: before, to: after };
    })
    .toSorted(bySeverity);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const item of [...facts, ...changes]) counts[item.severity] += 1;
  return { from: from.id, to: to.id, facts, tasks: changes, counts };
}

/** Every ordered pair of distinct releases, in the order given. */
export function releasePairs<T extends string>(ids: readonly T[]): { from: T; to: T }[] {
  return ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => ({ from, to })));
}

/** The common moves, listed first on the porting index, then every other pair. */
export function orderPairs<T extends string>(
  pairs: readonly { from: T; to: T }[],
  common: readonly { from: string; to: string }[],
): { from: T; to: T; common: boolean }[] {
  const rank = (pair: { from: string; to: string }) => common.findIndex((c) => c.from === pair.from && c.to === pair.to);
  const tagged = pairs.map((pair) => ({ ...pair, common: rank(pair) >= 0 }));
  return [...tagged.filter((p) => p.common).toSorted((a, b) => rank(a) - rank(b)), ...tagged.filter((p) => !p.common)];
}
