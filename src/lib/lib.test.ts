import { describe, expect, test } from 'vitest';
import { commandDisplay, proseParts } from './command-text.ts';
import { excerptParts } from './excerpt.ts';
import { buildNavigation, isCurrent } from './navigation.ts';
import { pageCitations } from './page-citations.ts';
import { joinBase } from './paths.ts';
import { closestId, editDistance } from './suggest.ts';
import { highlightRanges, highlightTerms } from './highlight-terms.ts';
import { sortReleases } from './release-order.ts';
import { closestRelatives } from './relatives.ts';

describe('commandDisplay', () => {
  test('shows placeholders as <name> and records where they are', () => {
    expect(commandDisplay(['sudo dnf install {{package}}', 'rpm -q {{package}}'])).toEqual({
      text: 'sudo dnf install <package>\nrpm -q <package>',
      placeholders: [
        { name: 'package', start: 17, end: 26 },
        { name: 'package', start: 34, end: 43 },
      ],
    });
  });

  test('leaves lines without placeholders, and shell braces, alone', () => {
    expect(commandDisplay(['echo ${HOME} {a,b}'])).toEqual({ text: 'echo ${HOME} {a,b}', placeholders: [] });
  });
});

describe('excerptParts', () => {
  test('splits marks from text and decodes entities, never keeping other tags', () => {
    expect(excerptParts('run <mark>sestatus</mark> &amp; <b>getenforce</b> &lt;x&gt;')).toEqual([
      { text: 'run ', marked: false },
      { text: 'sestatus', marked: true },
      { text: ' & getenforce <x>', marked: false },
    ]);
  });

  test('turns markup into inert text', () => {
    const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(parts).toEqual([{ text: '<script>alert(1)</script>', marked: false }]);
  });
});

describe('buildNavigation', () => {
  test('groups pages by section in the declared order and sorts by order, then title', () => {
    const nav = buildNavigation([
      { href: '/c/', title: 'Commands', section: 'reference', order: 0 },
      { href: '/b/', title: 'Beta', section: 'start', order: 2 },
      { href: '/a/', title: 'Alpha', section: 'start', order: 2 },
      { href: '/o/', title: 'Overview', section: 'start', order: 1 },
    ]);
    expect(nav.map((s) => [s.id, s.pages.map((p) => p.title)])).toEqual([
      ['start', ['Overview', 'Alpha', 'Beta']],
      ['reference', ['Commands']],
    ]);
  });

  test('isCurrent ignores a trailing slash', () => {
    expect(isCurrent('/releases/', '/releases')).toBe(true);
    expect(isCurrent('/releases/', '/releases/al2/')).toBe(false);
  });
});

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

describe('joinBase', () => {
  test('joins root and sub-path bases without doubling slashes', () => {
    expect(joinBase('/', 'releases/al2/')).toBe('/releases/al2/');
    expect(joinBase('/guides/al/', '/releases/')).toBe('/guides/al/releases/');
    expect(joinBase('/guides/al/', '')).toBe('/guides/al/');
  });
});

describe('closestId', () => {
  test('suggests a near id and nothing for a far one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestId('al2032', ['al2023', 'rhel9'])).toBe('al2023');
    expect(closestId('ubuntu', ['al2023', 'rhel9'])).toBeUndefined();
  });
});

describe('sortReleases', () => {
  test('orders by family, then GA date with previews last', () => {
    const r = (id: string, family: 'amazon-linux' | 'rhel', ga: string | null) => ({ id, family, lifecycle: { ga } });
    expect(
      sortReleases([r('rhel9', 'rhel', '2022-05-18'), r('al2027', 'amazon-linux', null), r('al2', 'amazon-linux', '2018-06-26')]).map(
        (x) => x.id,
      ),
    ).toEqual(['al2', 'al2027', 'rhel9']);
  });
});

describe('closestRelatives', () => {
  test('follows lineage links both ways, two steps deep, in data order', () => {
    const r = (id: string, to: string[] = []) => ({ id, lineage: { relations: to.map((t) => ({ to: t })) } });
    const releases = [
      r('al2', ['centos7']),
      r('al2023', ['fedora34', 'centos-stream9']),
      r('rhel7'),
      r('rhel9', ['centos-stream9']),
      r('centos7', ['rhel7']),
      r('centos-stream9', ['fedora34']),
      r('fedora34'),
    ];
    expect(closestRelatives('al2', releases)).toEqual(['rhel7', 'centos7']);
    expect(closestRelatives('al2023', releases)).toEqual(['rhel9', 'centos-stream9', 'fedora34']);
  });
});

describe('proseParts', () => {
  test('splits out placeholders mentioned in prose', () => {
    expect(proseParts("Use 'dnf remove {{package}}' later.")).toEqual([
      { text: "Use 'dnf remove " },
      { placeholder: 'package' },
      { text: "' later." },
    ]);
    expect(proseParts('No placeholders.')).toEqual([{ text: 'No placeholders.' }]);
  });
});

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
