/**
 * A throwaway copy of the project for tests that run Astro (a build with a planted defect, the dev
 * server). The copy links to every installed package but keeps its own cache folders
 * (node_modules/.astro, .cache, .vite), so it never writes where a build of the real project reads,
 * even when the two run at the same time.
 */
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

export async function copyProject(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    await cp(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  await mkdir(path.join(dir, 'node_modules'));
  for (const entry of await readdir(path.join(PROJECT_ROOT, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    await symlink(path.join(PROJECT_ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry), 'dir');
  }
  return dir;
}

/** Astro's command line, run with the Node that runs the tests. */
export const ASTRO_BIN = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
