/**
 * Named facts about a release, rendered as text with their sources. Tables, release pages and the
 * <ReleaseFact> MDX component all read facts through this one table, so a value is worded once.
 */
import { describeStatus, lifecycleStatus, type StatusOnDay } from './lifecycle.ts';

type Sourced<T> = { value: T; sources: readonly string[]; note?: string | undefined; conflict?: string | undefined } | { unknown: string };

/** The parts of a release these facts read: structurally typed so tests can pass small fixtures. */
export interface ReleaseForFacts {
  id: string;
  name: string;
  shortName: string;
  codename: string | null;
  lifecycle: {
    previewFrom?: string | undefined;
    ga: string | null;
    endOfStandardSupport: string | null;
    endOfMaintenance?: string | null | undefined;
    endOfExtendedSupport?: string | null | undefined;
    phaseNames: { standard: string; maintenance?: string | undefined; extended?: string | undefined };
    sources: readonly string[];
    note?: string | undefined;
    conflict?: string | undefined;
  };
  packageManager: Sourced<string>;
  initSystem: Sourced<{ name: string; version?: string | undefined }>;
  kernels: Sourced<readonly { series: string; default: boolean; packageName?: string | undefined }[]>;
  python: Sourced<{ default: string; others: readonly string[] }>;
  selinux: Sourced<string>;
  osRelease: Sourced<{ fields: Readonly<Record<string, string | null>>; varies: Readonly<Record<string, string>> }>;
  systemRelease: Sourced<{ present: true; sample?: string | undefined } | { present: false }>;
  redhatRelease: Sourced<{ present: true; sample?: string | undefined } | { present: false }>;
  containerImages: Sourced<readonly string[]>;
}

export interface FactView {
  /** The value in words; null when unknown. */
  text: string | null;
  /** Why the value is unknown. */
  unknown?: string;
  note?: string;
  conflict?: string;
  /** The value is this day (YYYY-MM-DD): shown as a <time> that does not wrap. */
  date?: string;
  /** The release has no such phase; `text` says so in words, and a table may show a dash instead. */
  absent?: true;
  sources: readonly string[];
}

function view<T>(fact: Sourced<T>, format: (value: T) => string | null, extraNote?: (value: T) => string | undefined): FactView {
  if ('unknown' in fact) return { text: null, unknown: fact.unknown, sources: [] };
  const text = format(fact.value);
  const extra = extraNote?.(fact.value);
  const note = [extra, fact.note].filter(Boolean).join(' ') || undefined;
  return {
    text,
    ...(text === null ? { unknown: 'No value recorded.' } : {}),
    ...(note ? { note } : {}),
    ...(fact.conflict ? { conflict: fact.conflict } : {}),
    sources: fact.sources,
  };
}

function lifecycleView(release: ReleaseForFacts, date: string | null | undefined, absent: string): FactView {
  const l = release.lifecycle;
  return {
    text: date === undefined ? absent : date === null ? 'not announced' : date,
    ...(typeof date === 'string' ? { date } : {}),
    ...(date === undefined ? { absent: true as const } : {}),
    ...(l.conflict ? { conflict: l.conflict } : {}),
    sources: l.sources,
  };
}

function osField(key: string) {
  return (release: ReleaseForFacts): FactView =>
    view(
      release.osRelease,
      (os) => {
        const value = os.fields[key];
        return value === undefined ? null : value === null ? '(not set)' : value;
      },
      (os) => (os.varies[key] ? `Varies: ${os.varies[key]}.` : undefined),
    );
}

function releaseFileView(fact: ReleaseForFacts['systemRelease']): FactView {
  return view(fact, (file) => (file.present ? (file.sample ?? 'present') : 'absent'));
}

