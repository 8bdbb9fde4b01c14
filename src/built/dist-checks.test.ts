import { describe, expect, it, test } from 'vitest';
import { checkLinks, checkPreviews, checkSecurity, fileForPath, pageIds, pageLinks, pathForFile, pngSize } from './dist-checks.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self'">`;
const page = (body: string) => `<!doctype html><html><head>${CSP}</head><body>${body}</body></html>`;

describe('paths', () => {
  test('map site paths to built files and back', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/guide/overview/')).toBe('guide/overview/index.html');
    expect(fileForPath('/favicon.svg')).toBe('favicon.svg');
    expect(pathForFile('guide/overview/index.html', '/sub/')).toBe('/sub/guide/overview/');
  });

  test('read ids and links, decoding entities', () => {
    expect([...pageIds('<h2 id="a">x</h2><p id="b&amp;c">')]).toEqual(['a', 'b&c']);
    expect(pageLinks('<a class="x" href="/a/?q=1&amp;r=2">x</a><script src="/s.js"></script>')).toEqual([
      { tag: 'a', attribute: 'href', value: '/a/?q=1&r=2' },
      { tag: 'script', attribute: 'src', value: '/s.js' },
    ]);
  });
});

describe('checkLinks', () => {
  const pages = new Map([
    ['index.html', page('<a href="guide/a/">a</a> <a href="guide/a/#intro">intro</a> <a href="https://example.com/">ext</a>')],
    ['guide/a/index.html', page('<h2 id="intro">Intro</h2><a href="../../">home</a>')],
  ]);
  const files = new Set([...pages.keys(), 'favicon.svg']);

  test('accepts links and anchors that resolve', () => {
    expect(checkLinks(pages, files, '/')).toEqual([]);
  });

  test('fails on a missing page, a missing anchor and a plain-http link (planted defects)', () => {
    const broken = new Map(pages);
    broken.set('index.html', page('<a href="/guide/b/">b</a> <a href="/guide/a/#outro">o</a> <a href="http://example.com/">e</a>'));
    expect(checkLinks(broken, files, '/')).toEqual([
      { page: 'index.html', message: 'link "/guide/b/" points to /guide/b/, which the build did not produce' },
      { page: 'index.html', message: 'link "/guide/a/#outro" points to #outro, which /guide/a/ does not have' },
      { page: 'index.html', message: 'external a href "http://example.com/" is not https' },
    ]);
  });

  test('catches a root-relative link that ignores the base path', () => {
    const sub = new Map([['index.html', page('<a href="/guide/a/">a</a>')], ['guide/a/index.html', page('')]]);
    expect(checkLinks(sub, new Set(sub.keys()), '/docs/')).toEqual([{ page: 'index.html', message: 'link "/guide/a/" leaves the base path /docs/' }]);
  });
});

describe('checkSecurity', () => {
  test('accepts a page with a hash-only CSP and no inline handlers or styles', () => {
    expect(checkSecurity('x.html', page('<button type="button">ok</button><script>var a = "onclick=";</script>'))).toEqual([]);
  });

  test('fails on a missing CSP, unsafe-inline scripts, inline handlers and inline styles (planted defects)', () => {
    expect(checkSecurity('x.html', '<html><body></body></html>')).toEqual([{ page: 'x.html', message: 'has no Content-Security-Policy meta element' }]);
    const unsafe = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'">`;
    expect(checkSecurity('x.html', `<html><head>${unsafe}</head><body><img src="a.png" onerror="x()"><p style="color:red">x</p></body></html>`)).toEqual([
      { page: 'x.html', message: "its script-src allows unsafe code: script-src 'self' 'unsafe-inline'" },
      { page: 'x.html', message: 'has an inline event handler (onerror); attach listeners from a script instead' },
      { page: 'x.html', message: 'has an inline style attribute on <p>, which the CSP blocks; use a class' },
    ]);
  });
});

describe('the HTML validator with the project configuration', () => {
  test('reports invalid markup (a planted defect) and accepts valid markup', async () => {
    const { HtmlValidate, FileSystemConfigLoader } = await import('html-validate/node');
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const good = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>ok</p></body></html>', 'good.html');
    expect(good.valid).toBe(true);
    const bad = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div>bad nesting</div></p><img src="a.png"></body></html>', 'bad.html');
    expect(bad.valid).toBe(false);
    expect(bad.results[0]!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['wcag/h37']));
  });
});

describe('checkPreviews', () => {
  const page = (title: string, image = 'https://x.example/og/a.png', description = 'About a') =>
    `<title>${title}</title><link rel="canonical" href="https://x.example/a/"><meta name="description" content="${description}">` +
    `<meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:url" content="https://x.example/a/">` +
    `<meta property="og:image" content="${image}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">`;
  const sizes: Record<string, { width: number; height: number }> = { 'og/a.png': { width: 1200, height: 630 }, 'og/b.png': { width: 600, height: 315 } };
  const check = (pages: [string, string][]) => checkPreviews(new Map(pages), '/', (file) => sizes[file]);

  it('passes a page with every tag and a 1200×630 image, even when the description holds angle brackets', () => {
    expect(check([['a/index.html', page('A', undefined, 'java-<ver>-openjdk')]])).toEqual([]);
  });

  it('names a page whose <title> another page already has', () => {
    expect(check([['a/index.html', page('Same')], ['b/index.html', page('Same')]])).toEqual([{ page: 'b/index.html', message: 'has the same <title> as a/index.html: "Same"' }]);
  });

  it('names a missing tag, a missing image and an image of the wrong size', () => {
    expect(check([['a/index.html', page('A').replace(/<meta name="twitter:card"[^>]*>/, '')]])).toEqual([{ page: 'a/index.html', message: 'has no <meta name="twitter:card"> with content' }]);
    expect(check([['a/index.html', page('A', 'https://x.example/og/none.png')]])).toEqual([{ page: 'a/index.html', message: 'its preview image og/none.png was not built' }]);
    expect(check([['a/index.html', page('A', 'https://x.example/og/b.png')]])).toEqual([{ page: 'a/index.html', message: 'its preview image og/b.png is 600×315, not 1200×630' }]);
  });
});

describe('pngSize', () => {
  it('reads the dimensions from a PNG header and rejects other bytes', () => {
    const header = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 4, 0xb0, 0, 0, 2, 0x76]);
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toBeUndefined();
  });
});
