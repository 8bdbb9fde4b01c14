import { describe, expect, test } from 'vitest';
import { excerptParts } from './excerpt.ts';

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
