/**
 * The permalink contract over a build (see src/built/permalinks.ts).
 * Usage: node scripts/permalinks.ts [--dir dist]           check: exit 1 when a URL or anchor broke
 *        node scripts/permalinks.ts [--dir dist] --write   record the build's URLs and anchors
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkPermalinks, MANIFEST_FILE, observePermalinks, updateManifest } from '../src/built/permalinks.ts';
import { readPermalinkManifest } from '../src/integrations/permalinks.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' }, write: { type: 'boolean', default: false } },
});
const root = path.resolve(values.dir);

const files = new Map<string, string | undefined>();
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  files.set(file, file.endsWith('.html') ? await readFile(path.join(root, file), 'utf8') : undefined);
}
const manifest = await readPermalinkManifest();
const observed = observePermalinks(files);

if (values.write) {
  await writeFile(MANIFEST_FILE, `${JSON.stringify(updateManifest(manifest, observed), null, 2)}\n`);
  const anchors = Object.values(observed).reduce((n, a) => n + a.length, 0);
  console.log(
    `Recorded ${Object.keys(observed).length} URLs and ${anchors} anchors in ${MANIFEST_FILE}. Review the diff before committing.`,
  );
} else {
  const problems = checkPermalinks(manifest, observed);
  if (problems.length > 0) {
    const shown = problems.slice(0, 30);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    console.error(`The permalink contract is broken (${problems.length}):\n  ${shown.join('\n  ')}${more}`);
    process.exit(1);
  }
  console.log(
    `Permalinks hold: ${Object.keys(manifest.pages).length} URLs and their anchors, ${Object.keys(manifest.redirects).length} redirects, ${Object.keys(manifest.anchorAliases).length} anchor aliases.`,
  );
}
