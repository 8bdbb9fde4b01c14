import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../lib/presentation/site-pages.ts';
import { parseHtml } from './html.ts';
import { firstViewResources, inlineScripts, overBudget, PAGE_BUDGETS, staticImports, weighPage } from './page-weight.ts';

const files: Record<string, string> = {
  '/_astro/style.css': 'body{color:red}',
  '/_astro/page.js': 'import{a}from"./shared.js";import"./side.js";const m=()=>import("./lazy.js");',
  '/_astro/shared.js': 'export const a=1;',
  '/_astro/side.js': 'console.log(1)',
  '/_astro/lazy.js': 'x'.repeat(10_000),
  '/favicon.svg': '<svg/>',
};
const read = (path: string) => (files[path] === undefined ? undefined : new TextEncoder().encode(files[path]));
/** Size in bytes stands in for gzip, so the sums are easy to check. */
const size = (bytes: Uint8Array) => bytes.length;
const page = (body = '') =>
  `<html><head><link rel="stylesheet" href="/_astro/style.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/x/"><script>inline()</script><script type="module" src="/_astro/page.js"></script></head><body>${body}</body></html>`;

describe('first-view weight', () => {
  it('finds stylesheets, scripts, the icon and eager images, not canonical links or lazy images', () => {
    expect(firstViewResources(parseHtml(page('<img src="/a.png"><img src="/b.png" loading="lazy">')))).toEqual([
      { url: '/_astro/style.css', kind: 'css' },
      { url: '/favicon.svg', kind: 'other' },
      { url: '/_astro/page.js', kind: 'js' },
      { url: '/a.png', kind: 'other' },
    ]);
  });

  it('follows static imports but not dynamic ones', () => {
    expect(staticImports(files['/_astro/page.js']!)).toEqual(['./shared.js', './side.js']);
    expect(inlineScripts(parseHtml(page()))).toEqual(['inline()']);
  });

  it('adds up the HTML, the stylesheet, the scripts with their static imports and the icon', () => {
    const html = page();
    const weight = weighPage(html, parseHtml(html), 'http://site.invalid/x/', read, size);
    const js = 'inline()'.length + files['/_astro/page.js']!.length + files['/_astro/shared.js']!.length + files['/_astro/side.js']!.length;
    expect(weight).toEqual({
      html: html.length,
      css: files['/_astro/style.css']!.length,
      js,
      other: files['/favicon.svg']!.length,
      total: html.length + files['/_astro/style.css']!.length + files['/favicon.svg']!.length + js - 'inline()'.length,
      requests: 6,
    });
  });

  it('fails, naming the page and the file, when a page loads something the build lacks', () => {
    const gone = '<script type="module" src="/_astro/gone.js"></script>';
    expect(() => weighPage(gone, parseHtml(gone), 'http://site.invalid/x/', read, size)).toThrow(
      '/x/ loads /_astro/gone.js, which the build does not have',
    );
  });
});

describe('budgets', () => {
  it('has a budget for every kind of page the site declares', () => {
    expect(Object.keys(PAGE_BUDGETS).sort()).toEqual([...PAGE_KINDS].sort());
  });

  it('reports each limit a page breaks, with both figures', () => {
    const heavy = { html: 14_000, css: 9_000, js: 3_000, other: 0, total: 26_000, requests: 3 };
    expect(overBudget(heavy, PAGE_BUDGETS.home)).toEqual(['JavaScript 2.9 KB > 2.0 KB', 'CSS 8.8 KB > 8.0 KB', 'total 25.4 KB > 15.0 KB']);
    expect(overBudget({ ...heavy, css: 4_000, js: 1_000, total: 10_000 }, PAGE_BUDGETS.task)).toEqual([]);
  });

  it('gives every page kind that exceeds the reading budget a reason', () => {
    for (const budget of Object.values(PAGE_BUDGETS)) {
      if (budget.total > 15 * 1024 || budget.js > 2 * 1024) expect(budget.why).toBeTruthy();
    }
  });
});
