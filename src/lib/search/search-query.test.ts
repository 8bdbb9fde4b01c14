import { describe, expect, test } from 'vitest';
import {
  anyOfFilters,
  bestSection,
  headingCovers,
  holdsEvery,
  queryVariants,
  searchAll,
  toHit,
  type PagefindApi,
  type PagefindResultData,
} from './search-query.ts';
import { buildShortcuts } from './search-shortcuts.ts';

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

describe('filters', () => {
  test('several values of a filter mean any of them', () => {
    expect(anyOfFilters({ kind: ['guide', 'command'], release: [] })).toEqual({ kind: { any: ['guide', 'command'] } });
  });
});

describe('holdsEvery', () => {
  test('a page holds a word when a matched word of it contains the word, allowing for an ending', () => {
    const data = { content: 'Run sestatus to see the installed policy.', locations: [1, 5] };
    expect(holdsEvery(data, ['sestatus'])).toBe(true);
    expect(holdsEvery(data, ['installing', 'sestatus'])).toBe(true);
  });

  test('a word reached only through the fallback to a shorter word is not held', () => {
    expect(holdsEvery({ content: 'q is a flag', locations: [0] }, ['qwxzv'])).toBe(false);
    expect(holdsEvery({ content: 'Run sestatus now', locations: [1] }, ['sestatus', 'qwxzv'])).toBe(false);
  });
});

describe('headingCovers', () => {
  test('a heading covers the words it holds as words', () => {
    expect(headingCovers('What ID_LIKE does and does not tell you', ['id_like'])).toBe(true);
    expect(headingCovers('Security advisories: ALAS, not RHSA', ['alas', 'advisories'])).toBe(true);
    expect(headingCovers('cloud-init', ['cloud'])).toBe(false);
  });
});

const page = (
  url: string,
  subs: { id: string; title: string; score: number }[],
  kind = 'command',
  releases = ['al2', 'al2023', 'rhel9'],
): PagefindResultData => ({
  url,
  excerpt: `page ${url}`,
  content: `Title of ${url}. It says sestatus here and epel there, with selinux too.`,
  locations: [5, 8, 11],
  meta: { title: `Title of ${url}` },
  filters: { kind: [kind], release: releases },
  sub_results: subs.map((sub) => ({
    title: sub.title,
    url: `${url}#${sub.id}`,
    excerpt: `section ${sub.id}`,
    anchor: { element: 'h2', id: sub.id, location: 0 },
    weighted_locations: [{ weight: 1, balanced_score: sub.score, location: 0 }],
  })),
});

describe('choosing where a result opens', () => {
  test('a guide page opens its clearly best section', () => {
    const data = page(
      '/guide/x/',
      [
        { id: 'one', title: 'One', score: 1 },
        { id: 'two', title: 'Two', score: 3 },
      ],
      'guide',
    );
    expect(bestSection(data)?.url).toBe('/guide/x/#two');
    expect(toHit(data).url).toBe('/guide/x/#two');
  });

  test('a task page opens at its top, or at the section of a release the query names', () => {
    const data = page('/commands/x/', [{ id: 'al2', title: 'AL2', score: 3 }]);
    expect(toHit(data)).toMatchObject({ url: '/commands/x/', title: 'Title of /commands/x/', kind: 'command' });
    expect(toHit(data, ['al2023']).url).toBe('/commands/x/#al2023');
    expect(toHit(data, ['centos7']).url).toBe('/commands/x/');
  });

  test('the excerpt starts at the start of the sentence that holds the first match', () => {
    expect(toHit(page('/commands/x/', [])).excerpt).toBe(
      'It says <mark>sestatus</mark> here and <mark>epel</mark> there, with <mark>selinux</mark> too.',
    );
  });
});

/** A Pagefind stand-in that answers each query from a table and records what it was asked. */
function fakePagefind(answers: Record<string, PagefindResultData[]>): PagefindApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(query, options) {
      asked.push(options?.filters && Object.keys(options.filters).length > 0 ? `${query} ${JSON.stringify(options.filters)}` : query);
      const results = answers[query] ?? [];
      return { results: results.map((data, i) => ({ id: data.url, score: 10 - i, data: async () => data })) };
    },
  };
}

const shortcuts = buildShortcuts(
  [
    { id: 'al1', name: 'Amazon Linux AMI', shortName: 'AL1' },
    { id: 'al2023', name: 'Amazon Linux 2023', shortName: 'AL2023' },
    { id: 'rhel9', name: 'Red Hat Enterprise Linux 9', shortName: 'RHEL 9' },
  ],
  [
    { id: 'selinux-status', title: 'Check SELinux status', aliases: ['sestatus'], releases: ['al1', 'al2023', 'rhel9'] },
    { id: 'enable-epel', title: 'Enable EPEL', aliases: ['epel'], releases: ['al1', 'al2023', 'rhel9'] },
  ],
  {
    release: (id) => `/releases/${id}/`,
    command: (id) => `/commands/${id}/`,
    port: (from, to) => `/port/${from}-to-${to}/`,
    compare: (from, to) => `/commands/?from=${from}&to=${to}`,
  },
  (id) => ({ text: `status of <${id}>`, endOfLife: id === 'al1' }),
  [{ from: 'rhel9', to: 'al2023', title: 'Moving from RHEL 9 to AL2023' }],
);

