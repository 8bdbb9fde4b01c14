/**
 * The rows of the version map: the components render them and src/lib/content/citers.ts cites the
 * sources of exactly these facts. Which releases each table and diagram shows is in src/data/groupings.ts.
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
