/**
 * How the site groups releases: the families' names and order, and which releases the guide's
 * generated tables and diagrams show. Facts about the releases themselves stay in releases.ts.
 */
import type { COMMAND_RELEASES } from './command-shape.ts';
import type { ReleaseId } from './releases.ts';
import { RELEASE_FAMILIES, type ReleaseFamily } from './schema.ts';

/** Release families in the order the site lists them, Amazon Linux first. */
export const FAMILY_ORDER: readonly ReleaseFamily[] = RELEASE_FAMILIES;

export const FAMILY_NAMES: Readonly<Record<ReleaseFamily, string>> = {
  'amazon-linux': 'Amazon Linux',
  rhel: 'Red Hat Enterprise Linux',
  centos: 'CentOS Linux',
  'centos-stream': 'CentOS Stream',
  fedora: 'Fedora',
};

/** The Amazon Linux generations, in order: the columns of the version map. */
export const AMAZON_LINUX_GENERATIONS = ['al1', 'al2', 'al2023', 'al2027'] as const satisfies readonly ReleaseId[];

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
] as const satisfies readonly ReleaseId[];

/** Lanes of the lineage diagram, top to bottom. */
export const LINEAGE_LANES = ['fedora', 'centos-stream', 'rhel', 'centos', 'amazon-linux'] as const satisfies readonly ReleaseFamily[];

type CommandRelease = (typeof COMMAND_RELEASES)[number];

/** The moves most teams make, listed first on the porting index (every other pair of command-reference releases follows). */
export const COMMON_MOVES = [
  { from: 'centos7', to: 'al2023' },
  { from: 'rhel7', to: 'al2023' },
  { from: 'rhel8', to: 'al2023' },
  { from: 'rhel9', to: 'al2023' },
  { from: 'centos-stream9', to: 'al2023' },
  { from: 'al2', to: 'al2023' },
  { from: 'al2023', to: 'rhel9' },
  { from: 'al2023', to: 'rhel10' },
] as const satisfies readonly { from: CommandRelease; to: CommandRelease }[];
