import { describe, expect, test } from 'vitest';
import { highlightRanges, highlightTerms } from './highlight-terms.ts';

describe('search term highlighting', () => {
  test('marks each word of the query and of its split form, longest first, without overlaps', () => {
    expect(highlightTerms('kernel-devel')).toEqual(['kernel-devel', 'kernel', 'devel']);
    expect(highlightTerms('EPEL on AL2023')).toEqual(['al2023', 'epel', 'on']);
    expect(highlightRanges('Install kernel-devel, then kernel modules.', highlightTerms('kernel-devel'))).toEqual([
      { start: 8, end: 20 },
      { start: 27, end: 33 },
    ]);
    expect(highlightRanges('no match here', ['zzz'])).toEqual([]);
  });
});
