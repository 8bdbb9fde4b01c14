/**
 * The MDX component API, declared once: every component a guide page may use, its attributes, which
 * kind of data entry each attribute names, which are required, and which sources the component cites.
 * This declaration drives the content check (unknown components, attributes and ids fail the build),
 * the numbering of a page's sources, the components' props (MdxProps) and the components' barrel
 * (src/components/mdx/index.ts must provide exactly these names).
 */
import { getCommand, getRelease, isCommandId, isReleaseId, releases } from '../../data/index.ts';
import { TIMELINE_RELEASES } from '../../data/groupings.ts';
import { VERSION_MAP_FACTS, versionMapColumns } from '../domain/guide-tables.ts';
import { isReleaseFactKey, releaseFact } from '../domain/release-facts.ts';

/** The kinds of data entry an attribute can name; each is checked against the ids that exist. */
export type ReferenceKind = 'release' | 'command' | 'source' | 'fact' | 'snippet';

export interface AttributeSpec {
  /** The attribute names entries of this kind; several ids are separated by spaces. */
  references?: ReferenceKind;
  required?: boolean;
  /** A bare attribute (`<Release id="al2" short />`), a boolean prop. */
  flag?: boolean;
}

/** The source ids a component cites, given its attributes as written. */
export type Citer = (attributes: Readonly<Record<string, string>>) => readonly string[];

export interface ComponentSpec {
  attributes: Readonly<Record<string, AttributeSpec>>;
  cites?: Citer;
}

const list = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

function factSources(releaseIds: readonly string[], facts: readonly string[]): string[] {
  return releaseIds.flatMap((id) =>
    isReleaseId(id) ? facts.filter(isReleaseFactKey).flatMap((key) => releaseFact(getRelease(id), key).sources) : [],
  );
}

export const MDX_API = {
  /** Cites one source, or several separated by spaces. */
  Cite: {
    attributes: { id: { references: 'source', required: true } },
    cites: (a) => list(a['id']),
  },
  /** A task's commands on every release, or on `from` and `to` only. */
  Command: {
    attributes: { id: { references: 'command', required: true }, from: { references: 'release' }, to: { references: 'release' } },
    cites: (a) => (a['id'] && isCommandId(a['id']) ? getCommand(a['id']).sources : []),
  },
  /** A release's name linked to its page; `short` uses the short name (AL2023). */
  Release: {
    attributes: { id: { references: 'release', required: true }, short: { flag: true } },
  },
  /** One fact of one release, with its sources. */
  ReleaseFact: {
    attributes: { release: { references: 'release', required: true }, fact: { references: 'fact', required: true } },
    cites: (a) => factSources(list(a['release']), list(a['fact'])),
  },
  /** A release's lifecycle status as of the build, rechecked in the browser. */
  Status: {
    attributes: { release: { references: 'release', required: true } },
    cites: (a) => list(a['release']).flatMap((id) => (isReleaseId(id) ? getRelease(id).lifecycle.sources : [])),
  },
  /** Facts (rows) of releases (columns), both lists separated by spaces. */
  FactTable: {
    attributes: {
      releases: { references: 'release', required: true },
      facts: { references: 'fact', required: true },
      caption: { required: true },
    },
    cites: (a) => factSources(list(a['releases']), list(a['facts'])),
  },
  ReleasesTable: { attributes: {}, cites: () => releases.flatMap((r) => r.lifecycle.sources) },
  VersionMap: {
    attributes: {},
    cites: () => versionMapColumns().flatMap((c) => factSources([c.generation, ...c.relatives], VERSION_MAP_FACTS)),
  },
  LifecycleTimeline: { attributes: {}, cites: () => TIMELINE_RELEASES.flatMap((id) => getRelease(id).lifecycle.sources) },
  LineageDiagram: { attributes: {}, cites: () => releases.flatMap((r) => r.lineage.relations.flatMap((rel) => rel.sources)) },
  /** A file from src/snippets, highlighted; `title` is shown above it. */
  Snippet: { attributes: { name: { references: 'snippet', required: true }, title: {} } },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_API;

export const MDX_COMPONENT_NAMES = Object.keys(MDX_API) as MdxComponentName[];

export const isMdxComponentName = (name: string): name is MdxComponentName => Object.hasOwn(MDX_API, name);

type Attributes<N extends MdxComponentName> = (typeof MDX_API)[N]['attributes'];
type Value<A> = A extends { flag: true } ? boolean : string;

/** The props of an MDX component, as its declaration in MDX_API says. */
export type MdxProps<N extends MdxComponentName> = {
  [K in keyof Attributes<N> as Attributes<N>[K] extends { required: true } ? K : never]: Value<Attributes<N>[K]>;
} & {
  [K in keyof Attributes<N> as Attributes<N>[K] extends { required: true } ? never : K]?: Value<Attributes<N>[K]>;
};

/** For each citing component, the sources it cites given its attributes (see pageCitations). */
export const CITERS: Readonly<Record<string, Citer>> = Object.fromEntries(
  Object.entries(MDX_API).flatMap(([name, spec]: [string, ComponentSpec]) => (spec.cites ? [[name, spec.cites]] : [])),
);
