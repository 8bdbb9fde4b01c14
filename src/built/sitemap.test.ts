import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapPages, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
  it('lists real pages, not redirects, the 404 page or noindex pages', () => {
    const files = new Map([
      ['index.html', '<title>Home</title>'],
      ['guide/old/index.html', '<meta http-equiv="refresh" content="0; url=/guide/new/">'],
      ['guide/new/index.html', '<title>New</title>'],
      ['404.html', '<title>Not found</title>'],
      ['drafts/index.html', '<meta name="robots" content="noindex">'],
    ]);
    expect(sitemapPages(files)).toEqual(['', 'guide/new/']);
  });

  it('writes the sitemap protocol with escaped URLs', () => {
    expect(sitemapXml(['https://x.example/', 'https://x.example/a?b&c'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://x.example/</loc></url>\n  <url><loc>https://x.example/a?b&amp;c</loc></url>\n</urlset>\n',
    );
  });

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt('https://x.example/sub/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.example/sub/sitemap.xml\n');
  });
});
