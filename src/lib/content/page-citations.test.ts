import { describe, expect, test } from 'vitest';
import { pageCitations } from './page-citations.ts';

describe('pageCitations', () => {
  test('numbers sources in order of first use across citing components, skipping code', () => {
    const body = [
      'Text <Cite id="b a" />.',
      '`<Cite id="in-code" />`',
      'Value <ReleaseFact release="al2023" fact="idLike" />.',
      '<Command id="install-package" />',
      'Again <Cite id="a" /> and <Unrelated id="z" />.',
    ].join('\n');
    const ids = pageCitations(body, {
      Cite: (a) => (a['id'] ?? '').split(' '),
      Command: (a) => (a['id'] === 'install-package' ? ['c', 'a'] : []),
      ReleaseFact: (a) => (a['release'] === 'al2023' && a['fact'] === 'idLike' ? ['d'] : []),
    });
    expect(ids).toEqual(['b', 'a', 'd', 'c']);
  });
});
