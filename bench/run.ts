/**
 * npm run bench: builds the site and measures what a reader gets and what a writer waits for.
 * - first-view bytes of every page, by kind (gzip), against the budgets in src/built/page-weight.ts;
 * - search in Chromium: bytes fetched and time to results for the first query after opening search,
 *   the time later keystrokes take once the index is warm, and the ranking on the realistic queries
 *   of e2e/search-queries.ts (hit@1, hit@3, mean reciprocal rank) typed into the dialog;
 * - Lighthouse (mobile profile) on the pages the performance issue names;
 * - build seconds for the real site and for the site plus 500 generated guide pages, split by phase
 *   (Astro's timed steps and the project's own hooks, read from the build log: src/built/build-phases.ts).
 * - last, the side-by-side run against Starlight and a bare Astro floor on the same generated corpus
 *   (bench/anchor.sh, the shared anchor benchmark on a fresh clone of HEAD; about 12 minutes).
 * Prints a table and writes bench-results/bench.json. Timings vary between runs; that is why they
 * live here and not in the tests.
 * Options: --skip-lighthouse, --skip-scale, --skip-anchor, --runs N (search repetitions, default 5), --port N (default 4390).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { phasesOfLog, type Phase } from '../src/built/build-phases.ts';
import { PAGE_BUDGETS, weighPage, type PageWeight } from '../src/built/page-weight.ts';
import { loadBuiltSite } from '../src/built/site.ts';
import type { PageKind } from '../src/lib/presentation/site-pages.ts';
import { SEARCH_QUERIES, rankOf, resultsInDialog, scoreRanking, type RankingScore } from '../e2e/search-queries.ts';

const { values } = parseArgs({
  options: {
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    'skip-anchor': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4390' },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench-results');
const DIST = path.join(OUT, 'dist');
const PORT = Number(values.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM =
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function build(cwd: string, outDir: string): { seconds: number; phases: Phase[] } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, phases: phasesOfLog(`${result.stdout}\n${result.stderr}`) };
}

const countPages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;

// 1. Build the real site.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const { seconds: buildSeconds, phases: buildPhases } = build(ROOT, DIST);
const pageCount = countPages(DIST);
console.log(`Built ${pageCount} pages in ${buildSeconds.toFixed(1)} s; measuring…`);

// 2. First-view bytes of every page.
const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const read = (urlPath: string) => {
  try {
    return readFileSync(path.join(DIST, decodeURIComponent(urlPath.slice(1))));
  } catch {
    return undefined;
  }
};
const weights: { page: string; type: PageKind; weight: PageWeight }[] = loadBuiltSite(DIST, '/')
  .htmlPages()
  .map(({ entry, html, tree }) => ({
    page: entry.path,
    type: entry.kind,
    weight: weighPage(html, tree, `${ORIGIN}${entry.path}`, read, gzipSize),
  }));
const byKind = [...new Set(weights.map((w) => w.type))].sort().map((type) => {
  const of = weights.filter((w) => w.type === type);
  const pick = (key: keyof PageWeight) => ({
    median: median(of.map((w) => w.weight[key])),
    max: Math.max(...of.map((w) => w.weight[key])),
  });
  return {
    type,
    pages: of.length,
    html: pick('html'),
    css: pick('css'),
    js: pick('js'),
    total: pick('total'),
    requests: pick('requests'),
    budget: PAGE_BUDGETS[type],
  };
});

// 3. Search and Lighthouse against the built site.
const server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.ts'), '--port', String(PORT), '--dir', DIST], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));

interface SearchRun {
  firstQueryMs: number;
  firstQueryBytes: number;
  /** What the first query fetched: path → bytes as a compressing host would send them. */
  firstQueryFiles: Record<string, number>;
  laterKeystrokeMs: number[];
}

