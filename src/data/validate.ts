/**
 * Validates the whole data module: shapes (zod), unique ids, references between entries,
 * date order, that every command covers every tracked release, and the porting rules.
 *
 * Every problem names the file, the entry, the field, the value found and what was expected,
 * so a broken entry stops the build with a message that points at the fix.
 */
import type { z } from 'astro/zod';
import { ProblemsError, type Problem } from '../core/problems.ts';
import { closestId } from '../core/suggest.ts';
import { portRuleProblems, type PortRule } from './port-rules.ts';
import type { resolvedVariantSchema, variantSchema } from './schema.ts';
import { PLACEHOLDER, categorySchema, commandSchema, releaseSchema, sourceSchema, type Category, type Source } from './schema.ts';

export const DATA_FILES = {
  sources: 'src/data/sources.ts',
  releases: 'src/data/releases.ts',
  categories: 'src/data/categories.ts',
  commands: 'src/data/commands.ts',
} as const;

type Collection = keyof typeof DATA_FILES;

const ENTRY_NOUN: Record<Collection, string> = {
  sources: 'source',
  releases: 'release',
  categories: 'category',
  commands: 'command',
};

export interface RawDataset {
  sources: unknown;
  releases: unknown;
  categories: unknown;
  commands: unknown;
  /** Releases every command must cover. The other releases may have a variant where they differ. */
  commandReleases: unknown;
  /** What the porting checker looks for; optional so that fixtures of the other collections stay small. */
  portRules?: readonly PortRule[];
}

type AnySchema = z.ZodType;

export type ValidSource = Source;
export type ValidRelease = z.output<ReturnType<typeof releaseSchema>>;
export type ValidCategory = Category;
/** A variant as the data files write it: it may be a same-as. */
export type ValidVariant = z.output<ReturnType<typeof variantSchema>>;
/** A variant as every reader sees it, with each same-as replaced (see resolve-same-as.ts). */
export type ResolvedVariant = z.output<ReturnType<typeof resolvedVariantSchema>>;
export type ValidCommand = Omit<z.output<ReturnType<typeof commandSchema>>, 'variants'> & {
  variants: Record<string, ValidVariant | undefined>;
};

export interface ValidDataset {
  sources: ValidSource[];
  releases: ValidRelease[];
  categories: ValidCategory[];
  commands: ValidCommand[];
  commandReleases: string[];
}

// ---------------------------------------------------------------------------

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Which collection an id-valued field points into, judged from the field path. */
function referenceTarget(path: readonly PropertyKey[]): Collection | undefined {
  const names = path.filter((key): key is string => typeof key === 'string');
  const last = names.at(-1);
  if (last === 'sources') return 'sources';
  if (last === 'to' || last === 'release') return 'releases';
  if (last === 'related' || last === 'seeAlso') return 'commands';
  if (last === 'category') return 'categories';
  return undefined;
}

function expectedForIssue(issue: z.core.$ZodIssue, value: unknown, knownIds: Record<Collection, readonly string[]>): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined && issue.path.length === 2 && issue.path[0] === 'variants') {
        return "a variant for this tracked release: { kind: 'command', lines }, { kind: 'unavailable', reason, instead }, { kind: 'unknown', reason } or { kind: 'same-as', release, sources }";
      }
      if (value === undefined) return 'a value (this field is required)';
      return `${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}, not ${describeType(value)}`;
    case 'invalid_value': {
      const target = referenceTarget(issue.path);
      if (target && typeof value === 'string') {
        const suggestion = closestId(value, knownIds[target]);
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
        return `the id of an entry in ${DATA_FILES[target]}${hint}`;
      }
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'non-empty text';
      return issue.message;
    default:
      return issue.message.replace(/^Invalid input: /, '').replace(/^expected /, '');
  }
}

