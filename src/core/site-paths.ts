/**
 * Site paths: where each page or document lives, relative to the site root and without the base path.
 * Free of build settings, so browser code can use them too; src/core/routes.ts adds the base path.
 */
/** The command reference narrowed to two releases (the compare view, kept in the URL). */
export const comparePath = (from: string, to: string) => `/commands/?from=${from}&to=${to}`;
/** A porting page; exported on its own, like comparePath, so browser code bundles only these two and not the whole table. */
export const portPath = (from: string, to: string) => `/port/${from}-to-${to}/`;

export const sitePaths = {
  home: () => '/',
  guide: (slug: string) => `/guide/${slug}/`,
  guideMarkdown: (slug: string) => `/guide/${slug}.md`,
  releases: () => '/releases/',
  release: (id: string) => `/releases/${id}/`,
  commands: () => '/commands/',
  compare: comparePath,
  command: (id: string) => `/commands/${id}/`,
  ports: () => '/port/',
  port: portPath,
  /** A porting page's checklist as text, e.g. /port/rhel9-to-al2023/checklist.md. */
  portChecklist: (from: string, to: string, file: string) => `${portPath(from, to)}${file}`,
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
