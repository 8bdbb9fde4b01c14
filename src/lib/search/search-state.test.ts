import { describe, expect, test } from 'vitest';
import { filtersOf, readSearchState, resultSummary, searchStateUrl } from './search-state.ts';

describe('search state in the URL', () => {
  test('reads the query, kinds and releases', () => {
    expect(readSearchState(new URLSearchParams('q=kernel-devel&kind=command,guide&release=al2023'), ['al2023'])).toEqual({
      state: { query: 'kernel-devel', kinds: ['command', 'guide'], releases: ['al2023'] },
      ignored: [],
    });
    expect(readSearchState(new URLSearchParams('q=x&release=rhel9,al2023,rhel9'), ['al2023', 'rhel9'])).toEqual({
      state: { query: 'x', kinds: [], releases: ['rhel9', 'al2023'] },
      ignored: [],
    });
  });

  test('drops unknown kinds and releases and says which', () => {
    expect(readSearchState(new URLSearchParams('q=x&kind=command,<b>&release=rhel11,al2023'), ['al2023'])).toEqual({
      state: { query: 'x', kinds: ['command'], releases: ['al2023'] },
      ignored: ['kind “<b>”', 'release “rhel11”'],
    });
  });

  test('cuts long values from a link before echoing them', () => {
    const { state, ignored } = readSearchState(new URLSearchParams(`q=${'q'.repeat(5000)}&release=${'r'.repeat(5000)}`), ['al2023']);
    expect(state.query).toHaveLength(200);
    expect(ignored).toEqual([`release “${'r'.repeat(39)}…”`]);
  });

  test('summarises the results with the query quoted and cut', () => {
    expect(resultSummary(0, 'sestatus')).toBe('No results for “sestatus”.');
    expect(resultSummary(1, 'sestatus')).toBe('1 result for “sestatus”.');
    expect(resultSummary(12, 'x'.repeat(200))).toBe(`12 results for “${'x'.repeat(39)}…”.`);
  });

  test('writes the state back, keeping other parameters, and clears it', () => {
    const url = searchStateUrl('https://x.test/guide/?from=rhel9&to=al2023#top', { query: 'sestatus', kinds: ['command'], releases: [] });
    expect(url).toBe('https://x.test/guide/?from=rhel9&to=al2023&q=sestatus&kind=command#top');
    expect(searchStateUrl('https://x.test/', { query: 'x', kinds: [], releases: ['rhel9', 'al2023'] })).toBe(
      'https://x.test/?q=x&release=rhel9,al2023',
    );
    expect(searchStateUrl(url, null)).toBe('https://x.test/guide/?from=rhel9&to=al2023#top');
  });

  test('turns the state into Pagefind filters', () => {
    expect(filtersOf({ query: 'x', kinds: ['command'], releases: ['al2', 'rhel9'] })).toEqual({
      kind: ['command'],
      release: ['al2', 'rhel9'],
    });
    expect(filtersOf({ query: 'x', kinds: [], releases: [] })).toEqual({});
  });
});
