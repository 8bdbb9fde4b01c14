/**
 * Reading the site's own built HTML with regular expressions: enough for the markup Astro writes,
 * shared by the build integrations, the built-site checks and the benchmarks.
 */

/** The value of an attribute inside one start tag, undecoded. */
export function tagAttribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The decoded content of `<meta name="…">` or `<meta property="…">`; quoted values may hold ">". */
export function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  const tag = new RegExp(`<meta\\s(?:[^>"]|"[^"]*")*?${attribute}="${key}"(?:[^>"]|"[^"]*")*>`).exec(html)?.[0];
  const content = tag && tagAttribute(tag, 'content');
  return content === undefined ? undefined : decodeEntities(content);
}

/** A page that only forwards to another URL (src/pages/[...moved].astro). */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv="refresh"/i.test(html);
}
