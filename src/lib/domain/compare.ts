/**
 * The "compare two releases" view of the command reference: which pair to show, read from the URL
 * first, then from the reader's saved choice, and whether to show only the tasks whose commands
 * differ (`?only=differences`). Pure so it can be tested; src/browser/compare.ts applies it.
 */
import { listEchoed, quoteEchoed } from '../../core/echo.ts';

export interface ComparePair {
  from: string;
  to: string;
}

export interface CompareChoice {
  pair: ComparePair | null;
  onlyDifferences: boolean;
  error?: string;
}

const ONLY_DIFFERENCES = 'differences';

/**
 * Reads ?from=&to= (both or neither), else the saved pair, and ?only=differences; a link that names no
 * usable pair gets an error and the full view, an unknown ?only= value an error and every task.
 */
export function readComparePair(params: URLSearchParams, saved: string | null, known: readonly string[]): CompareChoice {
  const from = params.get('from');
  const to = params.get('to');
  const only = params.get('only');
  if (from !== null || to !== null) {
    const error = pairError(from, to, known);
    if (error) return { pair: null, onlyDifferences: false, error: `${error}; showing every release.` };
    return withOnly({ from: from!, to: to! }, only);
  }
  if (saved) {
    const [savedFrom, savedTo] = saved.split(',');
    if (savedFrom && savedTo && savedFrom !== savedTo && known.includes(savedFrom) && known.includes(savedTo)) {
      return withOnly({ from: savedFrom, to: savedTo }, only);
    }
  }
  if (only !== null)
    return {
      pair: null,
      onlyDifferences: false,
      error: `The link gives ?only=${quoteEchoed(only)} but no ?from= and ?to= to compare; showing every release.`,
    };
  return { pair: null, onlyDifferences: false };
}

function withOnly(pair: ComparePair, only: string | null): CompareChoice {
  if (only === null || only === ONLY_DIFFERENCES) return { pair, onlyDifferences: only !== null };
  return {
    pair,
    onlyDifferences: false,
    error: `The link gives ?only=${quoteEchoed(only)}, which this page does not know (?only=${ONLY_DIFFERENCES} shows the tasks whose commands differ); showing every task.`,
  };
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

/** The URL to show for a pair: the same page with ?from=&to= (and ?only=differences) set, or removed for the full view. */
export function compareUrl(current: string, pair: ComparePair | null, onlyDifferences = false): string {
  const url = new URL(current);
  if (pair) {
    url.searchParams.set('from', pair.from);
    url.searchParams.set('to', pair.to);
  } else {
    url.searchParams.delete('from');
    url.searchParams.delete('to');
  }
  if (pair && onlyDifferences) url.searchParams.set('only', ONLY_DIFFERENCES);
  else url.searchParams.delete('only');
  return url.href;
}
