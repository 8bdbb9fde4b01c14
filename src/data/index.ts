/**
 * The data module's public face: validated once on import (a problem stops the build),
 * frozen, and typed with the literal ids of the data files.
 */
import { categoryData, type CategoryId } from './categories.ts';
import { COMMAND_RELEASES } from './command-shape.ts';
import { commandData, type CommandId } from './commands.ts';
import { PORT_RULES } from './port-rules.ts';
import { releaseData, type ReleaseId } from './releases.ts';
import { sourceData, type SourceId } from './sources.ts';
import { resolveSameAs } from './resolve-same-as.ts';
import {
  validateDataset,
  type ResolvedVariant,
  type ValidCategory,
  type ValidCommand,
  type ValidRelease,
  type ValidSource,
} from './validate.ts';

export type { CategoryId, CommandId, ReleaseId, SourceId };

export type Source = ValidSource & { id: SourceId };
type Relation = ValidRelease['lineage']['relations'][number];
export type Release = Omit<ValidRelease, 'id' | 'lineage'> & {
  id: ReleaseId;
  lineage: Omit<ValidRelease['lineage'], 'relations'> & { relations: (Omit<Relation, 'to'> & { to: ReleaseId })[] };
};
export type Category = ValidCategory & { id: CategoryId };
export type Command = Omit<ValidCommand, 'id' | 'category' | 'related' | 'variants'> & {
  id: CommandId;
  category: CategoryId;
  related: CommandId[];
  variants: Partial<Record<ReleaseId, Variant>> & Record<CommandReleaseId, Variant>;
};
/** A task on one release as every reader sees it: a same-as is already replaced by the lines it points to. */
export type Variant = ResolvedVariant;
export type CommandReleaseId = (typeof COMMAND_RELEASES)[number];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const dataset = deepFreeze(
  validateDataset({
    sources: sourceData,
    releases: releaseData,
    categories: categoryData,
    commands: commandData,
    commandReleases: COMMAND_RELEASES,
    portRules: PORT_RULES,
  }),
);

export const sources = dataset.sources as readonly Source[];
export const releases = dataset.releases as readonly Release[];
export const categories = dataset.categories as readonly Category[];
export const commands = deepFreeze(resolveSameAs(dataset.commands)) as unknown as readonly Command[];
export { COMMAND_RELEASES };

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.id, entry] as const));

const sourceById = byId(sources);
const releaseById = byId(releases);
const commandById = byId(commands);

export const SOURCE_IDS = sources.map((s) => s.id);
export const RELEASE_IDS = releases.map((r) => r.id);
export const COMMAND_IDS = commands.map((c) => c.id);

export const isSourceId = (id: string): id is SourceId => sourceById.has(id as SourceId);
export const isReleaseId = (id: string): id is ReleaseId => releaseById.has(id as ReleaseId);
export const isCommandId = (id: string): id is CommandId => commandById.has(id as CommandId);

export function getSource(id: SourceId): Source {
  return sourceById.get(id)!;
}
export function getRelease(id: ReleaseId): Release {
  return releaseById.get(id)!;
}
export function getCommand(id: CommandId): Command {
  return commandById.get(id)!;
}

/** The latest day on which a source was read: the date the data is current as of. */
export const DATA_AS_OF = sources.reduce((latest, s) => (s.retrieved > latest ? s.retrieved : latest), '0000-00-00');
