/** The pages of the built site, from the build's own manifest, as paths relative to the base URL. */
import { loadBuiltSite } from '../src/built/site.ts';
import type { HtmlPage, PageKind } from '../src/lib/presentation/site-pages.ts';

const pages = loadBuiltSite().entries.filter((entry): entry is HtmlPage => entry.kind !== 'redirect' && entry.kind !== 'document');
const relative = (page: HtmlPage) => (page.path === '/' ? './' : page.path.slice(1));

/** Every HTML page (not the redirects of moved pages). */
export const ALL_PAGES: string[] = pages.map(relative);

/**
 * Kinds with one generated page per data entry, all from one template: a task per command, a move per
 * pair of releases. The axe sweep takes every `step`-th of them (in the manifest's order, so the pick is
 * fixed and spread over the categories and releases); the cheaper checks still visit every page.
 */
const SAMPLED: Partial<Record<PageKind, number>> = { task: 4, port: 7 };

export const AXE_PAGES: string[] = pages
  .filter((page) => {
    const step = SAMPLED[page.kind];
    if (!step) return true;
    const ofKind = pages.filter((p) => p.kind === page.kind);
    return ofKind.indexOf(page) % step === 0;
  })
  .map(relative);

/** A list cut into runs of `size`, so one test visits several pages in one browser page. */
export function inRuns<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
