/**
 * The permalink contract: every public URL and anchor of the site is listed in a committed manifest
 * (src/data/permalinks.json). A listed URL or anchor may not disappear: it needs a redirect (URL →
 * URL) or an anchor alias (old id → new id on the same page), both recorded in the manifest.
 * Pure functions over HTML text; scripts/permalinks.ts and the build integration run them.
 */
import { z } from 'astro/zod';
import { isRedirectPage, tagAttribute as attribute } from './html-text.ts';

const sitePath = z.string().regex(/^\/([a-z0-9._-]+\/)*([a-z0-9._-]+\.[a-z]+)?$/, {
  error: 'expected a site path such as /guide/identify/ or /api/v1/releases.json (no base path)',
});
const anchorId = z.string().regex(/^[A-Za-z][\w.-]*$/, { error: 'expected an element id' });
const aliasKey = z
  .string()
  .regex(/^\/([a-z0-9._-]+\/)*#[A-Za-z][\w.-]*$/, { error: 'expected a page path and an old id, e.g. /guide/identify/#old-id' });

export const permalinkManifestSchema = z.strictObject({
  /** What this file is and how to change it, for whoever opens it. */
  about: z.string(),
  /** Every public page or document (site path without the base) and the anchors it must keep. */
  pages: z.record(sitePath, z.array(anchorId)),
  /** Old path → new path. The build turns each into a redirect page. */
  redirects: z.record(sitePath, sitePath),
  /** "<path>#<old id>" → the id on the same page that now carries the content. */
  anchorAliases: z.record(aliasKey, anchorId),
});
export type PermalinkManifest = z.infer<typeof permalinkManifestSchema>;
/** The public pages and anchors one build produced, keyed by site path. */
export type ObservedPermalinks = Record<string, string[]>;

export const MANIFEST_FILE = 'src/data/permalinks.json';

/** Parses the manifest, or throws a message naming the file, the entry and what was expected. */
export function parsePermalinkManifest(json: unknown, file = MANIFEST_FILE): PermalinkManifest {
  const result = permalinkManifestSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    // A bad record key reports "Invalid key in record"; the key's own issue says what was expected.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return `  ${file} › ${issue.path.map(String).join(' › ') || '(root)'}: ${message}`;
  });
  throw new Error(`The permalink manifest is malformed:\n${lines.join('\n')}`);
}

/**
 * The anchors a page promises to keep, inside its <main>: heading ids, ids that a copy-link control
 * points to, and ids on elements marked data-permalink (the cells of the command matrix).
 */
export function publicAnchors(page: string): string[] {
  const html = /<main\b[\s\S]*<\/main>/.exec(page)?.[0] ?? '';
  const anchors = new Set<string>();
  for (const [tag] of html.matchAll(/<h[1-6]\b[^>]*>/g)) {
    const id = attribute(tag, 'id');
    if (id) anchors.add(id);
  }
  for (const [tag] of html.matchAll(/<a\b[^>]*\sdata-anchor-link\b[^>]*>/g)) {
    const href = attribute(tag, 'href');
    if (href?.startsWith('#') && href.length > 1) anchors.add(decodeURIComponent(href.slice(1)));
  }
  for (const [tag] of html.matchAll(/<[a-z][a-z0-9]*\b[^>]*\sdata-permalink\b[^>]*>/g)) {
    const id = attribute(tag, 'id');
    if (id) anchors.add(id);
  }
  return [...anchors].sort();
}

/**
 * Public documents among the built files, keyed by site path. HTML pages carry their anchors;
 * data documents (API, Markdown twins, llms.txt, sitemap) carry none. Assets, the search bundle,
 * preview images, the 404 page and redirect pages are not part of the contract.
 */
export function observePermalinks(files: ReadonlyMap<string, string | undefined>): ObservedPermalinks {
  const observed: ObservedPermalinks = {};
  for (const [file, html] of files) {
    if (/^(_astro|pagefind|og)\//.test(file) || file === '404.html') continue;
    if (file.endsWith('index.html')) {
      if (html === undefined || isRedirectPage(html)) continue;
      observed[`/${file.replace(/index\.html$/, '')}`] = publicAnchors(html);
    } else if (/\.(json|md|txt|xml)$/.test(file)) {
      observed[`/${file}`] = [];
    }
  }
  return observed;
}

/** Problems that break the contract, each naming the URL or anchor and the fix. */
export function checkPermalinks(manifest: PermalinkManifest, observed: ObservedPermalinks, file = MANIFEST_FILE): string[] {
  const problems: string[] = [];
  const exists = (path: string) => observed[path] !== undefined;
  for (const [from, to] of Object.entries(manifest.redirects)) {
    if (exists(from)) problems.push(`${file} › redirects › ${from}: the build still has a page there; a redirect would hide it`);
    if (!exists(to)) problems.push(`${file} › redirects › ${from} → ${to}: the target does not exist in the build`);
  }
  for (const [key, to] of Object.entries(manifest.anchorAliases)) {
    const [path = '', from = ''] = key.split('#');
    const anchors = observed[path];
    if (!anchors) problems.push(`${file} › anchorAliases › ${key}: the page ${path} does not exist in the build`);
    else if (!anchors.includes(to)) problems.push(`${file} › anchorAliases › ${key} → #${to}: ${path} has no #${to}`);
    else if (anchors.includes(from)) problems.push(`${file} › anchorAliases › ${key}: ${path} still has #${from}; remove the alias`);
  }
  for (const [path, anchors] of Object.entries(manifest.pages)) {
    const now = observed[path];
    if (!now) {
      if (!manifest.redirects[path]) {
        problems.push(
          `${path} is listed in ${file} but the build no longer has it. Restore it, or add "${path}": "<new path>" to "redirects".`,
        );
      }
      continue;
    }
    for (const anchor of anchors) {
      if (!now.includes(anchor) && !manifest.anchorAliases[`${path}#${anchor}`]) {
        problems.push(
          `${path}#${anchor} is listed in ${file} but the page no longer has it. Restore the id, or add "${path}#${anchor}": "<new id>" to "anchorAliases".`,
        );
      }
    }
  }
  for (const [path, anchors] of Object.entries(observed)) {
    const listed = manifest.pages[path];
    const added = listed ? anchors.filter((a) => !listed.includes(a)) : anchors;
    if (!listed) problems.push(`${path} is new and not yet in ${file}: run \`npm run permalinks:update\` and commit the manifest.`);
    else if (added.length > 0)
      problems.push(
        `${path} has new anchors not yet in ${file} (${added.map((a) => `#${a}`).join(', ')}): run \`npm run permalinks:update\` and commit the manifest.`,
      );
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
