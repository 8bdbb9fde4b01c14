import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapPaths, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
  it('lists the pages open to search engines, sorted, not redirects, documents or the 404 page', () => {
    const page = (path: string, indexable = true) => ({
      kind: 'guide' as const,
      path,
      title: 'T',
      description: 'D',
      section: '',
      indexable,
    });
    expect(
      sitemapPaths([
        page('/guide/new/'),
        page('/'),
        page('/404.html', false),
        { kind: 'redirect', path: '/guide/old/', to: '/guide/new/' },
        { kind: 'document', path: '/api/v1/releases.json', type: 'application/json' },
      ]),
    ).toEqual(['/', '/guide/new/']);
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
