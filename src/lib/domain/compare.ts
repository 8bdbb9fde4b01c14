/**
 * The "compare two releases" view of the command reference: which pair to show, read from the URL
 * first, then from the reader's saved choice. Pure so it can be tested; src/browser/compare.ts applies it.
 */
export interface ComparePair {
  from: string;
  to: string;
}

export interface CompareChoice {
  pair: ComparePair | null;
  error?: string;
}

export { COMPARE_STORAGE_KEY } from '../presentation/compare-storage.ts';

/** Reads ?from=&to= (both or neither), else the saved pair; unknown ids give an error and the full view. */
export function readComparePair(params: URLSearchParams, saved: string | null, known: readonly string[]): CompareChoice {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const unknown = [from, to].filter((id) => id === null || !known.includes(id));
    if (unknown.length > 0) {
      const shown = unknown.map((id) => (id === null ? '(missing)' : `“${id}”`)).join(' and ');
      return {
        pair: null,
        error: `The link names ${shown}, which ${unknown.length === 1 ? 'is not a release' : 'are not releases'} in this table; showing every release.`,
      };
    }
    return { pair: { from: from!, to: to! } };
  }
  if (saved) {
    const [savedFrom, savedTo] = saved.split(',');
    if (savedFrom && savedTo && known.includes(savedFrom) && known.includes(savedTo)) return { pair: { from: savedFrom, to: savedTo } };
  }
  return { pair: null };
}

/** The URL to show for a pair: the same page with ?from=&to= set, or removed for the full view. */
export function compareUrl(current: string, pair: ComparePair | null): string {
  const url = new URL(current);
  if (pair) {
    url.searchParams.set('from', pair.from);
    url.searchParams.set('to', pair.to);
  } else {
    url.searchParams.delete('from');
    url.searchParams.delete('to');
  }
  return url.href;
}
