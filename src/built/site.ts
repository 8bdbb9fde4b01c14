/**
 * The built site, read once: its files, and its pages as the build declared them in /api/v1/pages.json
 * (see src/lib/presentation/site-pages.ts), each parsed at most once. Every build hook, check script,
 * benchmark and end-to-end helper goes through this module to learn what a built file is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileForSitePath } from '../core/base-path.ts';
import type { Problem } from '../core/problems.ts';
import { apiPaths } from '../core/routes.ts';
import { BASE_PATH, OUT_DIR } from '../core/site-config.ts';
import { siteManifestSchema, type DataDocument, type HtmlPage, type RedirectPage, type SiteEntry } from '../lib/presentation/site-pages.ts';
import { parseHtml, type Root } from './html.ts';

export interface BuiltPage<E extends HtmlPage | RedirectPage = HtmlPage | RedirectPage> {
  entry: E;
  /** The file inside the build, e.g. "guide/overview/index.html". */
  file: string;
  html: string;
  tree: Root;
}

export interface BuiltSite {
  /** Absolute path of the build folder. */
  dir: string;
  /** The base path the site was built for, "/" or "/sub/path/". */
  base: string;
  entries: readonly SiteEntry[];
  /** Every file of the build, relative, with "/" separators, sorted. */
  files: ReadonlySet<string>;
  /** The HTML pages, redirects included, in manifest order. */
  pages(): BuiltPage[];
  /** The real pages: HTML pages that are not redirects. */
  htmlPages(): BuiltPage<HtmlPage>[];
  page(sitePath: string): BuiltPage | undefined;
  documents(): DataDocument[];
  read(file: string): Buffer;
}

const MANIFEST_FILE = fileForSitePath(apiPaths.pages());

/** Every file under a folder, relative, with "/" separators, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The build of this site as OUT_DIR and BASE_PATH describe it (src/core/site-config.ts). */
export function loadBuiltSite(dir = OUT_DIR, base = BASE_PATH): BuiltSite {
  const root = path.resolve(dir);
  const files = new Set(listFiles(root));
  if (!files.has(MANIFEST_FILE)) throw new Error(`${path.join(root, MANIFEST_FILE)} is missing: is ${root} a build of this site?`);
  const parsed = siteManifestSchema.safeParse(JSON.parse(readFileSync(path.join(root, MANIFEST_FILE), 'utf8')));
  if (!parsed.success) throw new Error(`${MANIFEST_FILE} does not match its schema: ${parsed.error.message}`);
  const entries = parsed.data.pages;
  const cache = new Map<string, BuiltPage>();
  const read = (file: string) => readFileSync(path.join(root, file));
  const load = (entry: HtmlPage | RedirectPage): BuiltPage => {
    let built = cache.get(entry.path);
    if (!built) {
      const file = fileForSitePath(entry.path);
      const html = read(file).toString('utf8');
      built = { entry, file, html, tree: parseHtml(html) };
      cache.set(entry.path, built);
    }
    return built;
  };
  const isPage = (entry: SiteEntry): entry is HtmlPage | RedirectPage => entry.kind !== 'document';
  return {
    dir: root,
    base,
    entries,
    files,
    pages: () => entries.filter(isPage).map(load),
    htmlPages: () => entries.filter((e): e is HtmlPage => isPage(e) && e.kind !== 'redirect').map((e) => load(e) as BuiltPage<HtmlPage>),
    page: (sitePath) => {
      const entry = entries.find((e) => e.path === sitePath);
      return entry && isPage(entry) ? load(entry) : undefined;
    },
    documents: () => entries.filter((e): e is DataDocument => e.kind === 'document'),
    read,
  };
}

/** Files that are assets, not pages or documents: scripts, styles, the search bundle, preview images, the icon. */
const ASSET = /^(_astro|pagefind|og)\/|^favicon\.svg$/;

/**
 * The manifest and the build agree: every page and document it declares was built, and every HTML file
 * and every other file of the build is either declared or an asset.
 */
export function manifestProblems(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  const declared = new Set(site.entries.map((entry) => fileForSitePath(entry.path)));
  for (const entry of site.entries) {
    const file = fileForSitePath(entry.path);
    if (!site.files.has(file)) {
      problems.push({
        file: MANIFEST_FILE,
        entry: `${entry.kind} ${entry.path}`,
        field: 'path',
        value: entry.path,
        expected: `a file ${file} in the build`,
      });
    }
  }
  for (const file of site.files) {
    if (declared.has(file) || ASSET.test(file)) continue;
    problems.push({
      file,
      entry: 'built file',
      field: '',
      value: file,
      expected: `an entry in ${MANIFEST_FILE}: add the page's identity to siteEntries() in src/lib/presentation/site-pages.ts`,
    });
  }
  return problems;
}
