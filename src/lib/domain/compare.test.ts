import { describe, expect, test } from 'vitest';
import { compareUrl, readComparePair } from './compare.ts';

const known = ['al2', 'al2023', 'rhel9'];
const params = (q: string) => new URLSearchParams(q);

describe('readComparePair', () => {
  test('takes the pair from the URL first', () => {
    expect(readComparePair(params('from=rhel9&to=al2023'), 'al2,rhel9', known)).toEqual({
      pair: { from: 'rhel9', to: 'al2023' },
      onlyDifferences: false,
    });
  });

  test('falls back to the saved pair, and to the full view', () => {
    expect(readComparePair(params(''), 'al2,rhel9', known)).toEqual({ pair: { from: 'al2', to: 'rhel9' }, onlyDifferences: false });
    expect(readComparePair(params(''), null, known)).toEqual({ pair: null, onlyDifferences: false });
    expect(readComparePair(params(''), 'garbage', known)).toEqual({ pair: null, onlyDifferences: false });
  });

  test('explains an unknown or missing release instead of guessing', () => {
    expect(readComparePair(params('from=rhel11&to=al2023'), null, known)).toEqual({
      pair: null,
      onlyDifferences: false,
      error: 'The link names “rhel11”, which is not a release in this table; showing every release.',
    });
    expect(readComparePair(params('from=rhel9'), null, known).error).toBe('The link gives ?from= but not ?to=; showing every release.');
    expect(readComparePair(params('to=rhel9'), null, known).error).toBe('The link gives ?to= but not ?from=; showing every release.');
    expect(readComparePair(params('from=al2&to=al2'), null, known)).toEqual({
      pair: null,
      onlyDifferences: false,
      error: 'The link compares “al2” with itself; showing every release.',
    });
    expect(readComparePair(params('from=<script>&to=x'), null, known).error).toBe(
      'The link names “<script>” and “x”, which are not releases in this table; showing every release.',
    );
  });

  test('cuts a long value from the link instead of echoing it whole', () => {
    const error = readComparePair(params(`from=${'a'.repeat(20_000)}&to=al2`), null, known).error!;
    expect(error).toBe(`The link names “${'a'.repeat(39)}…”, which is not a release in this table; showing every release.`);
  });

  test('reads ?only=differences with a pair from the link or a remembered one, and explains it without one', () => {
    expect(readComparePair(params('from=rhel9&to=al2023&only=differences'), null, known)).toEqual({
      pair: { from: 'rhel9', to: 'al2023' },
      onlyDifferences: true,
    });
    expect(readComparePair(params('only=differences'), 'al2,rhel9', known)).toEqual({
      pair: { from: 'al2', to: 'rhel9' },
      onlyDifferences: true,
    });
    expect(readComparePair(params('only=differences'), null, known)).toEqual({
      pair: null,
      onlyDifferences: false,
      error: 'The link gives ?only=“differences” but no ?from= and ?to= to compare; showing every release.',
    });
  });

  test('shows every task for an ?only= value it does not know, and says why', () => {
    expect(readComparePair(params('from=rhel9&to=al2023&only=same'), null, known)).toEqual({
      pair: { from: 'rhel9', to: 'al2023' },
      onlyDifferences: false,
      error:
        'The link gives ?only=“same”, which this page does not know (?only=differences shows the tasks whose commands differ); showing every task.',
    });
  });

  test('ignores a saved pair of one release with itself', () => {
    expect(readComparePair(params(''), 'al2,al2', known)).toEqual({ pair: null, onlyDifferences: false });
  });
});

describe('compareUrl', () => {
  test('sets or removes the pair and keeps the rest of the URL', () => {
    expect(compareUrl('https://x.test/commands/?q=1#al2023', { from: 'rhel9', to: 'al2023' })).toBe(
      'https://x.test/commands/?q=1&from=rhel9&to=al2023#al2023',
    );
    expect(compareUrl('https://x.test/commands/?from=rhel9&to=al2023', null)).toBe('https://x.test/commands/');
  });

  test('writes ?only=differences only beside a pair', () => {
    expect(compareUrl('https://x.test/commands/#boot', { from: 'rhel9', to: 'al2023' }, true)).toBe(
      'https://x.test/commands/?from=rhel9&to=al2023&only=differences#boot',
    );
    expect(compareUrl('https://x.test/commands/?from=rhel9&to=al2023&only=differences', { from: 'rhel9', to: 'al2023' }, false)).toBe(
      'https://x.test/commands/?from=rhel9&to=al2023',
    );
    expect(compareUrl('https://x.test/commands/?from=rhel9&to=al2023&only=differences', null, true)).toBe('https://x.test/commands/');
  });
});
