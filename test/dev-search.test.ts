/**
 * Search works under `astro dev`: the dev server crawls its own pages when it starts, indexes them
 * in memory and serves the index, so a query finds the expected task.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { ASTRO_BIN, copyProject } from './project-copy.ts';

const port = 4398;
let server: ChildProcess | undefined;
let scratch: string | undefined;

let project: string | undefined;

afterAll(async () => {
  server?.kill('SIGTERM');
  for (const dir of [scratch, project]) if (dir) await rm(dir, { recursive: true, force: true });
});

test('the dev server builds and serves a search index that answers queries', async () => {
  // The dev server must run as it would for a developer, not inside the test runner's mode.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|VITE_|TEST|NODE_ENV)/.test(key)));
  // In a copy: the dev server writes Astro's caches, which a build running beside the tests reads.
  project = await copyProject('field-guide-dev-');
  server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: { ...env, NO_COLOR: '1' },
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no dev search index after 90 s:\n${log}`)), 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (/Search index for the dev server: \d+ pages/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.on('exit', (code) => reject(new Error(`dev server exited with ${code}:\n${log}`)));
  });
  expect(log).toMatch(/Search index for the dev server: (\d{2,}) pages/);

  // Node cannot import a module over http, so the served pagefind.js is saved and imported from disk.
  const origin = `http://127.0.0.1:${port}`;
  scratch = await mkdtemp(path.join(tmpdir(), 'dev-search-'));
  const moduleFile = path.join(scratch, 'pagefind.mjs');
  await writeFile(moduleFile, await (await fetch(`${origin}/pagefind/pagefind.js`)).text());
  const pagefind = await import(/* @vite-ignore */ pathToFileURL(moduleFile).href);
  await pagefind.options({ basePath: `${origin}/pagefind/`, baseUrl: '/' });
  await pagefind.init('en');
  const search = await pagefind.search('sestatus');
  const urls = await Promise.all(search.results.slice(0, 3).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  expect(urls).toContain('/commands/selinux-status/');
}, 120_000);
