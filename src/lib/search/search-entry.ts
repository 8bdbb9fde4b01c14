/** How a page enters the search index: its kind and release filters, and extra words it answers to. */
export const SEARCH_KINDS = ['guide', 'command', 'release', 'port'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchEntry {
  kind: SearchKind;
  releases: readonly string[];
  /** Other words people use for the page's subject (yum ↔ dnf, ntpd ↔ chronyd …); searchable, never shown. */
  aliases: readonly string[];
  /** The result title, when it should say more than the page's h1 (e.g. "Amazon Linux 2 (AL2)"). */
  title?: string;
}
