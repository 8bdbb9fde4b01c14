/**
 * Every internal address of the site, in one place: the site paths (from the site root, without the
 * base path), the hrefs made from them (with the base path), and the anchors that are part of the
 * permalink contract. Pages, components, tests and the built-site checks compose addresses only here.
 */
import { joinBase } from './base-path.ts';
import { BASE_PATH, SITE_URL } from './site-config.ts';
import { apiPaths, sitePaths } from './site-paths.ts';

export { apiPaths, sitePaths };

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
