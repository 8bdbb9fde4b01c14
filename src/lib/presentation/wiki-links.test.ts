import { describe, expect, it } from 'vitest';
import { wikiLink } from './wiki-links.ts';

const url = 'https://guide.example/commands/install-package/#al2023';

describe('wikiLink', () => {
  it('writes a link in each wiki markup', () => {
    expect(wikiLink('markdown', 'Install a package', url)).toBe(`[Install a package](${url})`);
    expect(wikiLink('confluence', 'Install a package', url)).toBe(`[Install a package|${url}]`);
    expect(wikiLink('mediawiki', 'Install a package', url)).toBe(`[${url} Install a package]`);
    expect(wikiLink('html', 'Install a package', url)).toBe(`<a href="${url}">Install a package</a>`);
  });

  it('escapes titles so brackets, pipes and tags cannot break the link', () => {
    const title = 'Use [dnf] | not <yum> & {x}';
    expect(wikiLink('markdown', title, url)).toBe(`[Use \\[dnf\\] | not <yum> & {x}](${url})`);
    expect(wikiLink('confluence', title, url)).toBe(`[Use \\[dnf\\] \\| not <yum> & \\{x\\}|${url}]`);
    expect(wikiLink('mediawiki', title, url)).toBe(`[${url} Use [dnf&#93; | not <yum> & {x}]`);
    expect(wikiLink('html', title, url)).toBe(`<a href="${url}">Use [dnf] | not &lt;yum&gt; &amp; {x}</a>`);
  });

  it('percent-encodes characters that would end the URL, and keeps already encoded ones', () => {
    expect(wikiLink('markdown', 'T', 'https://x.example/a (b)/c%20d')).toBe('[T](https://x.example/a%20%28b%29/c%20d)');
    expect(wikiLink('mediawiki', 'T', 'https://x.example/a b')).toBe('[https://x.example/a%20b T]');
  });

  it('folds line breaks in a title into spaces', () => {
    expect(wikiLink('markdown', ' Two\nlines ', url)).toBe(`[Two lines](${url})`);
  });
});
