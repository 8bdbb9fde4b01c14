import { describe, expect, it } from 'vitest';
import { layoutTitle, previewImageFile, previewSvg, wrapWords, type OutlineFont } from './preview-image.ts';

/** Every character is 0.6 em wide; a path is a readable marker of what was drawn where. */
const mono: OutlineFont = {
  advance: (text, size) => [...text].length * size * 0.6,
  path: (text, x, y, size) => `<${text}@${x},${y},${size}>`,
};

describe('previewImageFile', () => {
  it('maps page paths to one PNG each under og/', () => {
    expect(previewImageFile('')).toBe('og/index.png');
    expect(previewImageFile('/')).toBe('og/index.png');
    expect(previewImageFile('guide/identify/')).toBe('og/guide/identify.png');
    expect(previewImageFile('/commands/install-package/')).toBe('og/commands/install-package.png');
    expect(previewImageFile('/404.html')).toBe('og/404.png');
  });
});

describe('title layout', () => {
  it('wraps words greedily within the width', () => {
    expect(wrapWords('aa bb cc dd', mono, 10, 30)).toEqual(['aa bb', 'cc dd']);
  });

  it('keeps a short title at the largest size on one line', () => {
    expect(layoutTitle('Install a package', mono)).toEqual({ size: 76, lines: ['Install a package'] });
  });

  it('steps down the size before using a fourth line, and ends an overlong title with an ellipsis', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { size, lines } = layoutTitle(long, mono);
    expect(size).toBe(50);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => mono.advance(l, size) <= 1040)).toBe(true);
  });
});

describe('previewSvg', () => {
  it('is 1200×630 and draws the site name, the section in capitals, the title and the address', () => {
    const svg = previewSvg(
      { siteTitle: 'Site', section: 'Guide · Porting work', title: 'Identify a system', address: 'x.example/guide/identify/' },
      { regular: mono, bold: mono },
    );
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    for (const drawn of ['<Site@', '<GUIDE · PORTING WORK@', '<Identify a system@', '<x.example/guide/identify/@'])
      expect(svg).toContain(drawn);
  });

  it('escapes the title in the SVG <title>', () => {
    const svg = previewSvg({ siteTitle: 'S', section: '', title: 'a <b> & "c"', address: '' }, { regular: mono, bold: mono });
    expect(svg).toContain('<title>a &lt;b> &amp; &quot;c&quot; · S</title>');
  });
});
