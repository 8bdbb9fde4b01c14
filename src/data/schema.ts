/**
 * Zod schemas for the data module: sources, releases, command categories and commands.
 *
 * Schemas that name other entries (a source, a release, a command) are built by factories
 * that take the list of known ids, so the same schema gives literal TypeScript types to the
 * data files and checks references at run time (build and unit tests).
 */
import { z } from 'astro/zod';

type IdList = readonly [string, ...string[]];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day written YYYY-MM-DD, read as a UTC day. */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, { error: 'expected a real calendar date written YYYY-MM-DD' })
  .refine(isCalendarDate, {
    error: 'expected a real calendar date written YYYY-MM-DD',
    abort: true,
    when: (payload) => payload.issues.length === 0,
  });

/** A stable, human-readable id: lower-case words joined by single hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9, single hyphens)' });

const nonEmptyText = z.string().trim().min(1, { error: 'expected non-empty text' });

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

export const sourceSchema = z.strictObject({
  /** Stable id, cited by releases, commands and pages. */
  id: idSchema,
  /** Title of the page or document as its publisher gives it. */
  title: nonEmptyText,
  /** Who published it: "AWS", "Red Hat", "Fedora Project", or the repository owner for code and issues. */
  publisher: nonEmptyText,
  /** Where to read it. Only https. */
  url: z.url({ protocol: /^https$/, error: 'expected an https URL' }),
  /** The day the fact was last read at this URL. */
  retrieved: isoDateSchema,
  /** True when published by the vendor of what it describes (AWS, Red Hat, Fedora, CentOS); false for third parties. */
  primary: z.boolean(),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;

// ---------------------------------------------------------------------------
// Facts: a value with its sources, or an explicit statement that it is unknown
// ---------------------------------------------------------------------------

const makeSourceRefs = <S extends IdList>(sourceIds: S) => z.array(z.enum(sourceIds)).min(1, { error: 'expected at least one source id' });
/** One schema instance per id list, so the published JSON Schema defines the list once and refers to it. */
const sourceRefsCache = new WeakMap<IdList, ReturnType<typeof makeSourceRefs>>();
const sourceRefs = <S extends IdList>(sourceIds: S): ReturnType<typeof makeSourceRefs<S>> => {
  let schema = sourceRefsCache.get(sourceIds);
  if (!schema) sourceRefsCache.set(sourceIds, (schema = makeSourceRefs(sourceIds)));
  return schema as ReturnType<typeof makeSourceRefs<S>>;
};

/** A sourced fact, or `{ unknown: 'why' }` when no source settles it. */
export const factSchema = <S extends IdList, T extends z.ZodType>(sourceIds: S, value: T) =>
  z.union([
    z.strictObject({
      value,
      sources: sourceRefs(sourceIds),
      /** Context a reader needs, in our own words. */
      note: nonEmptyText.optional(),
      /** Where sources disagree: what each says. Rendered as a visible "sources disagree" note. */
      conflict: nonEmptyText.optional(),
    }),
    z.strictObject({
      /** Why the value is unknown and what would settle it. */
      unknown: nonEmptyText,
    }),
  ]);

// ---------------------------------------------------------------------------
// Releases
// ---------------------------------------------------------------------------

export const RELEASE_FAMILIES = ['amazon-linux', 'rhel', 'centos', 'centos-stream', 'fedora'] as const;
export type ReleaseFamily = (typeof RELEASE_FAMILIES)[number];

export const LINEAGE_KINDS = [
  'components-from',
  'resembles',
  'compatible-with',
  'built-from',
  'branched-from',
  'rebuild-of',
  'previews',
] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

export const SELINUX_MODES = ['disabled', 'permissive', 'enforcing'] as const;
export type SelinuxMode = (typeof SELINUX_MODES)[number];

/** A one-line release file such as /etc/system-release: present or not, with a sample line when known. */
const releaseFileSchema = z.union([
  z.strictObject({ present: z.literal(true), sample: nonEmptyText.optional() }),
  z.strictObject({ present: z.literal(false) }),
]);