/** Flattens union issues into the branch the author most likely meant. */
function* leafIssues(issue: z.core.$ZodIssue, input: unknown, prefix: readonly PropertyKey[]): Generator<z.core.$ZodIssue> {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const value = valueAt(input, path);
    const meantUnknown = value !== null && typeof value === 'object' && 'unknown' in value;
    const branches = issue.errors;
    // Facts are { value, sources } or { unknown }: pick the branch the entry is written in.
    const chosen =
      branches.length === 2 && branches.every((b) => b.length > 0)
        ? branches[meantUnknown ? 1 : 0]!
        : branches.reduce((best, b) => (b.length < best.length ? b : best));
    for (const inner of chosen) yield* leafIssues(inner, input, path);
    return;
  }
  if (issue.code === 'invalid_union' && 'options' in issue && issue.discriminator) {
    yield { ...issue, code: 'invalid_value', values: issue.options ?? [], path } as z.core.$ZodIssue;
    return;
  }
  yield { ...issue, path } as z.core.$ZodIssue;
}

function entryLabel(collection: Collection, raw: unknown, index: number): string {
  const id = valueAt(raw, ['id']);
  return typeof id === 'string' && id ? `${ENTRY_NOUN[collection]} "${id}"` : `${ENTRY_NOUN[collection]} #${index + 1}`;
}

function rawIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) => valueAt(entry, ['id'])).filter((id): id is string => typeof id === 'string' && id !== '');
}

function asIdList(ids: readonly string[]): readonly [string, ...string[]] {
  // z.enum needs at least one member; an impossible id keeps it valid when a collection is empty.
  return (ids.length > 0 ? ids : ['\u0000none']) as readonly [string, ...string[]];
}

// ---------------------------------------------------------------------------

