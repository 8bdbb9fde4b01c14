/**
 * Query handling in front of Pagefind. Pagefind drops punctuation from a query ("os-release" becomes
 * "osrelease"), so pages that say /etc/os-release are missed; we also search the query with its
 * punctuation turned into spaces and merge, exact-form hits first. Pure: the Pagefind API is passed in.
 */
import { LIFECYCLE_WORD, matchPortShortcut, matchShortcuts, withoutTerms, type Shortcut } from './search-shortcuts.ts';

/** The forms of a query to search: as typed, and (when different) with - / . _ : turned into spaces. */
export function queryVariants(query: string): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed) return [];
  const split = typed
    .replace(/[-/._:=]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return split && split !== typed ? [typed, split] : [typed];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; location: number } | undefined;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindApi {
  search(
    query: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

export interface SearchHit {
  /** Where the result opens: the best-matching section of the page, or the page itself. */
  url: string;
  title: string;
  /** The heading of the matching section, when it is not the page title. */
  section?: string;
  /** HTML from Pagefind with <mark> around matched words; render it with excerptParts(). */
  excerpt: string;
  kind?: string;
}

const score = (sub: PagefindSubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) || (sub.locations?.length ?? 0);

/**
 * The section of a page that matched clearly best. When sections tie (a command found in every
 * release's section, say), there is no best one and the result opens the page itself.
 */
export function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  const ranked = (data.sub_results ?? []).toSorted((a, b) => score(b) - score(a));
  const [first, second] = ranked;
  if (!first) return undefined;
  return second && score(second) === score(first) ? undefined : first;
}

export function toHit(data: PagefindResultData, preferredAnchors: readonly string[] = []): SearchHit {
  const preferred = (data.sub_results ?? []).find((sub) => sub.anchor && preferredAnchors.includes(sub.anchor.id));
  const section = preferred ?? bestSection(data);
  const title = data.meta['title'] ?? data.url;
  const sectionTitle = section?.title && section.title !== title ? section.title : undefined;
  return {
    url: section && sectionTitle ? section.url : data.url,
    title,
    ...(sectionTitle ? { section: sectionTitle } : {}),
    excerpt: section?.excerpt ?? data.excerpt,
    ...(data.filters?.['kind']?.[0] ? { kind: data.filters['kind'][0] } : {}),
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pagePath = (url: string) => url.replace(/[?#].*$/, '');

/**
 * Searches every form of the query and merges the results without duplicates: pages the query names
 * exactly (shortcuts) first, then exact-form hits, then hits for the split form.
 */
export async function searchAll(
  pagefind: PagefindApi,
  query: string,
  filters: Record<string, string[]>,
  shortcuts: readonly Shortcut[] = [],
  limit = 10,
): Promise<SearchHit[]> {
  const seen = new Set<string>();
  const named = matchShortcuts(query, shortcuts, filters);
  const releaseShortcuts = named.filter((s) => s.kind === 'release');
  const topical = withoutTerms(
    query,
    releaseShortcuts.flatMap((s) => s.terms),
  );
  const rest = topical
    .split(' ')
    .filter((word) => word && !LIFECYCLE_WORD.test(word))
    .join(' ');
  const asHit = (s: Shortcut): SearchHit => ({ url: s.url, title: s.title, excerpt: escapeHtml(s.summary), kind: s.kind });
  // The page a query names goes first, unless the query also asks about something else ("AL2023 EPEL").
  const port = matchPortShortcut(query, shortcuts);
  const first = [...(port ? [port] : []), ...named.filter((s) => s.kind === 'command' || (!rest && !port))].map(asHit);
  const later = releaseShortcuts.filter(() => rest).map(asHit);
  const hits: SearchHit[] = [...first];
  const shortcutPages = new Set([...named, ...(port ? [port] : [])].map((s) => pagePath(s.url)));
  const searches = queryVariants(query).map((variant) => ({ variant, filters }));
  if (releaseShortcuts.length > 0 && rest) {
    const withinReleases = { ...filters, release: releaseShortcuts.flatMap((s) => s.releases) };
    searches.unshift(...queryVariants(rest).map((variant) => ({ variant, filters: withinReleases })));
  }
  for (const { variant, filters: searchFilters } of searches) {
    const response = await pagefind.search(variant, Object.keys(searchFilters).length > 0 ? { filters: searchFilters } : {});
    const fresh = (response?.results ?? []).filter((r) => !seen.has(r.id)).slice(0, limit - hits.length);
    for (const r of fresh) seen.add(r.id);
    const preferred = releaseShortcuts.flatMap((s) => s.releases);
    const found = await Promise.all(fresh.map(async (r) => toHit(await r.data(), preferred)));
    hits.push(...found.filter((hit) => !shortcutPages.has(pagePath(hit.url))));
    if (hits.length >= limit) break;
  }
  hits.splice(Math.min(2, hits.length), 0, ...later);
  return hits.slice(0, limit);
}
