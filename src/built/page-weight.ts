/**
 * What the first view of a page costs, in gzip bytes, and the budgets each kind of page must keep.
 * First view = the HTML, its stylesheets, its scripts and what they import statically, and the
 * icon; not what loads on intent (the search bundle and index) and not preview images, which only
 * link unfurlers fetch. Pure: file reading and compression are passed in.
 */
import type { PageKind } from '../lib/presentation/site-pages.ts';
import { all, attribute, textOf, type Root } from './html.ts';

export type ResourceKind = 'css' | 'js' | 'other';

export interface PageWeight {
  /** The HTML document, inline scripts included. */
  html: number;
  css: number;
  /** External scripts plus the inline ones (which are also inside `html`). */
  js: number;
  other: number;
  /** Everything transferred: html + css + external scripts + other. */
  total: number;
  requests: number;
}

/** The URLs a page loads on first view, by kind, in document order. */
export function firstViewResources(tree: Root): { url: string; kind: ResourceKind }[] {
  const found: { url: string; kind: ResourceKind }[] = [];
  for (const element of all('link[href], script[src], img[src]', tree)) {
    if (element.tagName === 'link') {
      const rel = attribute(element, 'rel') ?? '';
      const href = attribute(element, 'href')!;
      if (rel === 'stylesheet') found.push({ url: href, kind: 'css' });
      else if (rel === 'modulepreload') found.push({ url: href, kind: 'js' });
      else if (/\bicon\b/.test(rel)) found.push({ url: href, kind: 'other' });
    } else if (element.tagName === 'script') found.push({ url: attribute(element, 'src')!, kind: 'js' });
    else {
      const src = attribute(element, 'src')!;
      if (!src.startsWith('data:') && attribute(element, 'loading') !== 'lazy') found.push({ url: src, kind: 'other' });
    }
  }
  return found;
}

/** Modules a script imports statically (`import … from "x"`, `import "x"`), not `import(…)`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
}

export function inlineScripts(tree: Root): string[] {
  return all('script:not([src])', tree)
    .map(textOf)
    .filter((code) => code.trim() !== '');
}

/**
 * Weighs a page. `read` returns a site file's bytes by URL path (resolved against the page), or
 * undefined when the build has no such file, which is an error: a missing asset is a broken page.
 */
export function weighPage(
  html: string,
  tree: Root,
  pageUrl: string,
  read: (path: string) => Uint8Array | undefined,
  gzipSize: (bytes: Uint8Array) => number,
): PageWeight {
  const encoder = new TextEncoder();
  const weight: PageWeight = { html: gzipSize(encoder.encode(html)), css: 0, js: 0, other: 0, total: 0, requests: 1 };
  for (const code of inlineScripts(tree)) weight.js += gzipSize(encoder.encode(code));
  const seen = new Set<string>();
  const load = (url: string, kind: ResourceKind, from: string) => {
    const path = new URL(url, from).pathname;
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) throw new Error(`${new URL(pageUrl).pathname} loads ${path}, which the build does not have`);
    weight[kind] += gzipSize(bytes);
    weight.requests += 1;
    if (kind === 'js')
      for (const imported of staticImports(new TextDecoder().decode(bytes))) load(imported, 'js', new URL(path, from).href);
  };
  for (const { url, kind } of firstViewResources(tree)) load(url, kind, pageUrl);
  weight.total =
    weight.html + weight.css + weight.other + weight.js - inlineScripts(tree).reduce((n, code) => n + gzipSize(encoder.encode(code)), 0);
  return weight;
}

export interface Budget {
  js: number;
  css: number;
  total: number;
  /** Why this kind of page may cost more than the 2 / 8 / 15 KB a reading page gets. */
  why?: string;
}

const KB = 1024;
const READING: Budget = { js: 2 * KB, css: 8 * KB, total: 15 * KB };

export const PAGE_BUDGETS: Record<PageKind, Budget> = {
  home: READING,
  guide: {
    ...READING,
    js: 2.5 * KB,
    total: 24 * KB,
    why: 'a guide page carries its sourced tables, per-release command cards (nine releases each since CentOS 7 and CentOS Stream 9 joined the command reference), its whole source list (about 3 KB gzip on its own) and the "copy link for a wiki" block (0.3 KB); the lighter half of the guide fits 15 KB, the heaviest pages do not. Pages with the lifecycle timeline or the lineage graph load the 0.3 KB script that opens them at today and at AL2023 (2.3 KB of JavaScript measured)',
  },
  release: {
    ...READING,
    total: 19 * KB,
    why: 'a release page also lists its column of the command reference (91 tasks by category, about 6 KB gzip) and its porting paths, so a reader can work from one page; heaviest measured 18.0 KB',
  },
  releases: READING,
  task: {
    ...READING,
    js: 2.5 * KB,
    why: 'a task page also loads the 0.4 KB loader of the compare view beside the scripts every page has (2.0 KB measured)',
  },
  ports: READING,
  port: {
    ...READING,
    total: 32 * KB,
    why: 'a porting page shows both commands of every task that changes (40 to 70 of the 91 tasks, about 15 KB gzip) so a team can work from one page; the checklists are separate files fetched on copy. Each unknown command the data settles can add a row with two commands: after eleven were settled on 2026-12-02 the heaviest, /port/centos-stream9-to-al1/, weighed 31.2 KB (it was 30.7 KB)',
  },
  api: READING,
  search: { ...READING, js: 8 * KB, why: 'the search page runs the search client as soon as it opens, instead of on intent' },
  'not-found': READING,
  tools: READING,
  matrix: {
    ...READING,
    total: 40 * KB,
    js: 2.5 * KB,
    why: 'every task on every tracked release in one table (about 90 × 7 cells), so a reader can scan and compare without opening each task; it loads the compare view loader too (2.0 KB of JavaScript measured)',
  },
  tool: {
    ...READING,
    js: 18 * KB,
    total: 35 * KB,
    why: 'the parsers and rules run in the browser, so that nothing pasted leaves it; the port check carries 26 rules and the findings checklist, and every page the 2.0 KB shared script (17.0 KB of JavaScript on 2026-12-02)',
  },
};

/** Each way a page breaks its budget, in words with both figures. */
export function overBudget(weight: PageWeight, budget: Budget): string[] {
  const problems: string[] = [];
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  if (weight.js > budget.js) problems.push(`JavaScript ${kb(weight.js)} > ${kb(budget.js)}`);
  if (weight.css > budget.css) problems.push(`CSS ${kb(weight.css)} > ${kb(budget.css)}`);
  if (weight.total > budget.total) problems.push(`total ${kb(weight.total)} > ${kb(budget.total)}`);
  return problems;
}
