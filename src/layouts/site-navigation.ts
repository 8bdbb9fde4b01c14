/** The sidebar: guide pages from the collection plus the generated reference pages. */
import { getCollection } from 'astro:content';
import { routes } from '../core/routes.ts';
import { buildNavigation, type HeaderLink, type NavChild, type NavPage, type NavSection } from '../lib/presentation/navigation.ts';
import type { HtmlPage, PageKind } from '../lib/presentation/site-pages.ts';

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

/** The header's section bar: each section's landing page and the kinds of page that belong to it. */
export function headerLinks(): HeaderLink[] {
  return [
    { href: routes.guide('overview'), title: 'Guide', kinds: ['guide'] satisfies PageKind[] },
    { href: routes.ports(), title: 'Porting', kinds: ['ports', 'port'] satisfies PageKind[] },
    { href: routes.commands(), title: 'Commands', kinds: ['matrix', 'task'] satisfies PageKind[] },
    { href: routes.releases(), title: 'Releases', kinds: ['releases', 'release'] satisfies PageKind[] },
    { href: routes.tools(), title: 'Tools', kinds: ['tools', 'tool'] satisfies PageKind[] },
  ];
}

/** Pages the sidebar does not list, by kind: the sidebar entry they are shown under while open. */
const SIDEBAR_PARENTS: Partial<Record<PageKind, () => string>> = {
  task: () => routes.commands(),
  port: () => routes.ports(),
  release: () => routes.releases(),
};

/** The open page as a child of its sidebar entry, for the kinds of page the sidebar does not list. */
export function sidebarChild(page: HtmlPage, pathname: string): NavChild | undefined {
  const parent = SIDEBAR_PARENTS[page.kind];
  return parent ? { href: pathname, title: page.title, parentHref: parent() } : undefined;
}
