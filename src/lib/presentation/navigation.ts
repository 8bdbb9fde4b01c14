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
