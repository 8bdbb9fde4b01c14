/**
 * Checks the built site in dist/: valid HTML (html-validate), internal links and anchors,
 * https for external links, the per-page security rules, and link previews. Exits 1 on any problem.
 * Usage: node scripts/check-dist.ts [--dir dist] [--base /]
 */
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { checkLinks, checkPreviews, checkSecurity, formatDistProblem, pngSize, type DistProblem } from '../src/built/dist-checks.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' } },
});
const root = path.resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const entries = await readdir(root, { recursive: true, withFileTypes: true });
const files = new Set(
  entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
);
const htmlFiles = [...files].filter((f) => f.endsWith('.html')).sort();
const pages = new Map<string, string>();
for (const file of htmlFiles) pages.set(file, await readFile(path.join(root, file), 'utf8'));

const problems: DistProblem[] = [];
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const file of htmlFiles) {
  const report = await validator.validateString(pages.get(file)!, file);
  for (const result of report.results) {
    for (const m of result.messages) problems.push({ page: file, message: `line ${m.line}: ${m.message} (html-validate ${m.ruleId})` });
  }
  problems.push(...checkSecurity(file, pages.get(file)!));
}
problems.push(...checkLinks(pages, files, base));
problems.push(...checkPreviews(pages, base, (file) => (files.has(file) ? pngSize(readFileSync(path.join(root, file))) : undefined)));

if (problems.length > 0) {
  console.error(
    `The built site has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.map(formatDistProblem).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `Checked ${htmlFiles.length} pages: valid HTML, links and anchors resolve, security rules hold, every page has its preview tags and a 1200×630 image.`,
);