describe('searchAll', () => {
  test('merges the typed and the split form without duplicates', async () => {
    const pagefind = fakePagefind({
      'sestatus-epel': [page('/guide/identify/', [], 'guide')],
      'sestatus epel': [page('/guide/identify/', [], 'guide'), page('/guide/other/', [], 'guide')],
    });
    const hits = await searchAll(pagefind, 'sestatus-epel', {});
    expect(hits.map((hit) => hit.url)).toEqual(['/guide/identify/', '/guide/other/']);
    expect(pagefind.asked).toEqual(['sestatus-epel', 'sestatus epel']);
  });

  test('a task named by its alias comes first, above pages the index ranks higher', async () => {
    const pagefind = fakePagefind({ sestatus: [page('/guide/selinux/', [], 'guide'), page('/commands/selinux-status/', [])] });
    const hits = await searchAll(pagefind, 'sestatus', {}, shortcuts);
    expect(hits.map((hit) => hit.url)).toEqual(['/commands/selinux-status/', '/guide/selinux/']);
  });

  test('a task and a release: the task opens at that release first, and the release page comes third', async () => {
    const pagefind = fakePagefind({
      epel: [page('/guide/packages/', [], 'guide'), page('/commands/other/', []), page('/commands/enable-epel/', [])],
    });
    const hits = await searchAll(pagefind, 'epel on al2023', {}, shortcuts);
    expect(pagefind.asked).toEqual(['epel']);
    expect(hits.map((hit) => hit.url)).toEqual([
      '/commands/enable-epel/#al2023',
      '/guide/packages/',
      '/releases/al2023/',
      '/commands/other/#al2023',
    ]);
  });

  test('a section of an end-of-life release ranks below the others unless the query names it', async () => {
    const eol = page('/guide/old/', [{ id: 'al1', title: 'AL1', score: 5 }], 'guide');
    const pagefind = fakePagefind({ selinux: [eol, page('/guide/new/', [], 'guide')] });
    expect((await searchAll(pagefind, 'selinux', {}, shortcuts)).map((hit) => hit.url)).toEqual([
      '/commands/selinux-status/',
      '/guide/new/',
      '/guide/old/#al1',
    ]);
    const named = await searchAll(fakePagefind({ selinux: [eol, page('/guide/new/', [], 'guide')] }), 'selinux al1', {}, shortcuts);
    expect(named.map((hit) => hit.url).slice(0, 2)).toEqual(['/commands/selinux-status/#al1', '/guide/old/#al1']);
  });

  test('a release named alone opens its page, a lifecycle question its lifecycle section', async () => {
    expect((await searchAll(fakePagefind({}), 'RHEL 9', {}, shortcuts)).map((hit) => [hit.url, hit.excerpt])).toEqual([
      ['/releases/rhel9/', 'status of &lt;rhel9&gt;'],
    ]);
    expect((await searchAll(fakePagefind({}), 'when is rhel 9 end of life', {}, shortcuts)).map((hit) => hit.url)).toEqual([
      '/releases/rhel9/#lifecycle',
    ]);
  });

  test('"X to Y" offers the porting page and the compare view first', async () => {
    const hits = await searchAll(fakePagefind({}), 'rhel 9 → al2023', {}, shortcuts);
    expect(hits.map((hit) => [hit.url, hit.title])).toEqual([
      ['/port/rhel9-to-al2023/', 'Moving from RHEL 9 to AL2023'],
      ['/commands/?from=rhel9&to=al2023', 'Compare RHEL 9 to AL2023 side by side'],
    ]);
  });

  test('stop words and error noise never reach the index', async () => {
    const pagefind = fakePagefind({});
    await searchAll(pagefind, 'how do I read the log', {}, shortcuts);
    await searchAll(pagefind, 'bash: journalctl: command not found', {}, shortcuts);
    expect(pagefind.asked).toEqual(['read log', 'read', 'log', 'journalctl']);
  });

  test('when no page holds every word, each word is searched alone; made-up words find nothing', async () => {
    const pagefind = fakePagefind({ selinux: [page('/guide/selinux/', [], 'guide')] });
    expect((await searchAll(pagefind, 'selinux qwxzv', {}, shortcuts)).map((hit) => hit.url)).toEqual(['/guide/selinux/']);
    expect(pagefind.asked).toEqual(['selinux qwxzv', 'selinux', 'qwxzv']);
    expect(await searchAll(fakePagefind({ qwxzv: [page('/guide/q/', [], 'guide')] }), 'qwxzv', {}, shortcuts)).toEqual([]);
  });

  test('passes the filters as "any of" and stops at the limit', async () => {
    const many = Array.from({ length: 20 }, (_, i) => page(`/guide/p${i}/`, [], 'guide'));
    const pagefind = fakePagefind({ sestatus: many });
    expect(await searchAll(pagefind, 'sestatus', { kind: ['guide', 'release'] }, [], 5)).toHaveLength(5);
    expect(pagefind.asked).toEqual(['sestatus {"kind":{"any":["guide","release"]}}']);
  });
});
