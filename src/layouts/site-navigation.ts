/** The sidebar: guide pages from the collection plus the generated reference pages. */
import { getCollection } from 'astro:content';
import { routes } from '../core/routes.ts';
import { buildNavigation, type NavPage, type NavSection } from '../lib/presentation/navigation.ts';

let cached: Promise<NavSection[]> | undefined;

export function siteNavigation(): Promise<NavSection[]> {
  cached ??= (async () => {
    const docs = await getCollection('docs');
    const pages: NavPage[] = docs.map((entry) => ({
      href: routes.guide(entry.id),
      title: entry.data.title,
      section: entry.data.section,
      order: entry.data.order,
    }));
    pages.push(
      { href: routes.ports(), title: 'Porting paths', section: 'reference', order: -1 },
      { href: routes.commands(), title: 'Command reference', section: 'reference', order: 0 },
      { href: routes.releases(), title: 'All releases', section: 'reference', order: 1 },
      { href: routes.tools(), title: 'Tools', section: 'reference', order: 2 },
      { href: routes.tool('identify'), title: 'Identify a release (tool)', section: 'reference', order: 3 },
      { href: routes.tool('port-check'), title: 'Check a script for porting (tool)', section: 'reference', order: 4 },
      { href: routes.api(), title: 'Data API', section: 'reference', order: 9 },
    );
    return buildNavigation(pages);
  })();
  return cached;
}
