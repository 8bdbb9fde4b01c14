/**
 * Byte budgets: weighs the first view of every built page (gzip) and fails when one is over its
 * budget (src/built/page-weight.ts). Bytes only, so the result is the same on every run.
 * Usage: node scripts/check-budgets.ts [--dir dist] [--json file]
 */
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { overBudget, PAGE_BUDGETS, pageType, weighPage, type PageType, type PageWeight } from '../src/built/page-weight.ts';
import { isRedirectPage } from '../src/built/html-text.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' }, json: { type: 'string' } } });
const root = path.resolve(values.dir);
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const origin = 'http://site.invalid';

const read = (urlPath: string): Uint8Array | undefined => {
  if (!urlPath.startsWith(base)) return undefined;
  try {
    return readFileSync(path.join(root, decodeURIComponent(urlPath.slice(base.length))));
  } catch {
    return undefined;
  }
};
const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

const problems: string[] = [];
const weights: { page: string; type: PageType; weight: PageWeight }[] = [];
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  const html = readFileSync(path.join(root, file), 'utf8');
  if (isRedirectPage(html)) continue;
  const type = pageType(file);
  if (!type) {
    problems.push(`${file}: no budget applies; add its kind of page to pageType() and PAGE_BUDGETS in src/built/page-weight.ts`);
    continue;
  }
  const weight = weighPage(html, `${origin}${base}${file.replace(/index\.html$/, '')}`, read, gzipSize);
  weights.push({ page: file, type, weight });
  for (const problem of overBudget(weight, PAGE_BUDGETS[type])) problems.push(`${file} (${type}): ${problem}`);
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(5);
const rows = [...new Set(weights.map((w) => w.type))].sort().map((type) => {
  const of = weights.filter((w) => w.type === type);
  const heaviest = of.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
  const budget = PAGE_BUDGETS[type];
  return `${type.padEnd(10)} ${String(of.length).padStart(3)}  ${kb(heaviest.weight.html)} ${kb(heaviest.weight.css)} ${kb(heaviest.weight.js)} ${kb(heaviest.weight.total)}  ${kb(budget.js)} ${kb(budget.css)} ${kb(budget.total)}  ${heaviest.page}`;
});
console.log(
  `First view, gzip KB, heaviest page of each kind:\nkind       pages   html   css    js total | budget js  css total  page\n${rows.join('\n')}`,
);
if (values.json) await writeFile(values.json, `${JSON.stringify(weights, null, 2)}\n`);

if (problems.length > 0) {
  console.error(`\n${problems.length} page${problems.length === 1 ? ' is' : 's are'} over budget:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`All ${weights.length} pages are within their budgets.`);
