/** sitemap.xml and robots.txt for the built site. */
import { isRedirectPage } from './html-text.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap protocol's urlset, one <loc> per absolute URL, in the order given. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** Built HTML files that belong in the sitemap: real pages, not the 404 page or redirects. */
export function sitemapPages(files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([file, html]) => file.endsWith('index.html') && !isRedirectPage(html) && !/<meta name="robots" content="noindex"/.test(html))
    .map(([file]) => file.replace(/index\.html$/, ''))
    .sort();
}
