import { describe, expect, test } from 'vitest';
import { releaseFact, releaseSources, releaseStatus, type ReleaseForFacts } from './release-facts.ts';

const release = {
  id: 'al9',
  name: 'Amazon Linux 9',
  shortName: 'AL9',
  codename: null,
  lifecycle: {
    ga: '2023-03-15',
    endOfStandardSupport: '2027-06-30',
    endOfMaintenance: '2029-06-30',
    phaseNames: { standard: 'Standard support', maintenance: 'Maintenance support' },
    sources: ['life'],
    conflict: 'One page says 2028.',
  },
  lineage: { summary: 'x', relations: [{ sources: ['rel'] }], sources: ['lin'] },
  packageManager: { value: 'dnf', sources: ['pm'], note: 'yum runs dnf.' },
  initSystem: { value: { name: 'systemd', version: '252' }, sources: ['init'] },
  kernels: {
    value: [
      { series: '6.1', default: false },
      { series: '6.18', default: true, packageName: 'kernel6.18' },
    ],
    sources: ['k'],
  },
  python: { value: { default: '3.9', others: ['3.11'] }, sources: ['py'] },
  selinux: { unknown: 'Not documented.' },
  osRelease: { value: { fields: { ID: 'amzn', PLATFORM_ID: null }, varies: { ID: 'never' } }, sources: ['os'] },
  systemRelease: { value: { present: true, sample: 'Amazon Linux release 9' }, sources: ['sr'] },
  redhatRelease: { value: { present: false }, sources: ['rr'] },
  containerImages: { value: ['amazonlinux:9'], sources: ['img'] },
  sources: ['all'],
} satisfies ReleaseForFacts & { lineage: unknown; sources: readonly string[] };

describe('releaseFact', () => {
  test('words a sourced value and keeps its note', () => {
    expect(releaseFact(release, 'packageManager')).toEqual({ text: 'dnf', note: 'yum runs dnf.', sources: ['pm'] });
    expect(releaseFact(release, 'initSystem').text).toBe('systemd 252');
    expect(releaseFact(release, 'defaultKernel').text).toBe('6.18');
    expect(releaseFact(release, 'kernels').text).toBe('6.1, 6.18 (default) [kernel6.18]');
    expect(releaseFact(release, 'python')).toMatchObject({ text: '3.9', note: 'Also packaged: 3.11.' });
  });

  test('says unknown, with the reason, instead of inventing a value', () => {
    expect(releaseFact(release, 'selinux')).toEqual({ text: null, unknown: 'Not documented.', sources: [] });
    expect(releaseFact(release, 'versionId')).toMatchObject({ text: null });
  });

  test('distinguishes a field known to be absent from one not recorded', () => {
    expect(releaseFact(release, 'platformId').text).toBe('(not set)');
    expect(releaseFact(release, 'osId')).toMatchObject({ text: 'amzn', note: 'Varies: never.' });
    expect(releaseFact(release, 'redhatRelease').text).toBe('absent');
    expect(releaseFact(release, 'systemRelease').text).toBe('Amazon Linux release 9');
  });

  test('carries a lifecycle conflict with every lifecycle date', () => {
    expect(releaseFact(release, 'endOfMaintenance')).toEqual({
      text: '2029-06-30',
      date: '2029-06-30',
      conflict: 'One page says 2028.',
      sources: ['life'],
    });
    expect(releaseFact(release, 'endOfExtendedSupport').text).toBe('no such phase');
    expect(releaseFact(release, 'endOfExtendedSupport').absent).toBe(true);
    expect(releaseFact(release, 'endOfMaintenance').absent).toBeUndefined();
  });
});

describe('releaseStatus and releaseSources', () => {
  test('gives the status with its wording', () => {
    expect(releaseStatus(release, '2028-01-01')).toMatchObject({
      status: 'maintenance',
      text: 'Maintenance: Maintenance support until 2029-06-30',
    });
  });

  test('lists every cited source once, release-wide sources first', () => {
    expect(releaseSources(release)).toEqual(['all', 'life', 'lin', 'rel', 'pm', 'init', 'k', 'py', 'os', 'sr', 'rr', 'img']);
  });
});
