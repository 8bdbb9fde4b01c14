/**
 * What the generated guide tables and diagrams show, in one place: the components render these
 * lists and src/lib/content/citers.ts cites the sources of exactly these facts.
 */
import type { ReleaseFactKey } from './release-facts.ts';

/** Rows of the version map, top to bottom. */
export const VERSION_MAP_FACTS: readonly ReleaseFactKey[] = [
  'kernels',
  'packageManager',
  'initSystem',
  'python',
  'selinux',
  'osId',
  'idLike',
  'versionId',
  'platformId',
  'systemRelease',
  'redhatRelease',
  'containerImage',
  'ga',
  'endOfStandardSupport',
  'endOfMaintenance',
  'endOfExtendedSupport',
];

/** The Amazon Linux generations, in order. */
export const AMAZON_LINUX_GENERATIONS = ['al1', 'al2', 'al2023', 'al2027'] as const;

/** Releases on the lifecycle timeline, top to bottom. */
export const TIMELINE_RELEASES = [
  'al1',
  'al2',
  'al2023',
  'al2027',
  'rhel7',
  'rhel8',
  'rhel9',
  'rhel10',
  'centos7',
  'centos-stream8',
  'centos-stream9',
  'centos-stream10',
] as const;

/** Lanes of the lineage diagram, top to bottom. */
export const LINEAGE_LANES = ['fedora', 'centos-stream', 'rhel', 'centos', 'amazon-linux'] as const;