export function findDataProblems(raw: RawDataset): { problems: Problem[]; dataset?: ValidDataset } {
  const problems: Problem[] = [];
  const knownIds: Record<Collection, readonly string[]> = {
    sources: rawIds(raw.sources),
    releases: rawIds(raw.releases),
    categories: rawIds(raw.categories),
    commands: rawIds(raw.commands),
  };

  function parseList<T>(collection: Collection, list: unknown, schema: AnySchema): T[] {
    const file = DATA_FILES[collection];
    if (!Array.isArray(list)) {
      problems.push({ file, entry: `${collection} list`, field: '', value: list, expected: 'an array of entries' });
      return [];
    }
    const parsed: T[] = [];
    const seen = new Map<string, number>();
    list.forEach((entry, index) => {
      const label = entryLabel(collection, entry, index);
      const id = valueAt(entry, ['id']);
      if (typeof id === 'string') {
        const first = seen.get(id);
        if (first !== undefined) {
          problems.push({ file, entry: label, field: 'id', value: id, expected: `a unique id; entry #${first + 1} already uses it` });
        } else seen.set(id, index);
      }
      const result = schema.safeParse(entry);
      if (result.success) {
        parsed.push(result.data as T);
        return;
      }
      for (const top of result.error.issues) {
        for (const issue of leafIssues(top, entry, [])) {
          if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
              const path = [...issue.path, key];
              problems.push({
                file,
                entry: label,
                field: pathText(path),
                value: valueAt(entry, path),
                expected: 'no such field: remove or rename it',
              });
            }
            continue;
          }
          const value = valueAt(entry, issue.path);
          problems.push({ file, entry: label, field: pathText(issue.path), value, expected: expectedForIssue(issue, value, knownIds) });
        }
      }
    });
    return parsed;
  }

  const sourceIds = asIdList(knownIds.sources);
  const sources = parseList<ValidSource>('sources', raw.sources, sourceSchema);
  const releases = parseList<ValidRelease>('releases', raw.releases, releaseSchema(sourceIds, asIdList(knownIds.releases)));
  const categories = parseList<ValidCategory>('categories', raw.categories, categorySchema);

  const listedCommandReleases = Array.isArray(raw.commandReleases)
    ? raw.commandReleases.filter((r): r is string => typeof r === 'string')
    : [];
  const commandReleases = listedCommandReleases.filter((id) => knownIds.releases.includes(id));
  for (const id of listedCommandReleases) {
    if (!knownIds.releases.includes(id)) {
      const suggestion = closestId(id, knownIds.releases);
      problems.push({
        file: DATA_FILES.commands,
        entry: 'COMMAND_RELEASES',
        field: '',
        value: id,
        expected: `the id of an entry in ${DATA_FILES.releases}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      });
    }
  }
  const optionalReleases = knownIds.releases.filter((id) => !commandReleases.includes(id));
  const commands = parseList<ValidCommand>(
    'commands',
    raw.commands,
    commandSchema(sourceIds, asIdList(knownIds.commands), asIdList(knownIds.categories), asIdList(commandReleases), optionalReleases),
  );

  problems.push(...duplicateUrlProblems(sources), ...releaseDateProblems(releases), ...commandProblems(commands));
  problems.push(...portRuleProblems(raw.portRules ?? [], { sourceIds: knownIds.sources, commandIds: knownIds.commands }));
  if (problems.length > 0) return { problems };
  return { problems, dataset: { sources, releases, categories, commands, commandReleases } };
}

function duplicateUrlProblems(sources: readonly ValidSource[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const source of sources) {
    const first = seen.get(source.url);
    if (first) {
      problems.push({
        file: DATA_FILES.sources,
        entry: `source "${source.id}"`,
        field: 'url',
        value: source.url,
        expected: `a URL no other source has; source "${first}" already points there (cite it instead)`,
      });
    } else seen.set(source.url, source.id);
  }
  return problems;
}

const DATE_ORDER = [
  ['previewFrom', 'preview'],
  ['ga', 'GA'],
  ['endOfStandardSupport', 'end of standard support'],
  ['endOfMaintenance', 'end of maintenance'],
  ['endOfExtendedSupport', 'end of extended support'],
] as const;

function releaseDateProblems(releases: readonly ValidRelease[]): Problem[] {
  const problems: Problem[] = [];
  for (const release of releases) {
    const entry = `release "${release.id}"`;
    const lifecycle = release.lifecycle;
    let previous: { field: string; date: string } | undefined;
    for (const [field] of DATE_ORDER) {
      const date = lifecycle[field];
      if (typeof date !== 'string') continue;
      if (previous && date < previous.date) {
        problems.push({
          file: DATA_FILES.releases,
          entry,
          field: `lifecycle.${field}`,
          value: date,
          expected: `a date on or after lifecycle.${previous.field} (${previous.date}): preview ≤ GA ≤ end of standard support ≤ end of maintenance ≤ end of extended support`,
        });
      }
      previous = { field, date };
    }
    if (
      lifecycle.ga === null &&
      (lifecycle.endOfStandardSupport !== null || lifecycle.endOfMaintenance || lifecycle.endOfExtendedSupport)
    ) {
      problems.push({
        file: DATA_FILES.releases,
        entry,
        field: 'lifecycle.ga',
        value: null,
        expected: 'a GA date, since support end dates are given (a preview has no support phases)',
      });
    }
    const defaults = release.kernels && 'value' in release.kernels ? release.kernels.value.filter((k) => k.default).length : 1;
    if (defaults !== 1) {
      problems.push({
        file: DATA_FILES.releases,
        entry,
        field: 'kernels.value',
        value: defaults,
        expected: 'exactly one kernel marked default: true',
      });
    }
  }
  return problems;
}

function commandProblems(commands: readonly ValidCommand[]): Problem[] {
  const problems: Problem[] = [];
  for (const command of commands) {
    const entry = `command "${command.id}"`;
    const declared = new Set(Object.keys(command.placeholders));
    const used = new Set<string>();
    const checkText = (field: string, text: string) => {
      for (const match of text.matchAll(PLACEHOLDER)) {
        const name = match[1]!;
        used.add(name);
        if (!declared.has(name)) {
          problems.push({
            file: DATA_FILES.commands,
            entry,
            field,
            value: text,
            expected: `placeholder {{${name}}} to be declared in placeholders`,
          });
        }
      }
      if (/\{\{(?![a-z][a-z0-9-]*\}\})/.test(text)) {
        problems.push({
          file: DATA_FILES.commands,
          entry,
          field,
          value: text,
          expected: 'placeholders written {{name}} with a lower-case, hyphenated name',
        });
      }
    };
    command.notes.forEach((note, index) => checkText(`notes[${index}]`, note));
    for (const [releaseId, variant] of Object.entries(command.variants)) {
      if (!variant) continue;
      const at = `variants.${releaseId}`;
      if (variant.kind === 'same-as') {
        problems.push(...sameAsProblems(command, releaseId, variant.release));
        variant.differences.forEach((text, index) => checkText(`${at}.differences[${index}]`, text));
        continue;
      }
      if (variant.kind === 'unknown') {
        checkText(`${at}.reason`, variant.reason);
        continue;
      }
      (variant.lines ?? []).forEach((line, index) => checkText(`${at}.lines[${index}]`, line));
      const exceptionCodes = (variant.shellcheckExceptions ?? []).map((exception) => exception.code);
      exceptionCodes.forEach((code, index) => {
        if (!variant.lines) {
          problems.push({
            file: DATA_FILES.commands,
            entry,
            field: `${at}.shellcheckExceptions[${index}]`,
            value: code,
            expected: 'no ShellCheck exception on a variant without command lines',
          });
        } else if (exceptionCodes.indexOf(code) !== index) {
          problems.push({
            file: DATA_FILES.commands,
            entry,
            field: `${at}.shellcheckExceptions[${index}]`,
            value: code,
            expected: 'each ShellCheck code listed once per variant',
          });
        }
      });
      if ('note' in variant && variant.note) checkText(`${at}.note`, variant.note);
      if (variant.kind === 'unavailable') {
        checkText(`${at}.reason`, variant.reason);
        checkText(`${at}.instead`, variant.instead);
        if (variant.seeAlso === command.id) {
          problems.push({
            file: DATA_FILES.commands,
            entry,
            field: `${at}.seeAlso`,
            value: variant.seeAlso,
            expected: 'another task, not the task itself',
          });
        }
      }
    }
    for (const name of declared) {
      if (!used.has(name)) {
        problems.push({
          file: DATA_FILES.commands,
          entry,
          field: `placeholders.${name}`,
          value: command.placeholders[name],
          expected: `a placeholder that some command line or note uses as {{${name}}}; remove it or use it`,
        });
      }
    }
    command.related.forEach((related, index) => {
      if (related === command.id) {
        problems.push({
          file: DATA_FILES.commands,
          entry,
          field: `related[${index}]`,
          value: related,
          expected: 'another task, not the task itself',
        });
      }
    });
  }
  return problems;
}

/**
 * A same-as must point at another release of the same task whose variant is its own: not at itself,
 * not at a release the task leaves out, and not at another same-as (one step, so a reader sees where
 * the lines come from).
 */
function sameAsProblems(command: ValidCommand, releaseId: string, target: string): Problem[] {
  const problem = (expected: string): Problem[] => [
    { file: DATA_FILES.commands, entry: `command "${command.id}"`, field: `variants.${releaseId}.release`, value: target, expected },
  ];
  if (target === releaseId) return problem('another release than the variant itself');
  const pointed = command.variants[target];
  if (!pointed) {
    const covered = Object.keys(command.variants).filter((id) => id !== releaseId && command.variants[id]?.kind !== 'same-as');
    return problem(`a release this task has its own variant for: ${covered.map((id) => `"${id}"`).join(', ')}`);
  }
  if (pointed.kind === 'same-as') {
    return problem(
      `a release with its own variant; variants.${target} is itself same as "${pointed.release}" (point at "${pointed.release}" directly)`,
    );
  }
  return [];
}

/** Validates and returns the dataset, or throws a ProblemsError listing every problem. */
export function validateDataset(raw: RawDataset): ValidDataset {
  const { problems, dataset } = findDataProblems(raw);
  if (!dataset) throw new ProblemsError('The data module in src/data', problems);
  return dataset;
}
