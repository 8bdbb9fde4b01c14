/**
 * Runs queries against the built Pagefind index in Node (no browser) and prints the top results,
 * to tune indexing and ranking. Usage: node bench/search-eval.ts [dist] [query ...]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_QUERIES } from '../e2e/search-queries.ts';
import { searchAll } from '../src/lib/search/search-query.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const dir = path.join(dist, 'pagefind');
const FAKE = 'http://pagefind.local/pagefind/';
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith(FAKE)) return realFetch(input, init);
  try {
    return new Response(await readFile(path.join(dir, new URL(url).pathname.replace('/pagefind/', ''))));
  } catch {
    return new Response('not found', { status: 404 });
  }
}) as typeof fetch;

const pagefind = await import(pathToFileURL(path.join(dir, 'pagefind.js')).href);
await pagefind.options({ basePath: FAKE, baseUrl: '/' });
await pagefind.init('en');

const shortcuts = JSON.parse(await readFile(path.join(dist, 'search-shortcuts.json'), 'utf8'));
const queries = process.argv.length > 3 ? process.argv.slice(3).map((q) => ({ query: q, expect: '' })) : SEARCH_QUERIES;
let misses = 0;
for (const { query, expect } of queries) {
  const results = await searchAll(pagefind, query, {}, shortcuts);
  const top = results.slice(0, 3).map((r) => r.url);
  const hit = expect && top.some((url) => url.startsWith(expect));
  if (expect && !hit) misses++;
  console.log(
    `${hit ? 'ok  ' : expect ? 'MISS' : '    '} ${JSON.stringify(query)} → ${top.join('  ')}${expect && !hit ? `   (want ${expect})` : ''}`,
  );
}
if (misses) console.log(`${misses} of ${queries.length} expected results not in the top 3`);
