/**
 * The data API: versioned JSON documents made from the validated data module, and their schemas,
 * derived from the same zod schemas that validate the data. The endpoints under src/pages/api/v1/
 * only call these functions; the tests compare what the site serves with what these return.
 *
 * No document carries a build timestamp: `dataAsOf` is the latest day a source was read, so two
 * builds of the same data publish the same bytes. Lifecycle statuses are not published either:
 * they depend on the day they are read, so clients compute them from the phase dates.
 */
import { z } from 'astro/zod';
import {
  categories,
  COMMAND_IDS,
  COMMAND_RELEASES,
  commands,
  DATA_AS_OF,
  getCommand,
  getRelease,
  getSource,
  RELEASE_IDS,
  releases,
  SOURCE_IDS,
  sources,
  type Command,
  type CommandId,
  type CommandReleaseId,
  type Release,
  type ReleaseId,
  type Source,
  type SourceId,
} from '../../data/index.ts';
import { categorySchema, commandSchema, isoDateSchema, releaseSchema, resolvedVariantSchema, sourceSchema } from '../../data/schema.ts';
import { portPath, SEVERITIES, TASK_RULES, type Severity, type TaskRule } from './port-path.ts';
import { RELEASE_FACT_KEYS, RELEASE_FACTS } from './release-facts.ts';
import { absoluteUrl, anchors, apiRoutes, routes } from '../../core/routes.ts';

/** Semantic version of the documents' shape: a minor bump adds fields, a major bump moves to /api/v2/. */
export const API_SCHEMA_VERSION = '1.0.0';

type IdList = readonly [string, ...string[]];
const ids = (list: readonly string[]) => list as unknown as IdList;
const SOURCE_ID_LIST = ids(SOURCE_IDS);

const linksSchema = z.strictObject({
  /** The page that shows the entry. */
  html: z.url(),
  /** This entry's own JSON document. */
  json: z.url(),
});

const optionalReleases = RELEASE_IDS.filter((id) => !(COMMAND_RELEASES as readonly string[]).includes(id));
const releaseItem = releaseSchema(SOURCE_ID_LIST, ids(RELEASE_IDS)).extend({ links: linksSchema });
/** What the API publishes for a task on a release: same-as already resolved, marked with `sameAs`. */
const publishedVariant = resolvedVariantSchema(SOURCE_ID_LIST, ids(COMMAND_IDS), ids(RELEASE_IDS));
const commandItem = commandSchema(
  SOURCE_ID_LIST,
  ids(COMMAND_IDS),
  ids(categories.map((c) => c.id)),
  COMMAND_RELEASES,
  optionalReleases,
  publishedVariant,
).extend({ links: linksSchema });

/** A document's shape: where its schema is, the schema version and the data's as-of date, then its own fields. */
export const envelope = <T extends z.ZodRawShape>(name: string, shape: T) =>
  z.strictObject({
    /** The JSON Schema this document follows. */
    $schema: z.literal(absoluteUrl(apiRoutes.schema(name))),
    schemaVersion: z.literal(API_SCHEMA_VERSION),
    /** The latest day a source behind the data was read (YYYY-MM-DD). */
    dataAsOf: isoDateSchema,
    ...shape,
  });

const factViewSchema = z.strictObject({
  /** The value in words; null when unknown. */
  text: z.string().nullable(),
  unknown: z.string().optional(),
  note: z.string().optional(),
  conflict: z.string().optional(),
  sources: z.array(z.enum(SOURCE_ID_LIST)),
});
const commandRelease = z.enum(COMMAND_RELEASES);

const API_SCHEMAS = {
  releases: () => envelope('releases', { releases: z.array(releaseItem) }),
  release: () => envelope('release', { release: releaseItem, sources: z.array(sourceSchema) }),
  commands: () =>
    envelope('commands', {
      /** The releases every command covers; a command may cover more. */
      requiredReleases: z.array(z.enum(COMMAND_RELEASES)),
      categories: z.array(categorySchema),
      commands: z.array(commandItem),
    }),
  command: () => envelope('command', { command: commandItem, sources: z.array(sourceSchema) }),
  sources: () => envelope('sources', { sources: z.array(sourceSchema) }),
  port: () =>
    envelope('port', {
      /** The release the work moves from, and the one it moves to. */
      from: commandRelease,
      to: commandRelease,
      /** Both releases' lifecycle dates; statuses depend on the day, so clients compute them. */
      lifecycle: z.strictObject({ from: releaseItem.shape.lifecycle, to: releaseItem.shape.lifecycle }),
      /** How many facts and tasks got each severity. */
      counts: z.strictObject(Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int().min(0)])) as Record<Severity, z.ZodNumber>),
      facts: z.array(
        z.strictObject({
          key: z.enum(RELEASE_FACT_KEYS),
          label: z.string(),
          /** What a change in this fact means for a script. */
          meaning: z.string(),
          severity: z.enum(SEVERITIES),
          from: factViewSchema,
          to: factViewSchema,
        }),
      ),
      tasks: z.array(
        z.strictObject({
          id: z.enum(COMMAND_IDS as unknown as IdList),
          title: z.string(),
          category: z.string(),
          /** The rule that decided the severity (see the porting pages). */
          rule: z.enum(Object.keys(TASK_RULES) as [TaskRule, ...TaskRule[]]),
          severity: z.enum(SEVERITIES),
          from: publishedVariant,
          to: publishedVariant,
          links: z.strictObject({ html: z.url(), json: z.url() }),
        }),
      ),
      links: linksSchema,
    }),
} as const;
export type ApiSchemaName = keyof typeof API_SCHEMAS;
export const API_SCHEMA_NAMES = Object.keys(API_SCHEMAS) as ApiSchemaName[];

