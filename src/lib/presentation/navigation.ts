/** Sidebar sections and ordering of guide pages. */
export const SECTIONS = [
  { id: 'start', title: 'Start here' },
  { id: 'lineage', title: 'Lineage and lifecycle' },
  { id: 'porting', title: 'Porting work' },
  { id: 'platform', title: 'AWS and the platform' },
  { id: 'decide', title: 'Deciding' },
  { id: 'reference', title: 'Reference' },
  { id: 'about', title: 'About this site' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const sectionTitle = (id: SectionId): string => SECTIONS.find((s) => s.id === id)!.title;
export const SECTION_IDS = SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]];

export interface NavPage {
  href: string;
  title: string;
  section: SectionId;
  order: number;
}

export interface NavSection {
  id: SectionId;
  title: string;
  pages: NavPage[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Pages grouped by section in SECTIONS order, each sorted by order then title. Empty sections are left out. */
export function buildNavigation(pages: readonly NavPage[]): NavSection[] {
  return SECTIONS.map((section) => ({
    id: section.id,
    title: section.title,
    pages: pages.filter((p) => p.section === section.id).toSorted((a, b) => a.order - b.order || collator.compare(a.title, b.title)),
  })).filter((section) => section.pages.length > 0);
}

/** True when `href` is the current page, ignoring a trailing slash. */
export function isCurrent(href: string, pathname: string): boolean {
  const strip = (p: string) => p.replace(/\/+$/, '');
  return strip(href) === strip(pathname);
}

/** A link of the header's section bar. */
export interface HeaderLink {
  href: string;
  title: string;
  /** The kinds of page (src/lib/presentation/site-pages.ts) that belong to this section. */
  kinds: readonly string[];
}

/**
 * What aria-current a header link takes on a page of this kind at this path: "page" on the section's
 * own page, "true" on another page of the section, none elsewhere.
 */
export function headerCurrent(link: HeaderLink, kind: string, pathname: string): 'page' | 'true' | undefined {
  if (isCurrent(link.href, pathname)) return 'page';
  return link.kinds.includes(kind) ? 'true' : undefined;
}

/** A page the sidebar does not list (a task, a release), shown under its parent entry while it is open. */
export interface NavChild {
  href: string;
  title: string;
  /** The href of the sidebar entry it belongs under. */
  parentHref: string;
}

export interface NavEntry extends NavPage {
  /** The open page, when it belongs under this entry and is not listed itself. */
  child?: NavChild;
}

/** The sidebar for one page: the open page's parent entry carries it as a child, so every page can be marked current. */
export function sidebarFor(sections: readonly NavSection[], child?: NavChild): { id: SectionId; title: string; pages: NavEntry[] }[] {
  return sections.map((section) => ({
    ...section,
    pages: section.pages.map((page) => (child && isCurrent(page.href, child.parentHref) ? { ...page, child } : page)),
  }));
}

/** The pages before and after `pathname` in sidebar order, among those `include` keeps. */
export function neighbours(
  sections: readonly NavSection[],
  pathname: string,
  include: (page: NavPage) => boolean,
): { previous?: NavPage | undefined; next?: NavPage | undefined } {
  const pages = sections.flatMap((s) => s.pages).filter(include);
  const at = pages.findIndex((p) => isCurrent(p.href, pathname));
  if (at < 0) return {};
  return { previous: pages[at - 1], next: pages[at + 1] };
}
