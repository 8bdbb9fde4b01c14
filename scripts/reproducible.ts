/**
 * Builds the site twice from the same sources with the same SOURCE_DATE_EPOCH into two folders, the
 * first without the preview-image cache and the second with it, and compares them byte for byte: the
 * build is reproducible and the cache changes nothing. Exits 1 and lists the differing files otherwise.
 * Usage: node scripts/reproducible.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const epoch = process.env['SOURCE_DATE_EPOCH'] ?? String(Math.floor(Date.UTC(2026, 10, 26) / 1000));
const astro = path.resolve('node_modules/astro/bin/astro.mjs');

async function buildInto(dir: string, previewCache: 'on' | 'off'): Promise<Map<string, string>> {
  execFileSync(process.execPath, [astro, 'build'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch, OUT_DIR: dir, PREVIEW_CACHE: previewCache },
    stdio: 'ignore',
  });
  const hashes = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(
      path.relative(dir, file),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return hashes;
}

const root = await mkdtemp(path.join(tmpdir(), 'field-guide-repro-'));
try {
  const first = await buildInto(path.join(root, 'a'), 'off');
  const second = await buildInto(path.join(root, 'b'), 'on');
  const names = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differing = names.filter((name) => first.get(name) !== second.get(name));
  if (differing.length > 0) {
    console.error(
      `Two builds with SOURCE_DATE_EPOCH=${epoch}, without and with the preview cache, differ in ${differing.length} of ${names.length} files:\n  ${differing.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Two builds with SOURCE_DATE_EPOCH=${epoch}, without and with the preview cache, are byte-identical (${names.length} files).`,
    );
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