const osReleaseKey = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected an os-release key such as VERSION_ID' });

export const releaseSchema = <S extends IdList>(sourceIds: S, releaseIds: IdList) => {
  const fact = <T extends z.ZodType>(value: T) => factSchema(sourceIds, value);
  return z.strictObject({
    /** Stable id used in URLs (/releases/<id>/) and anchors, e.g. "al2023", "rhel9", "centos-stream9". */
    id: idSchema,
    /** Full name, e.g. "Amazon Linux 2023". */
    name: nonEmptyText,
    /** Short label for table headers, e.g. "AL2023", "RHEL 9". */
    shortName: nonEmptyText,
    family: z.enum(RELEASE_FAMILIES),
    /** Major version as the vendor writes it: "2018.03", "2", "2023", "9". */
    version: nonEmptyText,
    /** Release codename, or null when the release has none. */
    codename: nonEmptyText.nullable(),
    /** Names the release was previewed or known under before its current name, e.g. "Amazon Linux 2022". */
    formerNames: z.array(nonEmptyText).default([]),
    /**
     * Lifecycle dates. Each end date is the last day of its phase. A phase that the release does not
     * have is left out; a phase whose end is not announced is null.
     */
    lifecycle: z.strictObject({
      previewFrom: isoDateSchema.optional(),
      /** General availability; null while the release is a preview. */
      ga: isoDateSchema.nullable(),
      endOfStandardSupport: isoDateSchema.nullable(),
      endOfMaintenance: isoDateSchema.nullable().optional(),
      endOfExtendedSupport: isoDateSchema.nullable().optional(),
      /** What the vendor calls each phase, e.g. "Full Support" for RHEL's standard phase. */
      phaseNames: z.strictObject({
        standard: nonEmptyText,
        maintenance: nonEmptyText.optional(),
        extended: nonEmptyText.optional(),
      }),
      sources: sourceRefs(sourceIds),
      note: nonEmptyText.optional(),
      conflict: nonEmptyText.optional(),
    }),
    /** What the release derives from or is compatible with, and how its vendor describes that. */
    lineage: z.strictObject({
      /** One or two sentences in our own words. */
      summary: nonEmptyText,
      relations: z
        .array(
          z.strictObject({
            to: z.enum(releaseIds),
            kind: z.enum(LINEAGE_KINDS),
            /** How the vendor words the relation, in our own words. */
            detail: nonEmptyText,
            sources: sourceRefs(sourceIds),
          }),
        )
        .default([]),
      sources: sourceRefs(sourceIds),
    }),
    /** The package manager command (AL2023's and RHEL 8's `yum` runs dnf). */
    packageManager: fact(z.enum(['yum', 'dnf'])),
    initSystem: fact(z.strictObject({ name: z.enum(['upstart', 'systemd']), version: nonEmptyText.optional() })),
    /** Kernel series offered, e.g. 6.1, 6.12, 6.18 on AL2023; exactly one is the default. */
    kernels: fact(
      z
        .array(
          z.strictObject({
            series: z.string().regex(/^\d+\.\d+$/, { error: 'expected a kernel series such as 6.1' }),
            default: z.boolean(),
            /** RPM name of the kernel package when it is not plain "kernel", e.g. "kernel6.12". */
            packageName: nonEmptyText.optional(),
          }),
        )
        .min(1),
    ),
    /**
     * The release tag in the kernel's version string, e.g. "el9" in 5.14.0-570.el9.x86_64 or "amzn2023"
     * in 6.1.112-122.189.amzn2023.x86_64. Several releases can share one (RHEL 9 and CentOS Stream 9).
     */
    kernelReleaseTag: fact(z.string().regex(/^[a-z]+\d+$/, { error: 'expected a kernel release tag such as el9 or amzn2023' })),
    /** Default Python interpreter version and others packaged for side-by-side install. */
    python: fact(z.strictObject({ default: nonEmptyText, others: z.array(nonEmptyText).default([]) })),
    selinux: fact(z.enum(SELINUX_MODES)),
    /**
     * A sample /etc/os-release as key → value. A key known to be absent is null.
     * `varies` says how a key changes between builds (e.g. VERSION_ID carries the minor release).
     */
    osRelease: fact(
      z.strictObject({
        fields: z.record(osReleaseKey, z.string().nullable()),
        varies: z.record(osReleaseKey, nonEmptyText).default({}),
      }),
    ),
    /** Whether /etc/system-release exists, and a sample of its one line. */
    systemRelease: fact(releaseFileSchema),
    /** Whether /etc/redhat-release exists, and a sample of its one line. */
    redhatRelease: fact(releaseFileSchema),
    /** Official container image references. */
    containerImages: fact(z.array(nonEmptyText).min(1)),
    /** Sources that describe the release as a whole. */
    sources: sourceRefs(sourceIds),
  });
};

