import { describe, expect, test } from 'vitest';
import { highlightRanges, highlightTerms } from './highlight-terms.ts';

describe('search term highlighting', () => {
  test('marks each meaningful word of the query and of its split form, longest first, never a stop word', () => {
    expect(highlightTerms('kernel-devel')).toEqual(['kernel-devel', 'kernel', 'devel']);
    expect(highlightTerms('EPEL on AL2023')).toEqual(['al2023', 'epel']);
    expect(highlightTerms('how do I check if selinux is enforcing')).toEqual(['enforcing', 'selinux', 'check']);
    expect(highlightTerms('bash: sestatus: command not found')).toEqual(['sestatus']);
  });

  test('marks whole words in prose, never a piece of a longer word', () => {
    expect(highlightRanges('Install kernel-devel, then kernel modules.', highlightTerms('kernel-devel'))).toEqual([
      { start: 8, end: 20 },
      { start: 27, end: 33 },
    ]);
    expect(highlightRanges('pseudo sudo; config, reconfigure', ['sudo', 'config'])).toEqual([
      { start: 7, end: 11 },
      { start: 13, end: 19 },
    ]);
    expect(highlightRanges('no match here', ['zzz'])).toEqual([]);
  });

  test('inside code marks only whole tokens between spaces', () => {
    expect(highlightRanges('sudo dnf install kernel-devel-$(uname -r)', ['kernel', 'dnf'], true)).toEqual([{ start: 5, end: 8 }]);
    expect(highlightRanges('cat /etc/os-release', ['/etc/os-release', 'os'], true)).toEqual([{ start: 4, end: 19 }]);
  });
});
