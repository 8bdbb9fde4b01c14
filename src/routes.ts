/** Every internal URL of the site, built in one place so a base path applies everywhere. */
import { joinBase } from './lib/paths.ts';
import { BASE_PATH } from './site-config.ts';

export const href = (path: string): string => joinBase(BASE_PATH, path);

export const routes = {
  home: () => href(''),
  guide: (slug: string) => href(`guide/${slug}/`),
  releases: () => href('releases/'),
  release: (id: string) => href(`releases/${id}/`),
  commands: () => href('commands/'),
  command: (id: string) => href(`commands/${id}/`),
  search: () => href('search/'),
  asset: (file: string) => href(file),
};