async function measureSearch(): Promise<SearchRun> {
  const browser = await chromium.launch(CHROMIUM ? { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] } : {});
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/guide/overview/`, { waitUntil: 'networkidle' });
  const files: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => {
          // What a host that compresses text would send; Pagefind's index files are gzip already.
          const precompressed = /\.pf_(fragment|index|meta)$|\.pagefind$/.test(response.url());
          files[new URL(response.url()).pathname] = precompressed ? body.length : gzipSize(body);
        },
        () => undefined,
      ),
    ),
  );
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
  /** Types a query as one input event and resolves when the status line reports the results. */
  const timeQuery = (query: string) =>
    page.evaluate(
      (q) =>
        new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`search showed no results for “${q}” within 10 s`)), 10_000);
          const input = document.querySelector<HTMLInputElement>('#search-dialog-input, dialog[open] input[type=search]')!;
          const status = document.querySelector('#search-dialog-status')!;
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (/result/.test(status.textContent ?? '') && status.textContent!.includes(q)) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
  const firstQueryMs = await timeQuery('selinux status');
  await Promise.all(pending);
  const firstQueryFiles = { ...files };
  const firstQueryBytes = Object.values(firstQueryFiles).reduce((a, b) => a + b, 0);
  const laterKeystrokeMs: number[] = [];
  for (const query of ['selinux statu', 'sestatus', 'kernel-devel', 'amazon-linux-extras', 'chrony', 'dnf install'])
    laterKeystrokeMs.push(await timeQuery(query));
  await browser.close();
  return { firstQueryMs, firstQueryBytes, firstQueryFiles, laterKeystrokeMs };
}

const searchRuns: SearchRun[] = [];
for (let i = 0; i < Number(values.runs); i += 1) searchRuns.push(await measureSearch());
const search = {
  runs: searchRuns.length,
  firstQueryMs: median(searchRuns.map((r) => r.firstQueryMs)),
  firstQueryBytes: median(searchRuns.map((r) => r.firstQueryBytes)),
  laterKeystrokeMsMedian: median(searchRuns.flatMap((r) => r.laterKeystrokeMs)),
  laterKeystrokeMsMax: Math.max(...searchRuns.flatMap((r) => r.laterKeystrokeMs)),
  firstQueryFiles: searchRuns[0]?.firstQueryFiles ?? {},
};
console.log(`Search: ${searchRuns.length} runs done`);

/** The ranking on the realistic queries, typed into the dialog of a built page. */
async function measureRanking(): Promise<RankingScore> {
  const browser = await chromium.launch(CHROMIUM ? { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] } : {});
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/guide/overview/?q=search`, { waitUntil: 'networkidle' });
  await page.locator('#search-dialog-results[aria-busy="false"]').waitFor({ state: 'attached' });
  const answers = await resultsInDialog(
    page,
    SEARCH_QUERIES.map((c) => c.query),
  );
  await browser.close();
  return scoreRanking(SEARCH_QUERIES.map(({ expect }, i) => rankOf(expect, answers[i]!)));
}
const ranking = await measureRanking();

