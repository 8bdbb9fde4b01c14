/**
 * Checks over the built site, on parsed pages: every internal link and #anchor resolves and stays under
 * the base path, external links use https; every page keeps the security rules (a CSP that comes before
 * any script and lists exactly the inline scripts the page has, no unsafe sources, no inline event
 * handlers or style attributes); every page's preview tags match what the build declared for it.
 */
import { createHash } from 'node:crypto';
import { fileForSitePath, sitePathForFile } from '../core/base-path.ts';
import type { Problem } from '../core/problems.ts';
import type { HtmlPage } from '../lib/presentation/site-pages.ts';
import { all, attribute, attributeNames, elements, first, metaContent, textOf, type Element, type Root } from './html.ts';

export interface ParsedPage {
  /** The file inside the build, e.g. "guide/overview/index.html". */
  file: string;
  tree: Root;
}

const LINKING: readonly [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
];

/** Every id in the page. */
export function pageIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  for (const element of elements(tree)) {
    const id = attribute(element, 'id');
    if (id) ids.add(id);
  }
  return ids;
}

export interface PageLink {
  tag: string;
  attribute: string;
  value: string;
}

export function pageLinks(tree: Root): PageLink[] {
  const links: PageLink[] = [];
  for (const element of elements(tree)) {
    for (const [tag, name] of LINKING) {
      if (element.tagName !== tag) continue;
      const value = attribute(element, name);
      if (value !== undefined) links.push({ tag, attribute: name, value });
    }
  }
  return links;
}

export function checkLinks(pages: readonly ParsedPage[], files: ReadonlySet<string>, base: string): Problem[] {
  const problems: Problem[] = [];
  const idsByFile = new Map(pages.map((page) => [page.file, page.tree] as const));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = pageIds(idsByFile.get(file) ?? { type: 'root', children: [] })));
    return ids;
  };
  const origin = 'http://site.invalid';
  for (const page of pages) {
    const pageUrl = new URL(`${base}${sitePathForFile(page.file).slice(1)}`, origin);
    for (const link of pageLinks(page.tree)) {
      const problem = (expected: string): Problem => ({
        file: page.file,
        entry: `<${link.tag}>`,
        field: link.attribute,
        value: link.value,
        expected,
      });
      if (/^(mailto|tel|data|blob):/i.test(link.value)) continue;
      if (/^https?:\/\//i.test(link.value) || link.value.startsWith('//')) {
        if (!link.value.startsWith('https://')) problems.push(problem('an https URL'));
        continue;
      }
      const target = new URL(link.value, pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        problems.push(problem(`a link under the base path ${base}`));
        continue;
      }
      const file = fileForSitePath(`/${target.pathname.slice(base.length)}`);
      if (!files.has(file)) {
        problems.push(problem(`a page or file the build produced (${target.pathname} is not one)`));
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        problems.push(problem(`an anchor that ${target.pathname} has (it has no #${fragment})`));
      }
    }
  }
  return problems;
}

