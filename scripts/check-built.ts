/**
 * Every check of a built site, over the site read once (src/built/site.ts): the manifest matches the
 * files; valid HTML by html-validate and by the W3C Nu validator; links and anchors resolve; the
 * security rules hold on every page; link previews match what the build declared; the permalink
 * contract holds; every page keeps its byte budget. Exits 1 on any problem, listing all of them.
 * Usage: node scripts/check-built.ts [--dir dist] [--base /] [--update-permalinks] [--weights file.json]
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { joinBase, normaliseBase } from '../src/core/base-path.ts';
import { formatProblem, type Problem } from '../src/core/problems.ts';
import { MANIFEST_FILE, permalinkManifest } from '../src/data/permalinks.ts';
import { checkLinks, checkPreviews, checkSecurity, pngSize } from '../src/built/checks.ts';
import { overBudget, PAGE_BUDGETS, weighPage, type PageWeight } from '../src/built/page-weight.ts';
import { checkPermalinks, observePermalinks, updateManifest } from '../src/built/permalinks.ts';
import { loadBuiltSite, manifestProblems } from '../src/built/site.ts';
import { BASE_PATH, OUT_DIR } from '../src/core/site-config.ts';
import type { PageKind } from '../src/lib/presentation/site-pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: OUT_DIR },
    base: { type: 'string', default: BASE_PATH },
    'update-permalinks': { type: 'boolean', default: false },
    weights: { type: 'string' },
  },
});
const site = loadBuiltSite(values.dir, normaliseBase(values.base));
const pages = site.pages();
const htmlPages = site.htmlPages();
const observed = observePermalinks(htmlPages, site.documents());

if (values['update-permalinks']) {
  await writeFile(MANIFEST_FILE, `${JSON.stringify(updateManifest(permalinkManifest, observed), null, 2)}\n`);
  const anchors = Object.values(observed).reduce((n, a) => n + a.length, 0);
  console.log(
    `Recorded ${Object.keys(observed).length} URLs and ${anchors} anchors in ${MANIFEST_FILE}. Review the diff before committing.`,
  );
  process.exit(0);
}

const problems: Problem[] = [...manifestProblems(site)];

const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const page of pages) {
  const report = await validator.validateString(page.html, page.file);
  for (const result of report.results) {
    for (const m of result.messages)
      problems.push({
        file: `${page.file}:${m.line}:${m.column}`,
        entry: 'html-validate',
        field: m.ruleId,
        value: m.selector ?? '',
        expected: m.message,
      });
  }
  problems.push(...checkSecurity(page));
}
problems.push(...nuValidatorProblems(pages.map((page) => page.file)));
problems.push(...checkLinks(pages, site.files, site.base));
problems.push(...checkPreviews(htmlPages, site.base, (file) => (site.files.has(file) ? pngSize(site.read(file)) : undefined)));
problems.push(...checkPermalinks(permalinkManifest, observed));

const weights: { page: string; kind: PageKind; weight: PageWeight }[] = [];
const origin = 'http://site.invalid';
const readUrlPath = (urlPath: string) => {
  if (!urlPath.startsWith(site.base)) return undefined;
  const file = decodeURIComponent(urlPath.slice(site.base.length));
  return site.files.has(file) ? site.read(file) : undefined;
};
for (const page of htmlPages) {
  const weight = weighPage(
    page.html,
    page.tree,
    `${origin}${joinBase(site.base, page.entry.path)}`,
    readUrlPath,
    (bytes) => gzipSync(bytes, { level: 9 }).length,
  );
  weights.push({ page: page.entry.path, kind: page.entry.kind, weight });
  for (const over of overBudget(weight, PAGE_BUDGETS[page.entry.kind])) {
    problems.push({
      file: page.file,
      entry: `${page.entry.kind} page ${page.entry.path}`,
      field: 'first view (gzip)',
      value: over,
      expected: `the budget in PAGE_BUDGETS (src/built/page-weight.ts)`,
    });
  }
}
if (values.weights) await writeFile(values.weights, `${JSON.stringify(weights, null, 2)}\n`);

const kb = (n: number) => (n / 1024).toFixed(1).padStart(5);
const rows = [...new Set(weights.map((w) => w.kind))].sort().map((kind) => {
  const of = weights.filter((w) => w.kind === kind);
  const heaviest = of.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
  const budget = PAGE_BUDGETS[kind];
  return `${kind.padEnd(10)} ${String(of.length).padStart(3)}  ${kb(heaviest.weight.html)} ${kb(heaviest.weight.css)} ${kb(heaviest.weight.js)} ${kb(heaviest.weight.total)}  ${kb(budget.js)} ${kb(budget.css)} ${kb(budget.total)}  ${heaviest.page}`;
});
console.log(
  `First view, gzip KB, heaviest page of each kind:\nkind       pages   html   css    js total | budget js  css total  page\n${rows.join('\n')}`,
);

if (problems.length > 0) {
  console.error(
    `\nThe built site in ${site.dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.map(formatProblem).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `Checked ${pages.length} pages and ${site.documents().length} documents: manifest, valid HTML (html-validate, Nu), links and anchors, security rules, previews, ${Object.keys(observed).length} permalinks, byte budgets.`,
);

/** The W3C Nu HTML checker (the vnu-jar package; needs a Java runtime) over the given built files. */
function nuValidatorProblems(files: readonly string[]): Problem[] {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync(
    'java',
    ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...files.map((f) => path.join(site.dir, f))],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error)
    return [
      {
        file: 'java',
        entry: 'W3C Nu validator',
        field: '',
        value: run.error.message,
        expected: 'a Java runtime on PATH (Debian: default-jre-headless)',
      },
    ];
  const report = JSON.parse(run.stdout || '{"messages":[]}') as {
    messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: `${m.url ? path.relative(site.dir, new URL(m.url).pathname) : '(unknown)'}:${m.lastLine ?? 0}`,
      entry: 'Nu validator',
      field: '',
      value: m.extract ?? '',
      expected: m.message,
    }));
}
