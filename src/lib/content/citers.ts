/** For each citing MDX component, the sources it cites given its attributes. Used to number a page's sources. */
import { getCommand, getRelease, isCommandId, isReleaseId, releases, type ReleaseId } from '../../data/index.ts';
import { AMAZON_LINUX_GENERATIONS, TIMELINE_RELEASES } from '../../data/groupings.ts';
import { VERSION_MAP_FACTS } from '../domain/guide-tables.ts';
import type { Citer } from './page-citations.ts';
import { closestRelatives } from '../domain/relatives.ts';
import { isReleaseFactKey, releaseFact } from '../domain/release-facts.ts';

const list = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

function factSources(releaseIds: readonly string[], facts: readonly string[]): string[] {
  return releaseIds.flatMap((id) =>
    isReleaseId(id) ? facts.filter(isReleaseFactKey).flatMap((key) => releaseFact(getRelease(id), key).sources) : [],
  );
}

/** Releases shown by the version map: the generations and, for each, its closest relatives. */
export function versionMapColumns(): { generation: ReleaseId; relatives: ReleaseId[] }[] {
  return AMAZON_LINUX_GENERATIONS.map((generation) => ({
    generation,
    relatives: closestRelatives(generation, releases) as ReleaseId[],
  }));
}

export const CITERS: Record<string, Citer> = {
  Cite: (a) => list(a['id']),
  Command: (a) => (a['id'] && isCommandId(a['id']) ? getCommand(a['id']).sources : []),
  ReleaseFact: (a) => factSources(list(a['release']), list(a['fact'])),
  Status: (a) => list(a['release']).flatMap((id) => (isReleaseId(id) ? getRelease(id).lifecycle.sources : [])),
  FactTable: (a) => factSources(list(a['releases']), list(a['facts'])),
  ReleasesTable: () => releases.flatMap((r) => r.lifecycle.sources),
  VersionMap: () => versionMapColumns().flatMap((c) => factSources([c.generation, ...c.relatives], VERSION_MAP_FACTS)),
  LifecycleTimeline: () => TIMELINE_RELEASES.flatMap((id) => getRelease(id).lifecycle.sources),
  LineageDiagram: () => releases.flatMap((r) => r.lineage.relations.flatMap((rel) => rel.sources)),
};
