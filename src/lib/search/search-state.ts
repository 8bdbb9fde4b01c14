/**
 * The search dialog's state in the page URL (?q=…&kind=a,b&release=a,b), so a search can be shared and
 * reloaded. Several kinds or several releases mean "any of them".
 */
import { quoteEchoed } from '../../core/echo.ts';
import { SEARCH_KINDS, type SearchKind } from './search-entry.ts';

export interface SearchState {
  query: string;
  kinds: SearchKind[];
  releases: string[];
}

/** Longer queries are cut: no real search needs more, and the query is echoed in the status line. */
export const MAX_QUERY_LENGTH = 200;

export const SEARCH_PARAMS = ['q', 'kind', 'release'] as const;

/** Reads the state; unknown kinds and releases are dropped and reported rather than trusted, repeats dropped. */
export function readSearchState(params: URLSearchParams, knownReleases: readonly string[]): { state: SearchState; ignored: string[] } {
  const ignored: string[] = [];
  const listed = <T extends string>(name: 'kind' | 'release', known: readonly string[]): T[] => {
    const values = new Set((params.get(name) ?? '').split(',').filter(Boolean));
    return [...values].filter((value): value is T => {
      const ok = known.includes(value);
      if (!ok) ignored.push(`${name} ${quoteEchoed(value)}`);
      return ok;
    });
  };
  const kinds = listed<SearchKind>('kind', SEARCH_KINDS);
  const releases = listed<string>('release', knownReleases);
  return { state: { query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), kinds, releases }, ignored };
}

export function searchStateUrl(current: string, state: SearchState | null): string {
  const url = new URL(current);
  for (const key of SEARCH_PARAMS) url.searchParams.delete(key);
  if (state) {
    if (state.query) url.searchParams.set('q', state.query);
    if (state.kinds.length > 0) url.searchParams.set('kind', state.kinds.join(','));
    if (state.releases.length > 0) url.searchParams.set('release', state.releases.join(','));
  }
  // A comma is allowed as it is in a query string; "release=rhel9,al2023" reads better than "%2C".
  url.search = url.search.replace(/%2C/gi, ',');
  return url.href;
}

export function filtersOf(state: SearchState): Record<string, string[]> {
  return {
    ...(state.kinds.length > 0 ? { kind: state.kinds } : {}),
    ...(state.releases.length > 0 ? { release: state.releases } : {}),
  };
}

/** The status line after a search, with the query quoted and cut. */
export function resultSummary(count: number, query: string): string {
  const quoted = quoteEchoed(query);
  return count === 0 ? `No results for ${quoted}.` : `${count} result${count === 1 ? '' : 's'} for ${quoted}.`;
}
