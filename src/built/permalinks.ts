/**
 * The permalink contract: every public URL and anchor of the site is listed in a committed manifest
 * (src/data/permalinks.json). A listed URL or anchor may not disappear: it needs a redirect (URL →
 * URL) or an anchor alias (old id → new id on the same page), both recorded in the manifest.
 * Pure functions over HTML text; scripts/permalinks.ts and the build integration run them.
 */
import type { Problem } from '../core/problems.ts';
import { MANIFEST_FILE, type PermalinkManifest } from '../data/permalinks.ts';
import { all, attribute, first, type Root } from './html.ts';
import type { DataDocument, HtmlPage } from '../lib/presentation/site-pages.ts';

/** The public pages and anchors one build produced, keyed by site path. */
export type ObservedPermalinks = Record<string, string[]>;

/**
 * The anchors a page promises to keep, inside its <main>: heading ids, ids that a copy-link control
 * points to, and ids on elements marked data-permalink (the cells of the command matrix).
 */
export function publicAnchors(tree: Root): string[] {
  const main = first('main', tree);
  if (!main) return [];
  const anchors = new Set<string>();
  for (const element of all('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], [data-permalink][id]', main))
    anchors.add(attribute(element, 'id')!);
  for (const link of all('a[data-anchor-link]', main)) {
    const href = attribute(link, 'href');
    if (href?.startsWith('#') && href.length > 1) anchors.add(decodeURIComponent(href.slice(1)));
  }
  return [...anchors].sort();
}

/**
 * The public pages (with their anchors) and data documents (with none) of a build, as its manifest
 * declares them. The 404 page and redirect pages are not part of the contract.
 */
export function observePermalinks(
  pages: readonly { entry: HtmlPage; tree: Root }[],
  documents: readonly DataDocument[],
): ObservedPermalinks {
  const observed: ObservedPermalinks = {};
  for (const { entry, tree } of pages) if (entry.indexable) observed[entry.path] = publicAnchors(tree);
  for (const document of documents) observed[document.path] = [];
  return observed;
}

const UPDATE = 'run `npm run permalinks:update` and commit the manifest';

/** Problems that break the contract, each naming the URL or anchor and the fix. */
export function checkPermalinks(manifest: PermalinkManifest, observed: ObservedPermalinks, file = MANIFEST_FILE): Problem[] {
  const problems: Problem[] = [];
  const problem = (entry: string, field: string, value: unknown, expected: string) =>
    problems.push({ file, entry, field, value, expected });
  const exists = (path: string) => observed[path] !== undefined;
  for (const [from, to] of Object.entries(manifest.redirects)) {
    if (exists(from)) problem('redirects', from, to, `no page at ${from} in the build (a redirect would hide it)`);
    if (!exists(to)) problem('redirects', from, to, `a target the build has (${to} is not built)`);
  }
  for (const [key, to] of Object.entries(manifest.anchorAliases)) {
    const [path = '', from = ''] = key.split('#');
    const anchors = observed[path];
    if (!anchors) problem('anchorAliases', key, to, `a page the build has (${path} is not built)`);
    else if (!anchors.includes(to)) problem('anchorAliases', key, to, `an id that ${path} has (it has no #${to})`);
    else if (anchors.includes(from)) problem('anchorAliases', key, to, `no alias while ${path} still has #${from}: remove the alias`);
  }
  for (const [path, anchors] of Object.entries(manifest.pages)) {
    const now = observed[path];
    if (!now) {
      if (!manifest.redirects[path])
        problem('pages', path, 'not built', `the page restored, or "${path}": "<new path>" added to "redirects"`);
      continue;
    }
    for (const anchor of anchors) {
      if (!now.includes(anchor) && !manifest.anchorAliases[`${path}#${anchor}`]) {
        problem('pages', path, `#${anchor}`, `the id restored, or "${path}#${anchor}": "<new id>" added to "anchorAliases"`);
      }
    }
  }
  for (const [path, anchors] of Object.entries(observed)) {
    const listed = manifest.pages[path];
    if (!listed) problem('pages', path, 'not listed', `the new page listed: ${UPDATE}`);
    else {
      const added = anchors.filter((a) => !listed.includes(a));
      if (added.length > 0) problem('pages', path, added.map((a) => `#${a}`).join(' '), `the new anchors listed: ${UPDATE}`);
    }
  }
  return problems;
}

/**
 * The manifest after a build: pages and anchors as observed, plus every listed one that is gone
 * but covered by a redirect or an alias' target, so the contract only grows. Sorted for stable diffs.
 */
export function updateManifest(manifest: PermalinkManifest, observed: ObservedPermalinks): PermalinkManifest {
  const pages: Record<string, string[]> = {};
  for (const path of Object.keys(observed).sort()) {
    const kept = (manifest.pages[path] ?? []).filter((a) => manifest.anchorAliases[`${path}#${a}`] !== undefined);
    pages[path] = [...new Set([...observed[path]!, ...kept])].sort();
  }
  const sortedRecord = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { about: manifest.about, pages, redirects: sortedRecord(manifest.redirects), anchorAliases: sortedRecord(manifest.anchorAliases) };
}

/** The aliases that apply to one page: old id → new id. */
export function aliasesForPage(manifest: PermalinkManifest, path: string): [string, string][] {
  return Object.entries(manifest.anchorAliases)
    .filter(([key]) => key.startsWith(`${path}#`))
    .map(([key, to]) => [key.slice(path.length + 1), to]);
}

/**
 * Gives an old id a place on the page: an empty element carrying it at the start of the element
 * with the new id (inside its first cell, for table rows), so old links still land there.
 */
export function insertAnchorAliases(html: string, aliases: readonly [string, string][]): string {
  let out = html;
  for (const [from, to] of aliases) {
    const start = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sid="${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(out);
    if (!start) throw new Error(`anchor alias #${from} → #${to}: the page has no element with id "${to}"`);
    let at = start.index + start[0].length;
    if (start[1] === 'tr') {
      const cell = /<t[hd]\b[^>]*>/.exec(out.slice(at));
      if (!cell) throw new Error(`anchor alias #${from} → #${to}: the row has no cell to hold the alias`);
      at += cell.index + cell[0].length;
    }
    out = `${out.slice(0, at)}<span id="${from}" class="anchor-alias"></span>${out.slice(at)}`;
  }
  return out;
}
