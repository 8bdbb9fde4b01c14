/**
 * Query handling in front of Pagefind. Pagefind drops punctuation from a query ("os-release" becomes
 * "osrelease"), so pages that say /etc/os-release are missed; we also search the query with its
 * punctuation turned into spaces and merge, exact-form hits first. Pure: the Pagefind API is passed in.
 */
import { anchors } from '../../core/anchors.ts';
import { sentenceExcerpt } from './excerpt.ts';
import { findReleases, meaningfulWords, STOP_WORDS, stem, withoutErrorNoise, wordsOf } from './query-words.ts';
import { LIFECYCLE_WORD, matchPortShortcut, matchReleases, matchTasks, releaseNames, type Shortcut } from './search-shortcuts.ts';

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
  /** The page's indexed text; `locations` count its words. */
  content?: string;
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindApi {
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
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

const pagePath = (url: string) => url.replace(/[?#].*$/, '');

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

/** The excerpt of a section (or the page): from the start of the sentence that holds the first match. */
function excerptOf(data: PagefindResultData, section: PagefindSubResult | undefined): string {
  const locations = section ? section.locations : data.locations;
  if (data.content === undefined || !locations?.length) return section?.excerpt ?? data.excerpt;
  return sentenceExcerpt(data.content, locations);
}

/**
 * The result for a page: the section of a release the query names when the page has one; else a task
 * page opens at its top (its sections are the releases, and the query named none), and any other page
 * at its clearly best section.
 */
export function toHit(data: PagefindResultData, preferredReleases: readonly string[] = []): SearchHit {
  const isTask = data.filters?.['kind']?.[0] === 'command';
  const title = data.meta['title'] ?? data.url;
  const release = isTask ? preferredReleases.find((r) => data.filters?.['release']?.includes(r)) : undefined;
  if (release) {
    const named = (data.sub_results ?? []).find((sub) => sub.anchor?.id === anchors.taskRelease(release));
    return {
      url: `${pagePath(data.url)}#${anchors.taskRelease(release)}`,
      title,
      ...(named ? { section: named.title } : {}),
      excerpt: excerptOf(data, named),
      kind: 'command',
    };
  }
  const preferred = (data.sub_results ?? []).find((sub) => sub.anchor && preferredReleases.includes(sub.anchor.id));
  const section = preferred ?? (isTask ? undefined : bestSection(data));
  const sectionTitle = section?.title && section.title !== title ? section.title : undefined;
  return {
    url: section && sectionTitle ? section.url : data.url,
    title,
    ...(sectionTitle ? { section: sectionTitle } : {}),
    excerpt: excerptOf(data, section),
    ...(data.filters?.['kind']?.[0] ? { kind: data.filters['kind'][0] } : {}),
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Pagefind's filter object: several values of one filter mean "any of them", as a reader means it. */
export function anyOfFilters(filters: Readonly<Record<string, readonly string[]>>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: [...values] }]),
  );
}

/**
 * Whether a page really holds every word, rather than reaching one through Pagefind's fallback (a
 * word with no match is replaced by the longest indexed word it starts with, so "qwxz" finds "q").
 * A word counts as held when a matched word of the page contains its first letters (all but the last
 * three, and at least three), which lets "installing" match "install".
 */
export function holdsEvery(data: Pick<PagefindResultData, 'content' | 'locations'>, words: readonly string[]): boolean {
  const pageWords = (data.content ?? '').split(/[\r\n\s]+/g);
  const squash = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, '');
  const matched = (data.locations ?? []).map((at) => squash(pageWords[at] ?? ''));
  return words
    .map(squash)
    .filter(Boolean)
    .every((word) => matched.some((found) => found.includes(word.slice(0, Math.max(3, word.length - 3)))));
}

/** Whether a section heading holds every one of the words ("cloud-init" in "cloud-init"). */
export function headingCovers(heading: string, words: readonly string[]): boolean {
  const said = new Set(wordsOf(heading.replace(/[:,()]/g, ' ')).map(stem));
  return words.length > 0 && words.every((word) => said.has(stem(word)));
}

interface Candidate {
  data: PagefindResultData;
  /** Pagefind's score, relative to the best result of the same search (0–1). */
  relevance: number;
}

/** Pagefind results for the words, kept only when they hold a word; fragments load for at most `limit` pages. */
async function searchIndex(
  pagefind: PagefindApi,
  words: readonly string[],
  filters: Readonly<Record<string, readonly string[]>>,
  limit: number,
): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  for (const variant of queryVariants(words.join(' '))) {
    const response = await pagefind.search(variant, { filters: anyOfFilters(filters) });
    const results = (response?.results ?? []).slice(0, limit);
    const top = results[0]?.score ?? 1;
    const loaded = await Promise.all(
      results.filter((r) => !found.has(r.id)).map(async (r) => ({ id: r.id, score: r.score, data: await r.data() })),
    );
    for (const { id, score, data } of loaded)
      if (holdsEvery(data, wordsOf(variant))) found.set(id, { data, relevance: top > 0 ? score / top : 0 });
    if (found.size >= limit) break;
  }
  return [...found.values()];
}

