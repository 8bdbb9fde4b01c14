/**
 * The rows and columns of the version map: the components render them and src/lib/content/mdx-api.ts cites the
 * sources of exactly these facts. Which releases each table and diagram shows is in src/data/groupings.ts.
 */
import { releases, type ReleaseId } from '../../data/index.ts';
import { AMAZON_LINUX_GENERATIONS } from '../../data/groupings.ts';
import { closestRelatives } from './relatives.ts';
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

/** Releases shown by the version map: the generations and, for each, its closest relatives. */
export function versionMapColumns(): { generation: ReleaseId; relatives: ReleaseId[] }[] {
  return AMAZON_LINUX_GENERATIONS.map((generation) => ({
    generation,
    relatives: closestRelatives(generation, releases) as ReleaseId[],
  }));
}
