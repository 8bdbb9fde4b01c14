/** sitemap.xml and robots.txt for the built site. */
import type { SiteEntry } from './site-pages.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap protocol's urlset, one <loc> per absolute URL, in the order given. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** The site paths that belong in the sitemap: pages open to search engines, not redirects, documents or the 404 page; sorted. */
export function sitemapPaths(entries: readonly SiteEntry[]): string[] {
  return entries
    .filter((entry) => entry.kind !== 'redirect' && entry.kind !== 'document' && entry.indexable)
    .map((entry) => entry.path)
    .sort();
}