export type ReleaseSchema<S extends IdList> = ReturnType<typeof releaseSchema<S>>;

// ---------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------

export const categorySchema = z.strictObject({
  id: idSchema,
  /** Heading in the command reference. */
  title: nonEmptyText,
});
export type Category = z.infer<typeof categorySchema>;
export type CategoryInput = z.input<typeof categorySchema>;

/** Placeholder syntax inside command lines: {{name}}. */
export const PLACEHOLDER = /\{\{([a-z][a-z0-9-]*)\}\}/g;

/** One shell command line, exactly as typed: no prompt, no output, no line break. */
export const commandLineSchema = z
  .string()
  .min(1, { error: 'expected a command line' })
  .refine((line) => !/^\s*[$#>]\s/.test(line), { error: 'expected a command without a prompt character ($, #, >)' })
  .refine((line) => !/[\r\n]/.test(line), { error: 'expected one line; put each command in its own array element' })
  .refine((line) => line === line.trim(), { error: 'expected no leading or trailing spaces' });

/** A ShellCheck finding accepted on purpose in a variant's lines, and why. */
export const shellcheckExceptionSchema = z.strictObject({
  /** The ShellCheck code, e.g. "SC1091". */
  code: z.string().regex(/^SC\d{4}$/, { error: 'expected a ShellCheck code such as SC2086' }),
  /** Why the finding does not apply to these lines, in our own words. */
  reason: nonEmptyText,
});

/**
 * ShellCheck findings accepted in the lines of one variant. Every line is checked with `bash -n`
 * and ShellCheck by the unit tests; any other finding, or an exception ShellCheck no longer reports, fails them.
 */
const shellcheckExceptions = z.array(shellcheckExceptionSchema).min(1).optional();

/** The three forms a task takes on a release, as the data states them directly. */
const ownVariantBranches = <S extends IdList>(sourceIds: S, commandIds: IdList) =>
  [
    z.strictObject({
      kind: z.literal('command'),
      lines: z.array(commandLineSchema).min(1, { error: 'expected at least one command line' }),
      /** ShellCheck findings accepted on purpose in these lines, each with its reason. */
      shellcheckExceptions,
      /** What differs on this release, in our own words. */
      note: nonEmptyText.optional(),
      sources: sourceRefs(sourceIds).optional(),
    }),
    z.strictObject({
      kind: z.literal('unavailable'),
      /** Why the task cannot be done this way on the release. */
      reason: nonEmptyText,
      /** What to do instead, in prose. */
      instead: nonEmptyText,
      /** Alternative command lines, when there are some. */
      lines: z.array(commandLineSchema).min(1).optional(),
      /** ShellCheck findings accepted on purpose in these lines, each with its reason. */
      shellcheckExceptions,
      /** A task that covers the alternative. */
      seeAlso: z.enum(commandIds).optional(),
      sources: sourceRefs(sourceIds).optional(),
    }),
    z.strictObject({
      kind: z.literal('unknown'),
      /** What we could not establish, and what would settle it. */
      reason: nonEmptyText,
    }),
  ] as const;

/** Where a release's variant says "same as" another release: which one, what still differs, and what supports it. */
const sameAsFields = <S extends IdList>(sourceIds: S, releaseIds: IdList) => ({
  /** The release whose variant this one repeats, e.g. "rhel7" for CentOS Linux 7. */
  release: z.enum(releaseIds),
  /** What differs all the same (subscription-manager, how EPEL is installed …), in our own words. */
  differences: z.array(nonEmptyText).default([]),
  /** Sources that support that the task takes the same form on this release. */
  sources: sourceRefs(sourceIds),
});

/**
 * A task's form on one release as the data files write it: its own lines, "unavailable", "unknown",
 * or `{ kind: 'same-as', release }`, which repeats another release's variant in the same task.
 * src/data/resolve-same-as.ts replaces every same-as before anything else reads the data.
 */
export const variantSchema = <S extends IdList>(sourceIds: S, commandIds: IdList, releaseIds: IdList) =>
  z.discriminatedUnion('kind', [
    ...ownVariantBranches(sourceIds, commandIds),
    z.strictObject({ kind: z.literal('same-as'), ...sameAsFields(sourceIds, releaseIds) }),
  ]);

/**
 * A task's form on one release as pages, tools and the API read it: a same-as is replaced by the
 * variant it points to, and `sameAs` says so, with the stated differences and their sources.
 */
export const resolvedVariantSchema = <S extends IdList>(sourceIds: S, commandIds: IdList, releaseIds: IdList) => {
  const sameAs = z.strictObject(sameAsFields(sourceIds, releaseIds)).optional();
  const [command, unavailable, unknown] = ownVariantBranches(sourceIds, commandIds);
  return z.discriminatedUnion('kind', [command.extend({ sameAs }), unavailable.extend({ sameAs }), unknown.extend({ sameAs })]);
};

/** Every release a task may name: the required ones first, then the optional ones. */
const allReleases = (requiredReleases: IdList, optionalReleases: readonly string[]) =>
  [...requiredReleases, ...optionalReleases] as unknown as IdList;

/**
 * A task. Its variants follow `variant`: by default the authored form (same-as allowed), which the
 * data files are checked against; the API passes the resolved form it publishes.
 */
export const commandSchema = <
  S extends IdList,
  R extends IdList,
  O extends readonly string[],
  V extends z.ZodType = ReturnType<typeof variantSchema<S>>,
>(
  sourceIds: S,
  commandIds: IdList,
  categoryIds: IdList,
  requiredReleases: R,
  optionalReleases: O,
  variant: V = variantSchema(sourceIds, commandIds, allReleases(requiredReleases, optionalReleases)) as unknown as V,
) => {
  type VariantShape = Record<R[number], V> & Record<O[number], z.ZodOptional<V>>;
  const variantShape = Object.fromEntries([
    ...requiredReleases.map((id) => [id, variant] as const),
    ...optionalReleases.map((id) => [id, variant.optional()] as const),
  ]) as VariantShape;
  return z.strictObject({
    /** Stable kebab-case id, used in /commands/<id>/ and #<id> anchors. */
    id: idSchema,
    /** The task as a user would ask it. */
    title: nonEmptyText,
    category: z.enum(categoryIds),
    /** One line, our own words. */
    summary: nonEmptyText,
    /** Placeholder name → what the user substitutes. Every {{name}} in a line must be declared here. */
    placeholders: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), nonEmptyText).default({}),
    /** The form of the task on every tracked release. A missing release is an error. */
    variants: z.strictObject(variantShape),
    /** Where behaviour differs between releases, in our own words. */
    notes: z.array(nonEmptyText).default([]),
    sources: sourceRefs(sourceIds),
    related: z.array(z.enum(commandIds)).default([]),
    /** Other words people search for this task with (yum ↔ dnf, ntpd ↔ chronyd …). */
    aliases: z.array(nonEmptyText).default([]),
    /** How the commands were checked and how sure we are, in our own words. */
    verification: nonEmptyText,
  });
};

/** The input type of a schema as data files write it: `as const` literals are deeply readonly. */
export type DataInput<T> = T extends (infer E)[]
  ? readonly DataInput<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DataInput<T[K]> }
    : T;
