/**
 * Runs queries against the built Pagefind index in Node (no browser) and prints the top results,
 * with hit@1, hit@3 and mean reciprocal rank, to tune indexing and ranking. Usage: node bench/search-eval.ts [dist] [query ...]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_QUERIES, rankOf, scoreRanking } from '../e2e/search-queries.ts';
import { searchAll } from '../src/lib/search/search-query.ts';
import { restoreShortcuts } from '../src/lib/search/search-shortcuts.ts';

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

const shortcuts = restoreShortcuts(JSON.parse(await readFile(path.join(dist, 'search-shortcuts.json'), 'utf8')), '/');
const queries = process.argv.length > 3 ? process.argv.slice(3).map((q) => ({ query: q, expect: '' })) : SEARCH_QUERIES;
const ranks: number[] = [];
for (const { query, expect } of queries) {
  const results = (await searchAll(pagefind, query, {}, shortcuts)).map((r) => r.url);
  const rank = rankOf(expect, results);
  if (expect) ranks.push(rank);
  const mark = !expect ? '    ' : rank === 1 ? 'ok  ' : rank > 0 && rank <= 3 ? `#${rank}  ` : 'MISS';
  console.log(`${mark} ${JSON.stringify(query)} → ${results.slice(0, 3).join('  ')}${expect && rank !== 1 ? `   (want ${expect})` : ''}`);
}
if (ranks.length > 0) {
  const { queries: n, hitAt1, hitAt3, meanReciprocalRank } = scoreRanking(ranks);
  console.log(
    `${n} queries: hit@1 ${(hitAt1 * 100).toFixed(1)} %, hit@3 ${(hitAt3 * 100).toFixed(1)} %, MRR ${meanReciprocalRank.toFixed(3)}`,
  );
}
