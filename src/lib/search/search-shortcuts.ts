import { joinBase } from '../../core/base-path.ts';
import { comparePath, portPath } from '../../core/site-paths.ts';
import { findReleases, meaningfulWords, normalise, stem, wordsOf, type ReleaseName } from './query-words.ts';

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
  /** Shown as the result's excerpt; empty for tasks and moves, whose titles say enough (it keeps the file small). */
  summary: string;
  /** A release past its end of life on the status date (release shortcuts only). */
  endOfLife?: boolean;
  /** The release's short name, for the chosen-release filter buttons (release shortcuts only). */
  shortName?: string;
  /** The command reference narrowed to the two releases of a move (porting shortcuts only). */
  compareUrl?: string;
}

export interface ShortcutRelease {
  id: string;
  name: string;
  shortName: string;
  formerNames?: readonly string[];
}

export interface ShortcutCommand {
  id: string;
  title: string;
  aliases: readonly string[];
  releases: readonly string[];
}

/** A porting page, offered when a query names two releases joined by "to" or an arrow. */
export interface ShortcutPort {
  from: string;
  to: string;
  title: string;
}

export function buildShortcuts(
  releases: readonly ShortcutRelease[],
  commands: readonly ShortcutCommand[],
  urls: {
    release(id: string): string;
    command(id: string): string;
    port(from: string, to: string): string;
    compare(from: string, to: string): string;
  },
  statusOf: (id: string) => { text: string; endOfLife: boolean },
  ports: readonly ShortcutPort[] = [],
): Shortcut[] {
  return [
    ...releases.map((r) => ({
      terms: [...new Set([r.id, r.shortName, r.name, ...(r.formerNames ?? [])].map(normalise))],
      url: urls.release(r.id),
      title: `${r.name} (${r.shortName})`,
      kind: 'release' as const,
      releases: [r.id],
      summary: statusOf(r.id).text,
      endOfLife: statusOf(r.id).endOfLife,
      shortName: r.shortName,
    })),
    ...commands.map((c) => ({
      terms: [...new Set([c.id, ...c.aliases].map(normalise))],
      url: urls.command(c.id),
      title: c.title,
      kind: 'command' as const,
      releases: [...c.releases],
      summary: '',
    })),
    ...ports.map((p) => ({
      terms: [],
      url: urls.port(p.from, p.to),
      title: p.title,
      kind: 'port' as const,
      releases: [p.from, p.to],
      summary: '',
      compareUrl: urls.compare(p.from, p.to),
    })),
  ];
}

/**
 * A shortcut as search-shortcuts.json stores it, which every first search fetches: what its other
 * fields give is left out — a move's two links (its releases give them, 0.6 KB gzip) and a task's id
 * among its terms (its link ends with it, 0.3 KB).
 */
export type StoredShortcut = Omit<Shortcut, 'url' | 'compareUrl'> & { url?: string };

/** The last segment of a link: a task's id in /commands/<id>/. */
const lastSegment = (url: string) => url.split('/').filter(Boolean).pop() ?? '';

export function storeShortcuts(shortcuts: readonly Shortcut[]): StoredShortcut[] {
  return shortcuts.map((s) => {
    if (s.kind === 'command') return { ...s, terms: s.terms.filter((term) => term !== lastSegment(s.url)) };
    if (s.kind !== 'port') return s;
    return Object.fromEntries(Object.entries(s).filter(([key]) => key !== 'url' && key !== 'compareUrl')) as StoredShortcut;
  });
}

/** The shortcuts of the stored file, with what was left out made again; a move's links under `base`. */
export function restoreShortcuts(stored: readonly StoredShortcut[], base: string): Shortcut[] {
  return stored.map((s) => {
    const url = s.url ?? '';
    if (s.kind === 'command') return { ...s, url, terms: [lastSegment(url), ...s.terms] };
    if (s.kind !== 'port') return { ...s, url };
    const [from, to] = s.releases as [string, string];
    return { ...s, url: joinBase(base, portPath(from, to)), compareUrl: joinBase(base, comparePath(from, to)) };
  });
}

