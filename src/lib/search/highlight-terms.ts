/**
 * Where to mark search terms on a page opened from a result: each word of the query (and of its
 * punctuation-split form), matched case-insensitively. Ranges never overlap.
 */
import { queryVariants } from './search-query.ts';

export interface Range {
  start: number;
  end: number;
}

/** The words worth marking: two characters or more, longest first so "kernel-devel" wins over "kernel". */
export function highlightTerms(query: string): string[] {
  const words = queryVariants(query).flatMap((variant) => variant.split(' '));
  return [...new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length);
}

export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let from = lower.indexOf(term); from !== -1; from = lower.indexOf(term, from + term.length)) {
      const range = { start: from, end: from + term.length };
      if (!ranges.some((r) => range.start < r.end && r.start < range.end)) ranges.push(range);
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}
