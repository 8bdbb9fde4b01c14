/**
 * What a typed query is about, read before the index is asked: the words that carry meaning (stop
 * words, question words and the noise of an error message dropped), and the releases it names, from
 * a vocabulary built from the release data ("al2023", "amazon linux 2023", "rhel 9", "rhel9", …).
 */

/** Words that never decide a ranking: articles, pronouns, question and helper words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by can could do does did for from get got have has how i if in into is it its me my ' +
    'need of on or our should so that the their then there this to up use using was we what when where which ' +
    'who why will with would you your'
  ).split(' '),
);

/**
 * What a terminal adds around the word that matters: "bash: sestatus: command not found",
 * "fatal error: Python.h: No such file or directory", "No package epel-release available."
 */
const ERROR_NOISE = [
  /\bcommand not found\b/g,
  /\bno such file or directory\b/g,
  /\bfatal error\b/g,
  /^\s*(?:-?bash|zsh|sh|sudo|error|warning)\s*:/g,
  /^\s*no package\b(.*)\bavailable\b/g,
];

/** Lower case, with runs of spaces made one. */
export const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The query without the noise of an error message; the query itself when nothing else would be left. */
export function withoutErrorNoise(query: string): string {
  let text = normalise(query);
  for (const noise of ERROR_NOISE) text = text.replace(noise, (_, kept?: string) => ` ${typeof kept === 'string' ? kept : ''} `);
  const kept = text
    .replace(/:+(\s|$)/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]|^(?:->|→|=>)$/u.test(word));
  return kept.join(' ') || normalise(query);
}

/** Words of a text as Pagefind would see them apart: lower case, split at spaces, trailing punctuation off. */
export function wordsOf(text: string): string[] {
  return normalise(text)
    .split(' ')
    .map((word) => word.replace(/^[("'“]+|[)"'”.,;:!?]+$/g, ''))
    .filter(Boolean);
}

/** A crude English stem, the same on both sides of a comparison: "packages" → "package", "installing" → "install". */
export function stem(word: string): string {
  if (word.length >= 7 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words that carry the query's meaning; all of them when every word is a stop word. */
export function meaningfulWords(text: string): string[] {
  const words = wordsOf(text);
  const kept = words.filter((word) => !STOP_WORDS.has(word));
  return kept.length > 0 ? kept : words;
}

/** One way of naming a release: its id, short name, full name or a former name, in lower case. */
export interface ReleaseName {
  release: string;
  name: string;
}

/**
 * The releases a query names, in the order it names them, and the query with those names taken out.
 * Longer names win ("amazon linux 2023" over "amazon linux 2"); a name matches whole words only.
 */
export function findReleases(query: string, names: readonly ReleaseName[]): { releases: string[]; rest: string; at: number[] } {
  const words = wordsOf(query);
  const found: { release: string; at: number }[] = [];
  const sorted = names.toSorted((a, b) => b.name.split(' ').length - a.name.split(' ').length || b.name.length - a.name.length);
  const taken = new Array<boolean>(words.length).fill(false);
  for (const { release, name } of sorted) {
    const parts = name.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.every((part, k) => !taken[i + k] && words[i + k] === part)) {
        for (let k = 0; k < parts.length; k++) taken[i + k] = true;
        found.push({ release, at: i });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  const releases = [...new Set(found.map((f) => f.release))];
  return {
    releases,
    rest: words.filter((_, i) => !taken[i]).join(' '),
    at: releases.map((release) => found.find((f) => f.release === release)!.at),
  };
}