/** When no page holds every word: each word alone, a page scoring by how many words it holds. */
async function searchAnyWord(
  pagefind: PagefindApi,
  words: readonly string[],
  filters: Readonly<Record<string, readonly string[]>>,
  limit: number,
): Promise<Candidate[]> {
  const merged = new Map<string, Candidate>();
  for (const word of words) {
    for (const candidate of await searchIndex(pagefind, [word], filters, limit)) {
      const seen = merged.get(candidate.data.url);
      merged.set(candidate.data.url, { data: candidate.data, relevance: (seen?.relevance ?? 0) + candidate.relevance / words.length });
    }
  }
  return [...merged.values()];
}

/**
 * Results shown for a query. Each costs its page's index fragment (about 1 KB), so this is part of
 * the weight of the first query, measured by `npm run bench`.
 */
export const RESULTS_SHOWN = 8;

/**
 * Answers a query: pages it names first (a porting page and the compare view for "X to Y", a release
 * named alone), then the index's answers, with a task whose own name covers the query's words raised
 * above sections of other tasks, a release the query names opening that release's section, and
 * end-of-life sections below supported ones unless the query names them. Stop words never decide. When
 * no page holds every word, each word is searched alone; a query no page holds gets no results.
 */
export async function searchAll(
  pagefind: PagefindApi,
  query: string,
  filters: Readonly<Record<string, readonly string[]>>,
  shortcuts: readonly Shortcut[] = [],
  limit = RESULTS_SHOWN,
): Promise<SearchHit[]> {
  const cleaned = withoutErrorNoise(query);
  const { releases: named, rest } = findReleases(cleaned, releaseNames(shortcuts));
  // Beside a release, stop words alone ask nothing more ("al2023 to"); alone, they are all there is.
  const words = named.length > 0 ? wordsOf(rest).filter((word) => !STOP_WORDS.has(word)) : meaningfulWords(rest);
  const aboutLifecycle = named.length > 0 && words.every((word) => LIFECYCLE_WORD.test(word));
  const kinds = filters['kind'] ?? [];
  const allows = (kind: string) => kinds.length === 0 || kinds.includes(kind);
  const releaseFilter = filters['release'] ?? [];
  const inReleases = (s: Shortcut) => releaseFilter.length === 0 || s.releases.some((r) => releaseFilter.includes(r));
  const asHit = (s: Shortcut, url = s.url): SearchHit => ({ url, title: s.title, excerpt: escapeHtml(s.summary), kind: s.kind });

  const first: SearchHit[] = [];
  const port = allows('port') ? matchPortShortcut(cleaned, shortcuts) : undefined;
  if (port) {
    first.push(asHit(port));
    if (port.compareUrl)
      first.push({
        ...asHit(port, port.compareUrl),
        title: `Compare ${port.title.replace(/^Moving from /, '')} side by side`,
        kind: 'command',
      });
  }
  const releaseHits = matchReleases(named, aboutLifecycle && words.some((w) => w !== 'of'), shortcuts, filters).filter(inReleases);
  if ((aboutLifecycle || words.length === 0) && !port) first.push(...releaseHits.map((s) => asHit(s)));
  const searchWords = aboutLifecycle || words.length === 0 ? [] : words;

  const tasks = allows('command') ? matchTasks(searchWords, shortcuts).filter((m) => inReleases(m.task)) : [];
  let candidates = searchWords.length > 0 ? await searchIndex(pagefind, searchWords, filters, limit) : [];
  if (candidates.length === 0 && searchWords.length > 1) candidates = await searchAnyWord(pagefind, searchWords, filters, limit);

  const endOfLife = new Set(shortcuts.filter((s) => s.kind === 'release' && s.endOfLife).map((s) => s.releases[0]!));
  const scored = new Map<string, { hit: SearchHit; score: number }>();
  for (const { data, relevance } of candidates) {
    const hit = toHit(data, named);
    const task = tasks.find((m) => pagePath(m.task.url) === pagePath(data.url));
    const section = new URL(hit.url, 'https://x.invalid').hash.slice(1);
    const lateLife = endOfLife.has(section) && !named.includes(section);
    const namesRelease = named.some((r) => data.filters?.['release']?.includes(r));
    const headingHolds = hit.section !== undefined && headingCovers(hit.section, searchWords);
    const score =
      relevance +
      (task ? task.coverage * 2 + (task.named ? 0.5 : 0) : 0) +
      (headingHolds ? 1 : 0) +
      (namesRelease ? 0.3 : 0) -
      (lateLife ? 1 : 0);
    scored.set(pagePath(hit.url), { hit, score });
  }
  for (const { task, coverage, named: byAlias } of tasks) {
    if (coverage < 1 || scored.has(pagePath(task.url))) continue;
    const release = named.find((r) => task.releases.includes(r));
    const url = release ? `${task.url}#${anchors.taskRelease(release)}` : task.url;
    scored.set(pagePath(task.url), { hit: asHit(task, url), score: coverage * 2 + (byAlias ? 0.5 : 0) });
  }
  const ranked = [...scored.values()].sort((a, b) => b.score - a.score).map((s) => s.hit);
  const offered = new Set(first.map((hit) => pagePath(hit.url)));
  const hits = [...first, ...ranked.filter((hit) => !offered.has(pagePath(hit.url)))];
  // A release named beside a topic is offered third: the topic is what the reader asked about.
  if (!aboutLifecycle && words.length > 0 && !port) {
    for (const release of releaseHits.toReversed())
      if (!hits.some((h) => pagePath(h.url) === pagePath(release.url))) hits.splice(Math.min(2, hits.length), 0, asHit(release));
  }
  return hits.slice(0, limit);
}
