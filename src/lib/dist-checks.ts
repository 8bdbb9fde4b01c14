/**
 * Checks over the built site: every internal link and #anchor resolves, external links use https,
 * and every page keeps the security rules (a CSP without unsafe-inline scripts, no inline event
 * handlers, no inline style attributes). Pure functions over HTML text; scripts/check-dist.ts runs them.
 */
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

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
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