const LIGHTHOUSE_PAGES = [
  '',
  'guide/identify/',
  'commands/',
  'commands/install-package/',
  'releases/al2023/',
  'tools/identify/',
  'tools/port-check/',
];
const lighthouseScores: { page: string; scores: Record<string, number> }[] = [];
if (!values['skip-lighthouse']) {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  for (const page of LIGHTHOUSE_PAGES) {
    const chrome = await launch({ ...(CHROMIUM ? { chromePath: CHROMIUM } : {}), chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(`${ORIGIN}/${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = result?.lhr.categories ?? {};
      lighthouseScores.push({
        page: `/${page}`,
        scores: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
      });
    } finally {
      await chrome.kill();
    }
  }
}
server.kill();

// 4. Build time as the site grows: a copy of the project with 500 generated guide pages.
let scale: { pages: number; seconds: number; phases: Phase[] } | undefined;
if (!values['skip-scale']) {
  const copy = path.join(os.tmpdir(), `field-guide-scale-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy);
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'])
    cpSync(path.join(ROOT, item), path.join(copy, item), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  for (let i = 1; i <= 500; i += 1) {
    writeFileSync(
      path.join(copy, 'content/docs', `generated-${i}.mdx`),
      `---\ntitle: Generated admin page ${i}\ndescription: A generated page to measure how the build scales, number ${i}.\nsection: porting\norder: ${100 + i}\n---\n\n` +
        `Install and check a package on <Release id="al2023" /> and <Release id="rhel9" />.\n\n## Install {#install-${i}}\n\n<Command id="install-package" from="rhel9" to="al2023" />\n\n` +
        `## Check the release {#check-${i}}\n\nRead \`/etc/os-release\` and compare \`VERSION_ID\`; AL2023 reports <ReleaseFact release="al2023" fact="versionId" />.\n\n` +
        `| Task | Where |\n| --- | --- |\n| Packages | dnf |\n| Services | systemctl |\n`,
    );
  }
  const { seconds, phases } = build(copy, path.join(copy, 'dist'));
  scale = { pages: countPages(path.join(copy, 'dist')), seconds, phases };
  rmSync(copy, { recursive: true, force: true });
}

// 5. Report.
const report = {
  measuredOn: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${CHROMIUM ?? 'Playwright Chromium'}`,
  build: { pages: pageCount, seconds: buildSeconds, secondsPerPage: buildSeconds / pageCount, phases: buildPhases },
  scale: scale && { ...scale, secondsPerPage: scale.seconds / scale.pages },
  pages: byKind,
  search,
  ranking,
  lighthouse: lighthouseScores,
  everyPage: weights,
};
writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

const rows = byKind.map(
  (k) =>
    `| ${k.type} | ${k.pages} | ${kb(k.html.max)} | ${kb(k.css.max)} | ${kb(k.js.max)} | ${kb(k.total.median)} | ${kb(k.total.max)} | ${kb(k.budget.total)} | ${k.requests.max} |`,
);
console.log(`\nMeasured ${report.measuredOn} on ${report.machine}\n`);
console.log(
  `| Page kind | Pages | HTML (max) | CSS (max) | JS (max) | Total (median) | Total (max) | Budget | Requests |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}`,
);
console.log(
  `\nSearch (median of ${search.runs} cold runs): first query fetches ${kb(search.firstQueryBytes)} and shows results in ${search.firstQueryMs.toFixed(0)} ms; ` +
    `later keystrokes ${search.laterKeystrokeMsMedian.toFixed(1)} ms median, ${search.laterKeystrokeMsMax.toFixed(1)} ms max.`,
);
console.log(
  `First query's files: ${Object.entries(search.firstQueryFiles)
    .sort((a, b) => b[1] - a[1])
    .map(([file, bytes]) => `${file.replace(/^.*\//, '')} ${kb(bytes)}`)
    .join(', ')}`,
);
console.log(
  `Search ranking on ${ranking.queries} realistic queries: hit@1 ${(ranking.hitAt1 * 100).toFixed(1)} %, ` +
    `hit@3 ${(ranking.hitAt3 * 100).toFixed(1)} %, mean reciprocal rank ${ranking.meanReciprocalRank.toFixed(3)}.`,
);
if (lighthouseScores.length > 0) {
  console.log(`\n| Lighthouse (mobile) | Performance | Accessibility | Best practices | SEO |\n| --- | --- | --- | --- | --- |`);
  for (const { page, scores } of lighthouseScores)
    console.log(`| ${page} | ${scores['performance']} | ${scores['accessibility']} | ${scores['best-practices']} | ${scores['seo']} |`);
}
console.log(`\nBuild: ${pageCount} pages in ${buildSeconds.toFixed(1)} s (${((buildSeconds / pageCount) * 1000).toFixed(0)} ms per page)`);
if (scale)
  console.log(
    `Build with 500 generated pages: ${scale.pages} pages in ${scale.seconds.toFixed(1)} s (${((scale.seconds / scale.pages) * 1000).toFixed(0)} ms per page)`,
  );
const phaseNames = [...new Set([...buildPhases, ...(scale?.phases ?? [])].map((p) => p.name))];
const phaseSeconds = (phases: Phase[], name: string) => phases.filter((p) => p.name === name).reduce((sum, p) => sum + p.seconds, 0);
console.log(`\n| Build phase | Real site (s) |${scale ? ' With 500 generated pages (s) |' : ''}\n| --- | --- |${scale ? ' --- |' : ''}`);
for (const name of phaseNames)
  console.log(
    `| ${name} | ${phaseSeconds(buildPhases, name).toFixed(2)} |${scale ? ` ${phaseSeconds(scale.phases, name).toFixed(2)} |` : ''}`,
  );
console.log(
  `| whole build, with Node's start and what no phase names | ${buildSeconds.toFixed(2)} |${scale ? ` ${scale.seconds.toFixed(2)} |` : ''}`,
);
console.log(`\nWrote ${path.relative(ROOT, path.join(OUT, 'bench.json'))}`);

if (!values['skip-anchor']) {
  console.log('\nSide by side with Starlight and a bare Astro floor (bench/anchor.sh):');
  const anchor = spawnSync('bash', [path.join(ROOT, 'bench/anchor.sh'), 'npm-run-bench'], { stdio: 'inherit' });
  if (anchor.status !== 0) process.exitCode = anchor.status ?? 1;
}
