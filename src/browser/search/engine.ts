/** Loads Pagefind and the shortcuts on first use, then answers queries (see src/lib/search/search-query.ts). */
import { searchAll, type PagefindApi, type SearchHit } from '../../lib/search/search-query.ts';
import { restoreShortcuts, type StoredShortcut } from '../../lib/search/search-shortcuts.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

interface Engine {
  search(query: string, filters: Record<string, string[]>): Promise<SearchHit[]>;
  /** The releases a search can be narrowed to. */
  releases(): { id: string; title: string; shortName: string }[];
}

let engine: Promise<Engine> | undefined;

export function loadSearchEngine(): Promise<Engine> {
  engine ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const [pagefind, shortcuts] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<
        PagefindApi & { init(): Promise<void>; options(options: { noWorker: boolean }): Promise<void> }
      >,
      fetch(`${base}search-shortcuts.json`).then(async (r) => restoreShortcuts(r.ok ? ((await r.json()) as StoredShortcut[]) : [], base)),
    ]);
    // On the main thread: this index answers in milliseconds, and the worker would cost another ~13 KB gzip to load.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    const releases = shortcuts
      .filter((s) => s.kind === 'release')
      .map((s) => ({ id: s.releases[0]!, title: s.title, shortName: s.shortName ?? s.title }));
    return { search: (query, filters) => searchAll(pagefind, query, filters, shortcuts), releases: () => releases };
  })();
  return engine;
}

/** The result URL with the query words to highlight on the page it opens. */
export function withHighlight(url: string, query: string): string {
  const target = new URL(url, location.href);
  const words = query.trim();
  if (words) target.searchParams.set('highlight', words);
  return target.pathname + target.search + target.hash;
}
