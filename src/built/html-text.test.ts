import { describe, expect, it } from 'vitest';
import { isRedirectPage, metaContent, tagAttribute } from './html-text.ts';

describe('reading built HTML', () => {
  it('reads a meta tag whose quoted content holds ">", and decodes entities', () => {
    const html =
      '<meta name="description" content="OpenJDK (java-<ver>-openjdk) &amp; Corretto"><meta property="og:title" content="Tom &quot;T&quot;">';
    expect(metaContent(html, 'name', 'description')).toBe('OpenJDK (java-<ver>-openjdk) & Corretto');
    expect(metaContent(html, 'property', 'og:title')).toBe('Tom "T"');
    expect(metaContent(html, 'property', 'og:image')).toBeUndefined();
  });

  it('reads one attribute of a start tag', () => {
    expect(tagAttribute('<a class="cite" href="#source-x">', 'href')).toBe('#source-x');
    expect(tagAttribute('<a class="cite">', 'href')).toBeUndefined();
  });

  it('tells a forwarding page from a real one', () => {
    expect(isRedirectPage('<meta http-equiv="refresh" content="0; url=/guide/overview/">')).toBe(true);
    expect(isRedirectPage('<meta http-equiv="content-security-policy" content="default-src \'self\'">')).toBe(false);
  });
});
