import { FAMILY_ORDER } from '../../data/groupings.ts';
import type { ReleaseFamily } from '../../data/schema.ts';
import { lifecycleStatus, type LifecycleDates, type LifecycleStatus } from './lifecycle.ts';

/** Sorts by family, then by GA date (previews last), keeping the data's order for ties. */
export function sortReleases<T extends { family: ReleaseFamily; lifecycle: { ga: string | null } }>(releases: readonly T[]): T[] {
  return releases.toSorted((a, b) => {
    const family = FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family);
    if (family !== 0) return family;
    const ga = (r: T) => r.lifecycle.ga ?? '9999-99-99';
    return ga(a) < ga(b) ? -1 : ga(a) > ga(b) ? 1 : 0;
  });
}

/** How a reader looks for a release on a task page: current releases first, previews next, end of life last. */
const STATUS_RANK: Record<LifecycleStatus, number> = {
  supported: 0,
  maintenance: 1,
  'extended support': 2,
  preview: 3,
  'end of life': 4,
};

/** Sorts by lifecycle status on `day` (supported first, end of life last), keeping the given order within a status. */
export function sortByStatus<T extends { lifecycle: LifecycleDates }>(releases: readonly T[], day: string): T[] {
  const rank = (r: T) => STATUS_RANK[lifecycleStatus(r.lifecycle, day).status];
  return releases.toSorted((a, b) => rank(a) - rank(b));
}
