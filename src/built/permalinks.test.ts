import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems.ts';
import { parsePermalinkManifest, type PermalinkManifest } from '../data/permalinks.ts';
import type { HtmlPage } from '../lib/presentation/site-pages.ts';
import { parseHtml } from './html.ts';
import { checkPermalinks, insertAnchorAliases, observePermalinks, publicAnchors, updateManifest } from './permalinks.ts';

const page = (main: string) =>
  parseHtml(`<html><body><nav><h2 id="nav-start">Start</h2></nav><main id="main">${main}</main></body></html>`);
const manifest = (over: Partial<PermalinkManifest> = {}): PermalinkManifest => ({
  about: '',
  pages: {},
  redirects: {},
  anchorAliases: {},
  ...over,
});

describe('publicAnchors', () => {
  it('lists heading ids, copy-link targets and data-permalink ids inside <main>, not the page chrome', () => {
    const html = page(
      '<div class="heading"><h2 id="lineage">Lineage</h2><a class="anchor-link" href="#lineage" data-anchor-link>#</a></div>' +
        '<table><tr id="install-package"><th><a href="#install-package" data-anchor-link>#</a></th><td data-permalink id="install-package--al2023"></td></tr></table>' +
        '<p id="private-caption">not promised</p>',
    );
    expect(publicAnchors(html)).toEqual(['install-package', 'install-package--al2023', 'lineage']);
  });
});

describe('observePermalinks', () => {
  it('lists the indexable pages with their anchors and the data documents, not the 404 page', () => {
    const entry = (path: string, indexable: boolean): HtmlPage => ({
      kind: 'guide',
      path,
      title: 'T',
      description: 'D',
      section: '',
      indexable,
    });
    const pages = [
      { entry: entry('/', true), tree: page('<h2 id="a">A</h2>') },
      { entry: entry('/404.html', false), tree: page('<h2 id="b">B</h2>') },
    ];
    expect(observePermalinks(pages, [{ kind: 'document', path: '/api/v1/releases.json', type: 'application/json' }])).toEqual({
      '/': ['a'],
      '/api/v1/releases.json': [],
    });
  });
});

describe('checkPermalinks', () => {
  const listed = manifest({ pages: { '/guide/identify/': ['os-release', 'uname'] } });

  it('passes when every listed URL and anchor is still there', () => {
    expect(checkPermalinks(listed, { '/guide/identify/': ['os-release', 'uname'] })).toEqual([]);
  });

  it('fails when a listed anchor disappears, naming it and the two fixes', () => {
    expect(checkPermalinks(listed, { '/guide/identify/': ['os-release'] }).map(formatProblem)).toEqual([
      'src/data/permalinks.json › pages › /guide/identify/ = "#uname": expected the id restored, or "/guide/identify/#uname": "<new id>" added to "anchorAliases"',
    ]);
  });

  it('accepts a renamed anchor when an alias records where it went', () => {
    const renamed = {
      ...listed,
      pages: { '/guide/identify/': ['kernel-version', 'os-release', 'uname'] },
      anchorAliases: { '/guide/identify/#uname': 'kernel-version' },
    };
    expect(checkPermalinks(renamed, { '/guide/identify/': ['kernel-version', 'os-release'] })).toEqual([]);
  });

  it('fails when a listed page disappears without a redirect, and passes with one', () => {
    expect(formatProblem(checkPermalinks(listed, { '/guide/identify-a-system/': ['os-release', 'uname'] })[0]!)).toBe(
      'src/data/permalinks.json › pages › /guide/identify/ = "not built": expected the page restored, or "/guide/identify/": "<new path>" added to "redirects"',
    );
    const moved = manifest({
      pages: { ...listed.pages, '/guide/identify-a-system/': ['os-release', 'uname'] },
      redirects: { '/guide/identify/': '/guide/identify-a-system/' },
    });
    expect(checkPermalinks(moved, { '/guide/identify-a-system/': ['os-release', 'uname'] })).toEqual([]);
  });

  it('fails when a redirect or an alias points nowhere', () => {
    const broken = manifest({
      redirects: { '/old/': '/missing/' },
      anchorAliases: { '/guide/identify/#old': 'missing' },
      pages: { '/guide/identify/': [] },
    });
    expect(checkPermalinks(broken, { '/guide/identify/': [] }).map(formatProblem)).toEqual([
      'src/data/permalinks.json › redirects › /old/ = "/missing/": expected a target the build has (/missing/ is not built)',
      'src/data/permalinks.json › anchorAliases › /guide/identify/#old = "missing": expected an id that /guide/identify/ has (it has no #missing)',
    ]);
  });

  it('asks for the manifest to be updated when the build has URLs or anchors it does not list', () => {
    expect(
      checkPermalinks(listed, { '/guide/identify/': ['os-release', 'uname', 'hostnamectl'], '/tools/': [] }).map(formatProblem),
    ).toEqual([
      'src/data/permalinks.json › pages › /guide/identify/ = "#hostnamectl": expected the new anchors listed: run `npm run permalinks:update` and commit the manifest',
      'src/data/permalinks.json › pages › /tools/ = "not listed": expected the new page listed: run `npm run permalinks:update` and commit the manifest',
    ]);
  });
});

describe('updateManifest', () => {
  it('records the build, keeps aliased anchors, and sorts for stable diffs', () => {
    const current = manifest({ pages: { '/b/': ['old', 'x'] }, anchorAliases: { '/b/#old': 'new' } });
    expect(updateManifest(current, { '/b/': ['x', 'new'], '/a/': [] }).pages).toEqual({ '/a/': [], '/b/': ['new', 'old', 'x'] });
  });
});

describe('insertAnchorAliases', () => {
  it('puts the old id at the start of the element with the new id', () => {
    expect(insertAnchorAliases('<h2 id="new">T</h2>', [['old', 'new']])).toBe(
      '<h2 id="new"><span id="old" class="anchor-alias"></span>T</h2>',
    );
  });

  it('puts it inside the first cell when the new id is on a table row', () => {
    expect(insertAnchorAliases('<tr id="new"><th scope="row">T</th></tr>', [['old', 'new']])).toBe(
      '<tr id="new"><th scope="row"><span id="old" class="anchor-alias"></span>T</th></tr>',
    );
  });

  it('fails, naming both ids, when the new id is not on the page', () => {
    expect(() => insertAnchorAliases('<p>no</p>', [['old', 'new']])).toThrow(
      'anchor alias #old → #new: the page has no element with id "new"',
    );
  });
});

describe('parsePermalinkManifest', () => {
  it('names the file and the entry when the manifest is malformed', () => {
    expect(() => parsePermalinkManifest({ about: '', pages: { 'guide/x/': [] }, redirects: {}, anchorAliases: {} })).toThrow(
      'src/data/permalinks.json › pages › guide/x/ = "guide/x/": expected a site path such as /guide/identify/ or /api/v1/releases.json (no base path)',
    );
  });
});