/** The fields every document starts with. */
export const documentHeader = (name: string) => ({
  $schema: absoluteUrl(apiRoutes.schema(name)),
  schemaVersion: API_SCHEMA_VERSION,
  dataAsOf: DATA_AS_OF,
});

const releaseEntry = (release: Release) => ({
  ...release,
  links: { html: absoluteUrl(routes.release(release.id)), json: absoluteUrl(apiRoutes.release(release.id)) },
});
const commandEntry = (command: Command) => ({
  ...command,
  links: { html: absoluteUrl(routes.command(command.id)), json: absoluteUrl(apiRoutes.command(command.id)) },
});

/** Every source id an entry cites, in first-cited order. */
function citedSources(entry: unknown): Source[] {
  const found = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((item) => (key === 'sources' && typeof item === 'string' ? found.add(item) : visit(item)));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(entry);
  return [...found].map((id) => getSource(id as SourceId));
}

export const apiDocuments = {
  releases: () => ({ ...documentHeader('releases'), releases: releases.map(releaseEntry) }),
  release: (id: ReleaseId) => ({
    ...documentHeader('release'),
    release: releaseEntry(getRelease(id)),
    sources: citedSources(getRelease(id)),
  }),
  commands: () => ({
    ...documentHeader('commands'),
    requiredReleases: [...COMMAND_RELEASES],
    categories: [...categories],
    commands: commands.map(commandEntry),
  }),
  command: (id: CommandId) => ({
    ...documentHeader('command'),
    command: commandEntry(getCommand(id)),
    sources: citedSources(getCommand(id)),
  }),
  sources: () => ({ ...documentHeader('sources'), sources: [...sources] }),
  port: (from: CommandReleaseId, to: CommandReleaseId) => {
    const path = portPath(getRelease(from), getRelease(to), commands);
    return {
      ...documentHeader('port'),
      from,
      to,
      lifecycle: { from: getRelease(from).lifecycle, to: getRelease(to).lifecycle },
      counts: path.counts,
      facts: path.facts.map((fact) => ({
        key: fact.key,
        label: RELEASE_FACTS[fact.key].label,
        meaning: fact.meaning,
        severity: fact.severity,
        from: fact.from,
        to: fact.to,
      })),
      tasks: path.tasks.map((task) => ({
        id: task.taskId,
        title: task.title,
        category: task.category,
        rule: task.rule,
        severity: task.severity,
        from: task.from,
        to: task.to,
        links: {
          html: absoluteUrl(`${routes.commands()}#${anchors.taskCell(task.taskId, to)}`),
          json: absoluteUrl(apiRoutes.command(task.taskId)),
        },
      })),
      links: { html: absoluteUrl(routes.port(from, to)), json: absoluteUrl(apiRoutes.port(from, to)) },
    };
  },
};

/** The JSON Schema (draft 2020-12) of a document, derived from the zod schema. */
export function apiJsonSchema(name: ApiSchemaName): object {
  return jsonSchemaDocument(name, API_SCHEMAS[name]());
}

/** A zod schema as a published JSON Schema (draft 2020-12) with its own address. */
export function jsonSchemaDocument(name: string, zodSchema: z.ZodType): object {
  const schema = z.toJSONSchema(zodSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw', reused: 'ref' });
  return { ...schema, $id: absoluteUrl(apiRoutes.schema(name)), title: `Amazon Linux ↔ RHEL Field Guide API v1: ${name}` };
}

/** How every document is written: two-space indented, ending in a newline. */
const serialise = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;

export const jsonResponse = (document: unknown): Response =>
  new Response(serialise(document), { headers: { 'content-type': 'application/json; charset=utf-8' } });