/** The ways of naming each release, from the release shortcuts (which are built from the data). */
export function releaseNames(shortcuts: readonly Shortcut[]): ReleaseName[] {
  return shortcuts.filter((s) => s.kind === 'release').flatMap((s) => s.terms.map((name) => ({ release: s.releases[0]!, name })));
}

const MOVE_WORD = /^(?:to|into|->|→|=>)$/;

/**
 * The porting page a query asks for: two releases, in the order named, with "to" or an arrow between
 * them ("rhel 9 to al2023", "AL2 → AL2023", "migrate centos 7 into amazon linux 2023").
 */
export function matchPortShortcut(query: string, shortcuts: readonly Shortcut[]): Shortcut | undefined {
  const spaced = normalise(query).replace(/(->|→|=>)/g, ' $1 ');
  const { releases, at } = findReleases(spaced, releaseNames(shortcuts));
  const [from, to] = releases;
  if (!from || !to) return undefined;
  const between = wordsOf(spaced).slice(at[0]! + 1, at[1]);
  if (!between.some((word) => MOVE_WORD.test(word))) return undefined;
  return shortcuts.find((s) => s.kind === 'port' && s.releases[0] === from && s.releases[1] === to);
}

/** Words that ask about a release's lifecycle rather than a topic. */
export const LIFECYCLE_WORD = /^(eol|end|of|support|supported|lifecycle|life|status|until|retired?|reach|reaches|date)$/;

/** Release shortcuts for the releases a query names; a lifecycle question opens the lifecycle section. */
export function matchReleases(
  releases: readonly string[],
  lifecycle: boolean,
  shortcuts: readonly Shortcut[],
  filters: Readonly<Record<string, readonly string[]>> = {},
): Shortcut[] {
  const kinds = filters['kind'];
  if (kinds?.length && !kinds.includes('release')) return [];
  const wanted = filters['release'];
  return releases
    .filter((id) => !wanted?.length || wanted.includes(id))
    .map((id) => shortcuts.find((s) => s.kind === 'release' && s.releases[0] === id))
    .filter((s): s is Shortcut => s !== undefined)
    .map((s) => (lifecycle ? { ...s, url: `${s.url}#lifecycle` } : s));
}

/** How well a task's name covers the query's words, from 0 (not at all) to 1 (every word). */
export interface TaskMatch {
  task: Shortcut;
  /** Share of the query's words that the task's title, id or aliases contain. */
  coverage: number;
  /** The query holds one of the task's aliases as a phrase, or is its id. */
  named: boolean;
}

const TITLE_NOISE = /[()"“”,]/g;

/**
 * The tasks whose own name answers the query: every query word found in the task's title, id or an
 * alias (an alias counts when the query holds it as a whole phrase). Stop words never count.
 */
export function matchTasks(words: readonly string[], shortcuts: readonly Shortcut[]): TaskMatch[] {
  if (words.length === 0) return [];
  const query = ` ${words.join(' ')} `;
  const stems = words.map(stem);
  const matches: TaskMatch[] = [];
  for (const task of shortcuts) {
    if (task.kind !== 'command') continue;
    const nameWords = new Set(
      [...wordsOf(task.title.replace(TITLE_NOISE, ' ')), ...task.terms[0]!.split('-')].flatMap((w) => [w, ...w.split('/')]).map(stem),
    );
    const phrases = task.terms.filter((term) => query.includes(` ${term} `));
    const phraseWords = new Set(phrases.flatMap((phrase) => phrase.split(' ')).map(stem));
    const covered = stems.filter((word) => nameWords.has(word) || phraseWords.has(word)).length;
    if (covered === 0) continue;
    matches.push({ task, coverage: covered / stems.length, named: phrases.length > 0 });
  }
  return matches.sort((a, b) => b.coverage - a.coverage || Number(b.named) - Number(a.named));
}

/** The meaningful words of a query, without the names of releases and lifecycle words when a release is named. */
export function topicalWords(rest: string, namesRelease: boolean): string[] {
  const words = meaningfulWords(rest);
  return namesRelease ? words.filter((word) => !LIFECYCLE_WORD.test(word)) : words;
}
