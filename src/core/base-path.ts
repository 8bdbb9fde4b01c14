/**
 * The one base-path rule. A site may live under a sub-path ("/guides/amazon-linux/"); internally every
 * page has a site path that starts at the site root ("/guide/overview/"), and the base is added once
 * when a link is written and removed once when a served or built file is read.
 */

/** "/", "guides/al", "/guides/al//" → "/" or "/guides/al/". */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a base path ("/" or "/sub/path/") and a path relative to the site root. */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The site path of a URL path under the base, or undefined when it lies outside the base. */
export function stripBase(base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return base === `${urlPath}/` ? '/' : undefined;
  return `/${urlPath.slice(base.length)}`;
}

/** The file a site path is built to: "/" → "index.html", "/guide/x/" → "guide/x/index.html", "/a.json" → "a.json". */
export function fileForSitePath(sitePath: string): string {
  const relative = decodeURIComponent(sitePath.replace(/^\/+/, ''));
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** The site path a built file is served at: "guide/x/index.html" → "/guide/x/", "404.html" → "/404.html". */
export function sitePathForFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
