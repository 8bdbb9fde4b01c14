/** Every internal URL of the site, built in one place so a base path applies everywhere. */
import { joinBase } from './base-path.ts';
import { BASE_PATH, SITE_URL } from './site-config.ts';

export const href = (path: string): string => joinBase(BASE_PATH, path);

/** The public URL of a path made by `routes` (which already carries the base path). */
export const absoluteUrl = (routePath: string): string => new URL(routePath, `${SITE_URL}/`).href;

export const routes = {
  home: () => href(''),
  guide: (slug: string) => href(`guide/${slug}/`),
  guideMarkdown: (slug: string) => href(`guide/${slug}.md`),
  releases: () => href('releases/'),
  release: (id: string) => href(`releases/${id}/`),
  commands: () => href('commands/'),
  command: (id: string) => href(`commands/${id}/`),
  search: () => href('search/'),
  tools: () => href('tools/'),
  tool: (id: string) => href(`tools/${id}/`),
  api: () => href('api/'),
  asset: (file: string) => href(file),
};
