/** The search dialog's state in the page URL (?q=…&kind=…&release=…), so a search can be shared and reloaded. */
import { quoteEchoed } from '../../core/echo.ts';
import { SEARCH_KINDS, type SearchKind } from './search-entry.ts';

export interface SearchState {
  query: string;
  kinds: SearchKind[];
  release: string;
}

/** Longer queries are cut: no real search needs more, and the query is echoed in the status line. */
export const MAX_QUERY_LENGTH = 200;

export const SEARCH_PARAMS = ['q', 'kind', 'release'] as const;

/** Reads the state; unknown kinds and releases are dropped and reported rather than trusted. */
export function readSearchState(params: URLSearchParams, knownReleases: readonly string[]): { state: SearchState; ignored: string[] } {
  const ignored: string[] = [];
  const kinds = (params.get('kind') ?? '')
    .split(',')
    .filter(Boolean)
    .filter((kind): kind is SearchKind => {
      const ok = (SEARCH_KINDS as readonly string[]).includes(kind);
      if (!ok) ignored.push(`kind ${quoteEchoed(kind)}`);
      return ok;
    });
  let release = params.get('release') ?? '';
  if (release && !knownReleases.includes(release)) {
    ignored.push(`release ${quoteEchoed(release)}`);
    release = '';
  }
  return { state: { query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), kinds, release }, ignored };
}

export function searchStateUrl(current: string, state: SearchState | null): string {
  const url = new URL(current);
  for (const key of SEARCH_PARAMS) url.searchParams.delete(key);
  if (state) {
    if (state.query) url.searchParams.set('q', state.query);
    if (state.kinds.length > 0) url.searchParams.set('kind', state.kinds.join(','));
    if (state.release) url.searchParams.set('release', state.release);
  }
  return url.href;
}

export function filtersOf(state: SearchState): Record<string, string[]> {
  return {
    ...(state.kinds.length > 0 ? { kind: state.kinds } : {}),
    ...(state.release ? { release: [state.release] } : {}),
  };
}

/** The status line after a search, with the query quoted and cut. */
export function resultSummary(count: number, query: string): string {
  const quoted = quoteEchoed(query);
  return count === 0 ? `No results for ${quoted}.` : `${count} result${count === 1 ? '' : 's'} for ${quoted}.`;
}
