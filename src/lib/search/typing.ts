/**
 * When to search while the reader types. Every new prefix of a word can make Pagefind fetch index
 * chunks of its own ("s" reaches every chunk holding a word in s…), so a word shorter than
 * MIN_PREFIX is searched only at a word boundary or after a pause; a longer one at once, so results
 * settle within a few milliseconds of the last key.
 */
export const MIN_PREFIX = 3;
/** How long the reader must stop on a short last word ("ip", "ss") before it is searched. */
export const PAUSE_MS = 250;

/** Milliseconds to wait before searching this input: 0 to search now. */
export function searchDelay(input: string): number {
  if (!input.trim() || /\s$/.test(input)) return 0;
  const last = input.trim().split(/\s+/).at(-1) ?? '';
  return [...last.replace(/[^\p{L}\p{N}]/gu, '')].length >= MIN_PREFIX ? 0 : PAUSE_MS;
}
