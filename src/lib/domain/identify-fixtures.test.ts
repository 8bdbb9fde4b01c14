/**
 * Files from real systems (test/fixtures/identify, origins and licences in its index.json): every
 * tracked release is named right from its own files, and no look-alike is taken for Amazon Linux or RHEL.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { releases } from '../../data/index.ts';
import { buildIdentifyKnowledge, identify, summarizeIdentification, type Identification } from './identify.ts';
import { FAMILY_NAMES } from '../../data/groupings.ts';

const knowledge = buildIdentifyKnowledge({ releases, familyNames: FAMILY_NAMES });
const FIXTURES = new URL('../../../test/fixtures/identify/', import.meta.url);

interface FixtureEntry {
  name: string;
  files: string[];
  origin: { repository: string; commit: string; path: string };
  licence: string;
}
const index = JSON.parse(readFileSync(new URL('index.json', FIXTURES), 'utf8')) as FixtureEntry[];

function fileOf(fixture: string, file: string): string {
  return readFileSync(new URL(`${fixture}/${file}`, FIXTURES), 'utf8');
}

function allFilesOf(entry: FixtureEntry): string {
  return entry.files.map((file) => fileOf(entry.name, file)).join('\n');
}

/** Tracked releases, and what their files must say. */
const TRACKED: Record<string, string> = {
  'ansible-amazon-linux-2018.03': 'al1',
  'ansible-amazon-linux-2': 'al2',
  'python-distro-amazon2023': 'al2023',
  'ansible-redhat-7.7': 'rhel7',
  'which-distro-rhel-8.10': 'rhel8',
  'python-distro-rhel9': 'rhel9',
  'python-distro-rhel10': 'rhel10',
  'python-distro-centos7': 'centos7',
  'ansible-centos-stream-8': 'centos-stream8',
  'python-distro-centosstream9': 'centos-stream9',
  'python-distro-centosstream10': 'centos-stream10',
  'which-distro-fedora-container-34': 'fedora34',
  'which-distro-fedora-container-36': 'fedora36',
};

const AL2022_PREVIEW = 'which-distro-amzn-2022';

/** Other systems, and the reading each must get (a subset of the match, or a verdict kind). */
const OTHERS: Record<string, { match: object } | { verdict: 'unknown' }> = {
  'python-distro-fedora42': { match: { kind: 'untracked', familyId: 'fedora', version: '42' } },
  'ansible-centos-8.1': { match: { kind: 'untracked', familyId: 'centos', version: '8' } },
  'python-distro-rocky9': { match: { kind: 'rebuild', name: 'Rocky Linux', elMajor: '9', relatedReleaseId: 'rhel9' } },
  'ansible-rockylinux-8.3': { match: { kind: 'rebuild', name: 'Rocky Linux', elMajor: '8', relatedReleaseId: 'rhel8' } },
  'python-distro-almalinux10': { match: { kind: 'rebuild', name: 'AlmaLinux', elMajor: '10', relatedReleaseId: 'rhel10' } },
  'ansible-almalinux-8.3-beta': { match: { kind: 'rebuild', name: 'AlmaLinux', elMajor: '8', relatedReleaseId: 'rhel8' } },
  'which-distro-ol-8.7': { match: { kind: 'rebuild', name: 'Oracle Linux Server', elMajor: '8', relatedReleaseId: 'rhel8' } },
  'python-distro-oracle7': { verdict: 'unknown' },
  'python-distro-scientific7': { match: { kind: 'rebuild', name: 'Scientific Linux', elMajor: '7', relatedReleaseId: 'rhel7' } },
  'which-distro-scientific-7.5': { match: { kind: 'rebuild', name: 'Scientific Linux', elMajor: null, relatedReleaseId: null } },
  'which-distro-xcp-ng-8.2.0': { match: { kind: 'rebuild', name: 'XCP-ng', elMajor: null, relatedReleaseId: null } },
  'which-distro-nobara-40': { verdict: 'unknown' },
  'which-distro-bazzite-40': { verdict: 'unknown' },
};

const AMAZON_OR_RHEL = new Set(['amazon-linux', 'rhel']);

/** The Amazon Linux or RHEL release or family the answer names, if it names one. */
function amazonOrRhelNamed(result: Identification): string | null {
  const v = result.verdict;
  if (v.kind !== 'match') return null;
  const m = v.match;
  const ids = m.kind === 'release' || m.kind === 'former' ? [m.releaseId] : m.kind === 'ambiguous' ? m.releaseIds : [];
  const families = m.kind === 'family' ? [m.familyId] : ids.map((id) => releases.find((r) => r.id === id)!.family);
  return families.find((f) => AMAZON_OR_RHEL.has(f)) ?? null;
}

describe('the fixture corpus', () => {
  test('every folder is listed in index.json with its origin and licence, and every entry has an expected answer', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(index.map((e) => e.name).sort()).toEqual(folders);
    for (const entry of index) {
      expect(entry.origin.repository, entry.name).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
      expect(entry.origin.commit, entry.name).toMatch(/^[0-9a-f]{40}$/);
      expect(['Apache-2.0', 'GPL-2.0', 'GPL-3.0-or-later'], entry.name).toContain(entry.licence);
      expect(readdirSync(new URL(`${entry.name}/`, FIXTURES)).sort(), entry.name).toEqual([...entry.files].sort());
    }
    expect([...Object.keys(TRACKED), AL2022_PREVIEW, ...Object.keys(OTHERS)].sort()).toEqual(folders);
  });
});

describe('tracked releases from their own files', () => {
  for (const [name, releaseId] of Object.entries(TRACKED)) {
    test(`${name} is ${releaseId}, with high confidence`, () => {
      const entry = index.find((e) => e.name === name)!;
      const result = identify(allFilesOf(entry), knowledge);
      expect(result.verdict, summarizeIdentification(knowledge, result)).toMatchObject({
        kind: 'match',
        match: { kind: 'release', releaseId },
        confidence: 'high',
      });
      expect(identify(fileOf(name, 'os-release'), knowledge).verdict).toMatchObject({ match: { kind: 'release', releaseId } });
    });
  }
});

test('the Amazon Linux 2022 preview is named as the preview of AL2023', () => {
  expect(identify(fileOf(AL2022_PREVIEW, 'os-release'), knowledge).verdict).toMatchObject({
    kind: 'match',
    match: { kind: 'former', releaseId: 'al2023', formerName: 'Amazon Linux 2022' },
  });
});

describe('other systems', () => {
  for (const [name, expected] of Object.entries(OTHERS)) {
    test(`${name} is read as expected and never as Amazon Linux or RHEL`, () => {
      const entry = index.find((e) => e.name === name)!;
      const result = identify(allFilesOf(entry), knowledge);
      const summary = summarizeIdentification(knowledge, result);
      if ('verdict' in expected) expect(result.verdict.kind, summary).toBe(expected.verdict);
      else expect(result.verdict, summary).toMatchObject({ kind: 'match', match: expected.match });
      expect(amazonOrRhelNamed(result), summary).toBeNull();
      // A kernel release alone cannot tell a rebuild from RHEL, so only the named files are checked one by one.
      for (const file of entry.files.filter((f) => f !== 'uname-r')) {
        const alone = identify(fileOf(name, file), knowledge);
        expect(amazonOrRhelNamed(alone), `${file}: ${summarizeIdentification(knowledge, alone)}`).toBeNull();
      }
    });
  }
});
