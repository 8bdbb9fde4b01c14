/**
 * The "compare two releases" view of the command reference: which pair to show, read from the URL
 * first, then from the reader's saved choice. Pure so it can be tested; src/browser/compare.ts applies it.
 */
import { listEchoed, quoteEchoed } from '../../core/echo.ts';

export interface ComparePair {
  from: string;
  to: string;
}

export interface CompareChoice {
  pair: ComparePair | null;
  error?: string;
}

/** Reads ?from=&to= (both or neither), else the saved pair; a link that names no usable pair gets an error and the full view. */
export function readComparePair(params: URLSearchParams, saved: string | null, known: readonly string[]): CompareChoice {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const error = pairError(from, to, known);
    return error ? { pair: null, error: `${error}; showing every release.` } : { pair: { from: from!, to: to! } };
  }
  if (saved) {
    const [savedFrom, savedTo] = saved.split(',');
    if (savedFrom && savedTo && savedFrom !== savedTo && known.includes(savedFrom) && known.includes(savedTo)) {
      return { pair: { from: savedFrom, to: savedTo } };
    }
  }
  return { pair: null };
}

function pairError(from: string | null, to: string | null, known: readonly string[]): string | undefined {
  if (from === null || to === null)
    return `The link gives ${from === null ? '?to=' : '?from='} but not ${from === null ? '?from=' : '?to='}`;
  const unknown = [from, to].filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    return `The link names ${listEchoed(unknown.map((id) => quoteEchoed(id)))}, which ${unknown.length === 1 ? 'is not a release' : 'are not releases'} in this table`;
  }
  if (from === to) return `The link compares ${quoteEchoed(from)} with itself`;
  return undefined;
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
