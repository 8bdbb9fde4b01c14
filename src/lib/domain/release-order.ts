import { FAMILY_ORDER } from '../../data/groupings.ts';
import type { ReleaseFamily } from '../../data/schema.ts';

/** Sorts by family, then by GA date (previews last), keeping the data's order for ties. */
export function sortReleases<T extends { family: ReleaseFamily; lifecycle: { ga: string | null } }>(releases: readonly T[]): T[] {
  return releases.toSorted((a, b) => {
    const family = FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family);
    if (family !== 0) return family;
    const ga = (r: T) => r.lifecycle.ga ?? '9999-99-99';
    return ga(a) < ga(b) ? -1 : ga(a) > ga(b) ? 1 : 0;
  });
}
