import { describe, expect, test } from 'vitest';
import { bestSection, queryVariants, searchAll, toHit, type PagefindApi, type PagefindResultData } from './search-query.ts';
import type { Shortcut } from './search-shortcuts.ts';

describe('queryVariants', () => {
  test('adds the form with punctuation turned into spaces, which Pagefind would otherwise glue together', () => {
    expect(queryVariants('  /etc/os-release ')).toEqual(['/etc/os-release', 'etc os release']);
    expect(queryVariants('kernel-devel')).toEqual(['kernel-devel', 'kernel devel']);
  });

  test('keeps a plain query as it is, and has nothing to search for an empty one', () => {
    expect(queryVariants('sestatus   selinux')).toEqual(['sestatus selinux']);
    expect(queryVariants('   ')).toEqual([]);
    expect(queryVariants('---')).toEqual(['---']);
  });
});

const page = (url: string, subs: { id: string; title: string; score: number }[]): PagefindResultData => ({
  url,
  excerpt: `page ${url}`,
  meta: { title: 'Page title' },
  filters: { kind: ['command'] },
  sub_results: subs.map((sub) => ({
    title: sub.title,
    url: `${url}#${sub.id}`,
    excerpt: `section ${sub.id}`,
    anchor: { element: 'h2', id: sub.id, location: 0 },
    weighted_locations: [{ weight: 1, balanced_score: sub.score, location: 0 }],
  })),
});

describe('choosing the section a result opens', () => {
  test('opens the clearly best section', () => {
    const data = page('/commands/x/', [
      { id: 'al2', title: 'AL2', score: 1 },
      { id: 'al2023', title: 'AL2023', score: 3 },
    ]);
    expect(bestSection(data)?.url).toBe('/commands/x/#al2023');
    expect(toHit(data)).toEqual({
      url: '/commands/x/#al2023',
      title: 'Page title',
      section: 'AL2023',
      excerpt: 'section al2023',
      kind: 'command',
    });
  });

  test('opens the page itself when sections tie, unless a named release prefers one', () => {
    const data = page('/commands/x/', [
      { id: 'al2', title: 'AL2', score: 2 },
      { id: 'rhel9', title: 'RHEL 9', score: 2 },
    ]);
    expect(bestSection(data)).toBeUndefined();
    expect(toHit(data)).toEqual({ url: '/commands/x/', title: 'Page title', excerpt: 'page /commands/x/', kind: 'command' });
    expect(toHit(data, ['rhel9']).url).toBe('/commands/x/#rhel9');
  });
});

/** A Pagefind stand-in that answers each query from a table and records what it was asked. */
function fakePagefind(answers: Record<string, PagefindResultData[]>): PagefindApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(query, options) {
      asked.push(options?.filters ? `${query} ${JSON.stringify(options.filters)}` : query);
      const results = answers[query] ?? [];
      return { results: results.map((data) => ({ id: data.url, score: 1, data: async () => data })) };
    },
  };
}

const al2: Shortcut = {
  terms: ['al2'],
  url: '/releases/al2/',
  title: 'Amazon Linux 2',
  kind: 'release',
  releases: ['al2'],
  summary: 'AL2 <2017>',
};

describe('searchAll', () => {
  test('merges the typed and the split form without duplicates, typed hits first', async () => {
    const pagefind = fakePagefind({
      'os-release': [page('/guide/identify/', [])],
      'os release': [page('/guide/identify/', []), page('/releases/al2023/', [])],
    });
    const hits = await searchAll(pagefind, 'os-release', {});
    expect(hits.map((hit) => hit.url)).toEqual(['/guide/identify/', '/releases/al2023/']);
    expect(pagefind.asked).toEqual(['os-release', 'os release']);
  });

  test('puts the page a query names first, with its summary escaped', async () => {
    const pagefind = fakePagefind({ AL2: [page('/releases/al2/', []), page('/releases/al2023/', [])] });
    const hits = await searchAll(pagefind, 'AL2', {}, [al2]);
    expect(hits.map((hit) => hit.url)).toEqual(['/releases/al2/', '/releases/al2023/']);
    expect(hits[0]!.excerpt).toBe('AL2 &lt;2017&gt;');
  });

  test('searches the rest of the query within a named release, then shows the release page third', async () => {
    const pagefind = fakePagefind({
      epel: [page('/commands/enable-epel/', []), page('/guide/packages/', []), page('/commands/other/', [])],
    });
    const hits = await searchAll(pagefind, 'al2 epel', {}, [al2]);
    expect(pagefind.asked[0]).toBe('epel {"release":["al2"]}');
    expect(hits.map((hit) => hit.url)).toEqual(['/commands/enable-epel/', '/guide/packages/', '/releases/al2/', '/commands/other/']);
  });

  test('stops at the limit', async () => {
    const many = Array.from({ length: 20 }, (_, i) => page(`/p${i}/`, []));
    expect(await searchAll(fakePagefind({ x: many }), 'x', {}, [], 5)).toHaveLength(5);
  });
});