/** Scripts the browser runs (and the CSP governs); a JSON data block is not one. */
const isExecutable = (script: Element) => ['', 'module', 'text/javascript'].includes((attribute(script, 'type') ?? '').toLowerCase());

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The security rules of one page (see the module comment). */
export function checkSecurity(page: ParsedPage): Problem[] {
  const problems: Problem[] = [];
  const problem = (entry: string, field: string, value: unknown, expected: string) =>
    problems.push({ file: page.file, entry, field, value, expected });
  const head = first('head', page.tree);
  const cspMeta = head && all('meta', head).find((meta) => attribute(meta, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const csp = cspMeta && attribute(cspMeta, 'content');
  if (!head || !cspMeta || !csp) {
    problem('<head>', 'meta http-equiv', undefined, 'a Content-Security-Policy <meta> element');
  } else {
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name!, sources] as const),
    );
    const scriptSources = directives.get('script-src');
    if (!directives.get('default-src')?.includes("'self'"))
      problem('CSP', 'default-src', directives.get('default-src'), "default-src 'self'");
    if (!scriptSources) problem('CSP', 'script-src', undefined, 'a script-src directive');
    else {
      const unsafe = scriptSources.filter((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'");
      if (unsafe.length > 0) problem('CSP', 'script-src', unsafe, "no 'unsafe-inline' or 'unsafe-eval'");
      const listed = scriptSources.filter((s) => s.startsWith("'sha256-")).map((s) => s.slice(1, -1));
      const inline = all('script:not([src])', page.tree)
        .filter(isExecutable)
        .map((script) => sha256(textOf(script)));
      for (const hash of listed.filter((h) => !inline.includes(h)))
        problem('CSP', 'script-src', hash, 'only hashes of inline scripts the page has');
      for (const hash of inline.filter((h) => !listed.includes(h)))
        problem('<script>', 'hash', hash, 'every inline script listed in script-src by its hash');
    }
    for (const sources of [directives.get('style-src') ?? []]) {
      const hashes = sources.filter((s) => s.startsWith("'sha256-"));
      if (hashes.length > 0 || sources.includes("'unsafe-inline'"))
        problem('CSP', 'style-src', sources, "style-src 'self' only (no <style> elements, no hashes)");
    }
    const firstScript = all('script', page.tree)[0];
    const order = [...elements(page.tree)];
    if (firstScript && order.indexOf(firstScript) < order.indexOf(cspMeta)) {
      problem('<head>', 'meta http-equiv', 'content-security-policy', 'the CSP <meta> before the first <script>, so that it applies to it');
    }
  }
  for (const element of elements(page.tree)) {
    for (const name of attributeNames(element)) {
      if (/^on[a-z]+$/.test(name))
        problem(`<${element.tagName}>`, name, attribute(element, name), 'no inline event handler; attach listeners from a script');
      if (name === 'style')
        problem(`<${element.tagName}>`, 'style', attribute(element, 'style'), 'no inline style attribute (the CSP blocks it); use a class');
    }
    if (element.tagName === 'style')
      problem('<style>', '', textOf(element), 'no <style> element (the CSP allows only stylesheets from the site)');
  }
  return problems;
}

const REQUIRED_META = [
  ['name', 'description'],
  ['property', 'og:title'],
  ['property', 'og:description'],
  ['property', 'og:image'],
  ['property', 'og:type'],
  ['name', 'twitter:card'],
] as const;

/** The image a page names as its preview, as a file of the build, or undefined when it is not under the base. */
export function previewImageOf(tree: Root, base: string): string | undefined {
  const image = metaContent(tree, 'property', 'og:image');
  if (!image) return undefined;
  const pathname = new URL(image).pathname;
  return pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : undefined;
}

/**
 * Link previews: the <title>, description and Open Graph title are the ones the build declared for the
 * page, no two pages share a <title>, an indexable page has an absolute canonical URL (and og:url) at
 * its own address while a page outside the index says noindex, and the preview image is a 1200×630 PNG
 * of the build. `imageSize` reads a built file's PNG dimensions (undefined when missing or not a PNG).
 */
export function checkPreviews(
  pages: readonly (ParsedPage & { entry: HtmlPage })[],
  base: string,
  imageSize: (file: string) => { width: number; height: number } | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const titles = new Map<string, string>();
  for (const { file, tree, entry } of pages) {
    const problem = (field: string, value: unknown, expected: string) =>
      problems.push({ file, entry: `page ${entry.path}`, field, value, expected });
    const title = first('title', tree);
    const titleText = title ? textOf(title).trim() : undefined;
    if (!titleText?.startsWith(entry.title)) problem('<title>', titleText, `a <title> starting with the page's title "${entry.title}"`);
    else if (titles.has(titleText)) problem('<title>', titleText, `a <title> no other page has (${titles.get(titleText)} has it)`);
    else titles.set(titleText, file);
    for (const [kind, name] of REQUIRED_META) {
      if (!metaContent(tree, kind, name)?.trim()) problem(`<meta ${kind}="${name}">`, undefined, 'the tag, with content');
    }
    if (metaContent(tree, 'name', 'description') !== entry.description)
      problem('<meta name="description">', metaContent(tree, 'name', 'description'), `the declared description "${entry.description}"`);
    if (metaContent(tree, 'property', 'og:title') !== entry.title)
      problem('<meta property="og:title">', metaContent(tree, 'property', 'og:title'), `the declared title "${entry.title}"`);
    const canonical = all('link[rel=canonical]', tree).map((link) => attribute(link, 'href'))[0];
    const robots = metaContent(tree, 'name', 'robots');
    if (entry.indexable) {
      const expectedEnd = `${base}${entry.path.slice(1)}`;
      if (!canonical || !/^https:\/\//.test(canonical) || new URL(canonical).pathname !== expectedEnd)
        problem('<link rel="canonical">', canonical, `an absolute https URL ending in ${expectedEnd}`);
      if (metaContent(tree, 'property', 'og:url') !== canonical)
        problem('<meta property="og:url">', metaContent(tree, 'property', 'og:url'), 'the canonical URL');
    } else {
      if (canonical !== undefined) problem('<link rel="canonical">', canonical, 'no canonical URL on a page outside the index');
      if (robots !== 'noindex') problem('<meta name="robots">', robots, '"noindex" on a page outside the index');
    }
    const image = previewImageOf(tree, base);
    if (!image) {
      problem('<meta property="og:image">', metaContent(tree, 'property', 'og:image'), `an image under the base path ${base}`);
      continue;
    }
    const size = imageSize(image);
    if (!size) problem('og:image', image, 'a preview image the build produced');
    else if (size.width !== 1200 || size.height !== 630) problem('og:image', `${image} (${size.width}×${size.height})`, 'a 1200×630 image');
  }
  return problems;
}

/** Width and height from a PNG's header, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
