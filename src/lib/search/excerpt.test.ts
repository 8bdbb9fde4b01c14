import { describe, expect, test } from 'vitest';
import { excerptParts, sentenceExcerpt } from './excerpt.ts';

describe('excerptParts', () => {
  test('splits marks from text and decodes entities, never keeping other tags', () => {
    expect(excerptParts('run <mark>sestatus</mark> &amp; <b>getenforce</b> &lt;x&gt;')).toEqual([
      { text: 'run ', marked: false },
      { text: 'sestatus', marked: true },
      { text: ' & getenforce <x>', marked: false },
    ]);
  });

  test('turns markup into inert text', () => {
    const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(parts).toEqual([{ text: '<script>alert(1)</script>', marked: false }]);
  });
});

describe('sentenceExcerpt', () => {
  const content =
    'Amazon Linux 2023. Not available. AL2023 does not include amazon-linux-extras; AWS calls it end-of-life. Instead: Install namespaced versions.';
  // Words: 0 Amazon 1 Linux 2 2023. 3 Not 4 available. 5 AL2023 6 does 7 not 8 include 9 amazon-linux-extras; …

  test('starts at the start of the sentence that holds the first match, keeping a "Not available." before it', () => {
    expect(sentenceExcerpt(content, [9], 12)).toBe(
      'Not available. AL2023 does not include <mark>amazon-linux-extras;</mark> AWS calls it end-of-life. Instead: …',
    );
  });

  test('keeps "Instead:" with the words after it', () => {
    expect(sentenceExcerpt(content, [15], 4)).toBe('Instead: <mark>Install</mark> namespaced versions.');
  });

  test('escapes the page text and starts at the match when the sentence began too far back', () => {
    const long = `${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')} <b>x</b>`;
    expect(sentenceExcerpt(long, [30], 2)).toBe('<mark>&lt;b&gt;x&lt;/b&gt;</mark>');
  });
});
