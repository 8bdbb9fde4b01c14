/**
 * Lifecycle status of a release on a given day, derived from its dates.
 * End dates are the last day of their phase; days are compared as YYYY-MM-DD strings (UTC).
 */
import { assertNoProblems, type Problem } from '../../core/problems.ts';
export const LIFECYCLE_STATUSES = ['preview', 'supported', 'maintenance', 'extended support', 'end of life'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export interface LifecycleDates {
  previewFrom?: string | undefined;
  ga: string | null;
  endOfStandardSupport: string | null;
  endOfMaintenance?: string | null | undefined;
  endOfExtendedSupport?: string | null | undefined;
  phaseNames: { standard: string; maintenance?: string | undefined; extended?: string | undefined };
}

export interface StatusOnDay {
  status: LifecycleStatus;
  /** What the vendor calls the current phase, e.g. "Full Support"; absent for preview and end of life. */
  phaseName?: string;
  /** Last day of the current phase; null when no end has been announced. Absent at end of life. */
  phaseEnds?: string | null;
  /** Last day of support, for a release at end of life. */
  supportEnded?: string;
}

export function lifecycleStatus(dates: LifecycleDates, day: string): StatusOnDay {
  if (dates.ga === null || day < dates.ga) return { status: 'preview' };
  const phases = [
    { status: 'supported', end: dates.endOfStandardSupport, name: dates.phaseNames.standard },
    { status: 'maintenance', end: dates.endOfMaintenance, name: dates.phaseNames.maintenance },
    { status: 'extended support', end: dates.endOfExtendedSupport, name: dates.phaseNames.extended },
  ] as const;
  let lastEnd: string | undefined;
  for (const phase of phases) {
    if (phase.end === undefined) continue;
    const name = phase.name ?? phase.status;
    if (phase.end === null) return { status: phase.status, phaseName: name, phaseEnds: null };
    if (day <= phase.end) return { status: phase.status, phaseName: name, phaseEnds: phase.end };
    lastEnd = phase.end;
  }
  return { status: 'end of life', supportEnded: lastEnd ?? dates.ga };
}

/** The status in words, with its dates, e.g. "Supported: Full Support until 2027-05-31". */
export function describeStatus(result: StatusOnDay): string {
  switch (result.status) {
    case 'preview':
      return 'Preview: not generally available';
    case 'end of life':
      return `End of life: support ended ${result.supportEnded}`;
    default: {
      const label = result.status === 'supported' ? 'Supported' : result.status === 'maintenance' ? 'Maintenance' : 'Extended support';
      const until = result.phaseEnds ? ` until ${result.phaseEnds}` : ', no end date announced';
      return `${label}: ${result.phaseName}${until}`;
    }
  }
}

/** The last day any support phase covers, or null when no end is announced. */
export function endOfAllSupport(dates: LifecycleDates): string | null {
  const ends = [dates.endOfStandardSupport, dates.endOfMaintenance, dates.endOfExtendedSupport].filter((d) => d !== undefined);
  if (ends.some((d) => d === null)) return null;
  return (ends as string[]).reduce<string | null>((latest, d) => (latest === null || d > latest ? d : latest), null);
}

const FIELD_SEPARATOR = '|';
const NOT_ANNOUNCED = '?';

/**
 * A lifecycle in one short attribute value, so a page can carry the dates its statuses come from: GA, the ends of
 * standard support, maintenance and extended support, then the three phase names, separated by "|"; an empty
 * field for a phase the release does not have, "?" for a date not announced. `release` names the entry in errors.
 */
export function encodeLifecycle(dates: LifecycleDates, release: string): string {
  const date = (d: string | null | undefined) => (d === null ? NOT_ANNOUNCED : (d ?? ''));
  const names = [dates.phaseNames.standard, dates.phaseNames.maintenance, dates.phaseNames.extended];
  const problems: Problem[] = (['standard', 'maintenance', 'extended'] as const)
    .filter((phase) => dates.phaseNames[phase]?.includes(FIELD_SEPARATOR))
    .map((phase) => ({
      file: 'src/data/releases.ts',
      entry: `release "${release}"`,
      field: `lifecycle.phaseNames.${phase}`,
      value: dates.phaseNames[phase],
      expected: `a name without "${FIELD_SEPARATOR}" (it separates the fields a page carries for the browser)`,
    }));
  assertNoProblems('The lifecycle of a release', problems);
  const fields = [dates.ga, dates.endOfStandardSupport, dates.endOfMaintenance, dates.endOfExtendedSupport].map(date);
  return [...fields, ...names.map((name) => name ?? '')].join(FIELD_SEPARATOR);
}

/** Reads what encodeLifecycle wrote; null when the text is not in that shape. */
export function decodeLifecycle(text: string): LifecycleDates | null {
  const fields = text.split(FIELD_SEPARATOR);
  if (fields.length !== 7) return null;
  const [ga, standard, maintenance, extended, standardName, maintenanceName, extendedName] = fields as [string, ...string[]];
  const date = (d: string | undefined) => (d === NOT_ANNOUNCED ? null : d || undefined);
  return {
    ga: date(ga) ?? null,
    endOfStandardSupport: date(standard) ?? null,
    endOfMaintenance: date(maintenance),
    endOfExtendedSupport: date(extended),
    phaseNames: { standard: standardName ?? '', maintenance: maintenanceName || undefined, extended: extendedName || undefined },
  };
}

/**
 * What changed between the status a page was built with and the status on a later day, in one sentence,
 * e.g. "AL2 reached end of support on 2026-06-30, after this page was built."; null when nothing changed.
 */
export function statusChangeNote(name: string, dates: LifecycleDates, built: StatusOnDay, now: StatusOnDay): string | null {
  if (built.status === now.status && built.phaseName === now.phaseName) return null;
  switch (now.status) {
    case 'end of life':
      return `${name} reached end of support on ${now.supportEnded}, after this page was built.`;
    case 'preview':
      return null;
    default: {
      if (built.status === 'preview') return `${name} became generally available on ${dates.ga}, after this page was built.`;
      const until = now.phaseEnds ? `, which runs until ${now.phaseEnds}` : ', with no end date announced';
      return `${name} moved to ${now.phaseName} (${now.status})${until}, after this page was built.`;
    }
  }
}

/** A status as a class-name word, e.g. "extended-support". */
export function statusSlug(status: LifecycleStatus): string {
  return status.replace(/\s+/g, '-');
}
