/**
 * Where to mark search terms on a page opened from a result: each meaningful word of the query (and
 * of its punctuation-split form), matched case-insensitively and only as a whole word: in prose a run
 * of letters, digits, "_" and "-"; inside code a whole token between spaces. Ranges never overlap.
 */
import { meaningfulWords, withoutErrorNoise } from './query-words.ts';
import { queryVariants } from './search-query.ts';

export interface Range {
  start: number;
  end: number;
}

/** The words worth marking: no stop words, two characters or more, longest first so "kernel-devel" wins over "kernel". */
export function highlightTerms(query: string): string[] {
  const words = queryVariants(withoutErrorNoise(query)).flatMap((variant) => meaningfulWords(variant));
  return [...new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length);
}

const PROSE_WORD = /[\p{L}\p{N}_-]/u;
const CODE_TOKEN = /\S/u;

/** Ranges of whole-word matches; `inCode` makes a word a whole shell token ("sudo" never marks inside "pseudo" or "sudo-rs"). */
export function highlightRanges(text: string, terms: readonly string[], inCode = false): Range[] {
  const lower = text.toLowerCase();
  const partOfWord = inCode ? CODE_TOKEN : PROSE_WORD;
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let from = lower.indexOf(term); from !== -1; from = lower.indexOf(term, from + 1)) {
      const range = { start: from, end: from + term.length };
      const before = text[range.start - 1];
      const after = text[range.end];
      const whole = (before === undefined || !partOfWord.test(before)) && (after === undefined || !partOfWord.test(after));
      if (whole && !ranges.some((r) => range.start < r.end && r.start < range.end)) ranges.push(range);
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}
