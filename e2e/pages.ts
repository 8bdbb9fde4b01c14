/** Every HTML page of the built site (not the redirect pages), as paths relative to the base URL, from the build's own manifest. */
import { loadBuiltSite } from '../src/built/site.ts';

export const ALL_PAGES: string[] = loadBuiltSite()
  .htmlPages()
  .map((page) => (page.entry.path === '/' ? './' : page.entry.path.slice(1)));
