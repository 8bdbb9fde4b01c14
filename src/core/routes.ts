/**
 * Every internal address of the site, in one place: the site paths (from the site root, without the
 * base path), the hrefs made from them (with the base path), and the anchors that are part of the
 * permalink contract. Pages, components, tests and the built-site checks compose addresses only here.
 */
import { joinBase } from './base-path.ts';
import { BASE_PATH, SITE_URL } from './site-config.ts';

/** Site paths: where each page or document lives, relative to the site root and without the base path. */
export const sitePaths = {
  home: () => '/',
  guide: (slug: string) => `/guide/${slug}/`,
  guideMarkdown: (slug: string) => `/guide/${slug}.md`,
  releases: () => '/releases/',
  release: (id: string) => `/releases/${id}/`,
  commands: () => '/commands/',
  /** The command reference narrowed to two releases (the compare view, kept in the URL). */
  compare: (from: string, to: string) => `/commands/?from=${from}&to=${to}`,
  command: (id: string) => `/commands/${id}/`,
  ports: () => '/port/',
  port: (from: string, to: string) => `/port/${from}-to-${to}/`,
  /** A porting page's checklist as text, e.g. /port/rhel9-to-al2023/checklist.md. */
  portChecklist: (from: string, to: string, file: string) => `/port/${from}-to-${to}/${file}`,
  search: () => '/search/',
  tools: () => '/tools/',
  tool: (id: string) => `/tools/${id}/`,
  api: () => '/api/',
  notFound: () => '/404.html',
  llmsTxt: () => '/llms.txt',
  robotsTxt: () => '/robots.txt',
  sitemap: () => '/sitemap.xml',
  searchShortcuts: () => '/search-shortcuts.json',
  asset: (file: string) => `/${file.replace(/^\/+/, '')}`,
} as const;

/** Site paths of the data API's documents. */
export const apiPaths = {
  releases: () => '/api/v1/releases.json',
  release: (id: string) => `/api/v1/releases/${id}.json`,
  commands: () => '/api/v1/commands.json',
  command: (id: string) => `/api/v1/commands/${id}.json`,
  sources: () => '/api/v1/sources.json',
  port: (from: string, to: string) => `/api/v1/port/${from}-to-${to}.json`,
  pages: () => '/api/v1/pages.json',
  schema: (name: string) => `/api/v1/schemas/${name}.json`,
} as const;

type PathMakers = Record<string, (...args: never[]) => string>;
type Hrefs<T extends PathMakers> = { [K in keyof T]: (...args: Parameters<T[K]>) => string };

function withBase<T extends PathMakers>(makers: T): Hrefs<T> {
  return Object.fromEntries(
    Object.entries(makers).map(([name, make]) => [name, (...args: never[]) => href(make(...args))]),
  ) as unknown as Hrefs<T>;
}

/** A site path as a link: with the base path. */
export const href = (sitePath: string): string => joinBase(BASE_PATH, sitePath);

/** Links to pages, with the base path. */
export const routes = withBase(sitePaths);
/** Links to the data API's documents, with the base path. */
export const apiRoutes = withBase(apiPaths);

/** The public URL of a link made by `routes` (which already carries the base path). */
export const absoluteUrl = (link: string): string => new URL(link, `${SITE_URL}/`).href;

/** Anchors that are part of the permalink contract; kept in their own module so browser code can use them without the routes. */
export { anchors } from './anchors.ts';