export const RELEASE_FACTS = {
  ga: { label: 'General availability', get: (r: ReleaseForFacts) => lifecycleView(r, r.lifecycle.ga, 'not announced') },
  previewFrom: { label: 'First preview', get: (r: ReleaseForFacts) => lifecycleView(r, r.lifecycle.previewFrom, 'none') },
  endOfStandardSupport: {
    label: 'End of standard support',
    get: (r: ReleaseForFacts) => lifecycleView(r, r.lifecycle.endOfStandardSupport, 'none'),
  },
  endOfMaintenance: {
    label: 'End of maintenance',
    get: (r: ReleaseForFacts) => lifecycleView(r, r.lifecycle.endOfMaintenance, 'no such phase'),
  },
  endOfExtendedSupport: {
    label: 'End of extended support',
    get: (r: ReleaseForFacts) => lifecycleView(r, r.lifecycle.endOfExtendedSupport, 'no such phase'),
  },
  packageManager: { label: 'Package manager', get: (r: ReleaseForFacts) => view(r.packageManager, (v) => v) },
  initSystem: {
    label: 'Init system',
    get: (r: ReleaseForFacts) => view(r.initSystem, (v) => (v.version ? `${v.name} ${v.version}` : v.name)),
  },
  defaultKernel: {
    label: 'Default kernel',
    get: (r: ReleaseForFacts) => view(r.kernels, (list) => list.find((k) => k.default)?.series ?? null),
  },
  kernels: {
    label: 'Kernels',
    get: (r: ReleaseForFacts) =>
      view(r.kernels, (list) =>
        list.map((k) => `${k.series}${k.default ? ' (default)' : ''}${k.packageName ? ` [${k.packageName}]` : ''}`).join(', '),
      ),
  },
  python: {
    label: 'Default Python',
    get: (r: ReleaseForFacts) =>
      view(
        r.python,
        (p) => p.default,
        (p) => (p.others.length > 0 ? `Also packaged: ${p.others.join(', ')}.` : undefined),
      ),
  },
  selinux: { label: 'SELinux default', get: (r: ReleaseForFacts) => view(r.selinux, (v) => v) },
  osId: { label: 'os-release ID', get: osField('ID') },
  idLike: { label: 'os-release ID_LIKE', get: osField('ID_LIKE') },
  versionId: { label: 'os-release VERSION_ID', get: osField('VERSION_ID') },
  platformId: { label: 'os-release PLATFORM_ID', get: osField('PLATFORM_ID') },
  systemRelease: { label: '/etc/system-release', get: (r: ReleaseForFacts) => releaseFileView(r.systemRelease) },
  redhatRelease: { label: '/etc/redhat-release', get: (r: ReleaseForFacts) => releaseFileView(r.redhatRelease) },
  containerImage: { label: 'Container image', get: (r: ReleaseForFacts) => view(r.containerImages, (list) => list.join(', ')) },
} as const;

export type ReleaseFactKey = keyof typeof RELEASE_FACTS;
export const RELEASE_FACT_KEYS = Object.keys(RELEASE_FACTS) as ReleaseFactKey[];

export function isReleaseFactKey(key: string): key is ReleaseFactKey {
  return Object.hasOwn(RELEASE_FACTS, key);
}

export function releaseFact(release: ReleaseForFacts, key: ReleaseFactKey): FactView {
  return RELEASE_FACTS[key].get(release);
}

export function releaseStatus(release: ReleaseForFacts, day: string): StatusOnDay & { text: string } {
  const status = lifecycleStatus(release.lifecycle, day);
  return { ...status, text: describeStatus(status) };
}

/** Every source a release cites, in first-cited order. */
export function releaseSources(
  release: ReleaseForFacts & {
    lineage: { sources: readonly string[]; relations: readonly { sources: readonly string[] }[] };
    sources: readonly string[];
  },
): string[] {
  const facts = [
    release.packageManager,
    release.initSystem,
    release.kernels,
    release.python,
    release.selinux,
    release.osRelease,
    release.systemRelease,
    release.redhatRelease,
    release.containerImages,
  ];
  const ids = [
    ...release.sources,
    ...release.lifecycle.sources,
    ...release.lineage.sources,
    ...release.lineage.relations.flatMap((r) => r.sources),
    ...facts.flatMap((f) => ('sources' in f ? f.sources : [])),
  ];
  return [...new Set(ids)];
}
