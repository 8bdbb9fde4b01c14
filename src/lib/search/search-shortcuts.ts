/**
 * Shortcuts put the page a query names exactly at the top of the results: a release named by its id
 * or short name ("AL2", "rhel9"), or a task named by one of its aliases from the data ("sestatus",
 * "yum install"). Pagefind alone matches the last word as a prefix, so "AL2" also finds every
 * "AL2023" page and the AL2 page drowns.
 */
export interface Shortcut {
  /** Lower-case phrases that name the page. */
  terms: string[];
  url: string;
  title: string;
  kind: 'release' | 'command' | 'port';
  /** Release ids the page covers, for the release filter. */
  releases: string[];
  summary: string;
}

export interface ShortcutRelease {
  id: string;
  name: string;
  shortName: string;
}

export interface ShortcutCommand {
  id: string;
  title: string;
  summary: string;
  aliases: readonly string[];
  releases: readonly string[];
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The query with every occurrence of the given phrases removed ("rhel 9 selinux" without "rhel 9" → "selinux"). */
export function withoutTerms(query: string, terms: readonly string[]): string {
  const words = normalise(query).split(' ').filter(Boolean);
  for (const term of terms.toSorted((a, b) => b.length - a.length)) {
    const parts = term.split(' ');
    for (let i = 0; i + parts.length <= words.length;) {
      if (parts.every((part, k) => words[i + k] === part)) words.splice(i, parts.length);
      else i++;
    }
  }
  return words.join(' ');
}

/** A porting page, offered when a query names two releases joined by "to" or an arrow. */
export interface ShortcutPort {
  from: string;
  to: string;
  title: string;
  summary: string;
}

export function buildShortcuts(
  releases: readonly ShortcutRelease[],
  commands: readonly ShortcutCommand[],
  urls: { release(id: string): string; command(id: string): string; port(from: string, to: string): string },
  statusOf: (id: string) => string,
  ports: readonly ShortcutPort[] = [],
): Shortcut[] {
  return [
    ...releases.map((r) => ({
      terms: [...new Set([r.id, r.shortName, r.name].map(normalise))],
      url: urls.release(r.id),
      title: `${r.name} (${r.shortName})`,
      kind: 'release' as const,
      releases: [r.id],
      summary: statusOf(r.id),
    })),
    ...commands.map((c) => ({
      terms: [...new Set([c.id, ...c.aliases].map(normalise))],
      url: urls.command(c.id),
      title: c.title,
      kind: 'command' as const,
      releases: [...c.releases],
      summary: c.summary,
    })),
    ...ports.map((p) => ({
      terms: [],
      url: urls.port(p.from, p.to),
      title: p.title,
      kind: 'port' as const,
      releases: [p.from, p.to],
      summary: p.summary,
    })),
  ];
}

const MOVE_WORD = / (?:to|into|->|→|=>) /;

/**
 * The porting page a query asks for: two releases, in the order named, with "to" or an arrow between
 * them ("rhel 9 to al2023", "AL2 → AL2023", "migrate centos 7 into amazon linux 2023").
 */
export function matchPortShortcut(query: string, shortcuts: readonly Shortcut[]): Shortcut | undefined {
  const padded = ` ${normalise(query)
    .replace(/[^a-z0-9.→=> -]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  const named = shortcuts
    .filter((s) => s.kind === 'release')
    .map((s) => ({ id: s.releases[0]!, at: Math.min(...s.terms.map((term) => padded.indexOf(` ${term} `)).filter((i) => i >= 0)) }))
    .filter((release) => Number.isFinite(release.at))
    .sort((a, b) => a.at - b.at);
  const [first, second] = named;
  if (!first || !second || !MOVE_WORD.test(padded.slice(first.at, second.at + 1))) return undefined;
  return shortcuts.find((s) => s.kind === 'port' && s.releases[0] === first.id && s.releases[1] === second.id);
}

/** Words that ask about a release's lifecycle rather than a topic. */
export const LIFECYCLE_WORD = /^(eol|end|of|support|supported|lifecycle|life|status|until|retired?|when)$/;
const LIFECYCLE_WORDS = /\b(eol|end|support|supported|lifecycle|life|status|until|retired?)\b/;

/** Shortcuts the query names: the whole query equals a term, or (for releases) contains it as a word. */
export function matchShortcuts(
  query: string,
  shortcuts: readonly Shortcut[],
  filters: Readonly<Record<string, readonly string[]>> = {},
): Shortcut[] {
  const q = normalise(query);
  if (!q) return [];
  const padded = ` ${q.replace(/[^a-z0-9. ]+/g, ' ')} `;
  const kinds = filters['kind'];
  const wanted = filters['release'];
  return shortcuts
    .filter((s) => (kinds?.length ? kinds.includes(s.kind) : true))
    .filter((s) => (wanted?.length ? s.releases.some((r) => wanted.includes(r)) : true))
    .filter((s) => s.terms.some((term) => term === q || (s.kind === 'release' && padded.includes(` ${term} `))))
    .map((s) => (s.kind === 'release' && LIFECYCLE_WORDS.test(q) ? { ...s, url: `${s.url}#lifecycle` } : s));
}
