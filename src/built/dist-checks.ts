/**
 * Checks over the built site: every internal link and #anchor resolves, external links use https,
 * and every page keeps the security rules (a CSP without unsafe-inline scripts, no inline event
 * handlers, no inline style attributes). Pure functions over HTML text; scripts/check-dist.ts runs them.
 */
import { decodeEntities, isRedirectPage, metaContent } from './html-text.ts';

export interface DistProblem {
  /** Path of the page inside the built site, e.g. "guide/overview/index.html". */
  page: string;
  message: string;
}

export function formatDistProblem(problem: DistProblem): string {
  return `${problem.page}: ${problem.message}`;
}

const ID = /\sid\s*=\s*"([^"]*)"/g;
const LINK = /<(a|link|script|img|source|iframe|form)\b[^>]*?\s(href|src|action)\s*=\s*"([^"]*)"/g;

/** Every id attribute in the page. */
export function pageIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
}

export interface PageLink {
  tag: string;
  attribute: string;
  value: string;
}

export function pageLinks(html: string): PageLink[] {
  return [...withoutScriptsAndCode(html).matchAll(LINK)].map((m) => ({ tag: m[1]!, attribute: m[2]!, value: decodeEntities(m[3]!) }));
}


function withoutScriptsAndCode(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (m) => m.replace(/<script\b([^>]*)>[\s\S]*$/, '<script$1>'));
}

/** The built file a site path maps to: a directory path serves its index.html. */
export function fileForPath(pathname: string): string {
  const clean = decodeURIComponent(pathname.replace(/^\/+/, ''));
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean;
}

/** The URL path a built page is served at, under the base path. */
export function pathForFile(file: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${file.replace(/index\.html$/, '')}`;
}

export function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, base: string): DistProblem[] {
  const problems: DistProblem[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = pageIds(pages.get(file) ?? '');
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const origin = 'http://site.invalid';
  for (const [page, html] of pages) {
    const pageUrl = new URL(pathForFile(page, base), origin);
    for (const link of pageLinks(html)) {
      if (/^(mailto|tel|data|blob):/i.test(link.value)) continue;
      if (/^https?:\/\//i.test(link.value) || link.value.startsWith('//')) {
        if (!link.value.startsWith('https://')) problems.push({ page, message: `external ${link.tag} ${link.attribute} "${link.value}" is not https` });
        continue;
      }
      const target = new URL(link.value, pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        problems.push({ page, message: `link "${link.value}" leaves the base path ${base}` });
        continue;
      }
      const file = fileForPath(target.pathname.slice(base.length));
      if (!files.has(file)) {
        problems.push({ page, message: `link "${link.value}" points to ${target.pathname}, which the build did not produce` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        problems.push({ page, message: `link "${link.value}" points to #${fragment}, which ${target.pathname} does not have` });
      }
    }
  }
  return problems;
}

export function checkSecurity(page: string, html: string): DistProblem[] {
  const problems: DistProblem[] = [];
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (!csp) problems.push({ page, message: 'has no Content-Security-Policy meta element' });
  else {
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    if (!scriptSrc) problems.push({ page, message: 'its Content-Security-Policy has no script-src directive' });
    else if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push({ page, message: `its script-src allows unsafe code: ${scriptSrc}` });
    if (!/default-src 'self'/.test(csp)) problems.push({ page, message: "its Content-Security-Policy lacks default-src 'self'" });
  }
  const tags = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script>').replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '<style>');
  for (const match of tags.matchAll(/<[a-zA-Z][^>]*?\s(on[a-z]+)\s*=/g)) {
    problems.push({ page, message: `has an inline event handler (${match[1]}); attach listeners from a script instead` });
  }
  for (const match of tags.matchAll(/<([a-zA-Z][\w-]*)[^>]*?\sstyle\s*=/g)) {
    problems.push({ page, message: `has an inline style attribute on <${match[1]}>, which the CSP blocks; use a class` });
  }
  return problems;
}

const REQUIRED_META = [
  ['name', 'description'],
  ['property', 'og:title'],
  ['property', 'og:description'],
  ['property', 'og:url'],
  ['property', 'og:image'],
  ['property', 'og:type'],
  ['name', 'twitter:card'],
] as const;

/** The image an HTML page names as its preview, as a path under the site root (no base). */
export function previewImageOf(html: string, base: string): string | undefined {
  const image = metaContent(html, 'property', 'og:image');
  if (!image) return undefined;
  const pathname = new URL(image).pathname;
  return pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : undefined;
}

/**
 * Link previews: every page has a <title> no other page has, a description, a canonical URL,
 * Open Graph and Twitter card tags, and a preview image of 1200×630 that the build produced.
 * `imageSize` reads a built file's PNG dimensions (undefined when missing or not a PNG).
 */
export function checkPreviews(pages: ReadonlyMap<string, string>, base: string, imageSize: (file: string) => { width: number; height: number } | undefined): DistProblem[] {
  const problems: DistProblem[] = [];
  const titles = new Map<string, string>();
  for (const [page, html] of pages) {
    if (isRedirectPage(html)) continue;
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
    if (!title) problems.push({ page, message: 'has no <title>' });
    else if (titles.has(title)) problems.push({ page, message: `has the same <title> as ${titles.get(title)}: "${title}"` });
    else titles.set(title, page);
    if (!/<link rel="canonical" href="https:\/\/[^"]+"/.test(html)) problems.push({ page, message: 'has no absolute canonical URL' });
    for (const [attribute, name] of REQUIRED_META) {
      if (!metaContent(html, attribute, name)?.trim()) problems.push({ page, message: `has no <meta ${attribute}="${name}"> with content` });
    }
    const image = previewImageOf(html, base);
    if (!image) continue;
    const size = imageSize(image);
    if (!size) problems.push({ page, message: `its preview image ${image} was not built` });
    else if (size.width !== 1200 || size.height !== 630) problems.push({ page, message: `its preview image ${image} is ${size.width}×${size.height}, not 1200×630` });
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
