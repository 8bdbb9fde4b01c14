/**
 * Lifecycle status of a release on a given day, derived from its dates.
 * End dates are the last day of their phase; days are compared as YYYY-MM-DD strings (UTC).
 */
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
