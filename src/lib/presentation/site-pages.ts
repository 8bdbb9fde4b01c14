/**
 * What every page and document of the site is, declared once. A route renders its page from the
 * identity made here (title, description, section, kind, search filters, twin), and the build
 * publishes the list of all of them as /api/v1/pages.json, which the build hooks, the built-site
 * checks, the benchmarks and the end-to-end tests read instead of guessing from the HTML.
 */
import { z } from 'astro/zod';
import { apiPaths, sitePaths } from '../../core/routes.ts';
import { SITE_TITLE } from '../../core/site-config.ts';
import {
  categories,
  COMMAND_RELEASES,
  commands,
  getRelease,
  releases,
  type Command,
  type CommandReleaseId,
  type Release,
} from '../../data/index.ts';
import { COMMON_MOVES } from '../../data/groupings.ts';
import { orderPairs, releasePairs } from '../domain/port-path.ts';
import { CHECKLIST_FILES, CHECKLIST_FORMATS } from './port-checklist.ts';
import { API_SCHEMA_NAMES, documentHeader, envelope, jsonSchemaDocument } from '../domain/api.ts';
import { FAMILY_NAMES } from '../../data/groupings.ts';
import { SEARCH_KINDS } from '../search/search-entry.ts';
import { sectionTitle, type SectionId } from './navigation.ts';

export const PAGE_KINDS = [
  'home',
  'guide',
  'releases',
  'release',
  'matrix',
  'task',
  'ports',
  'port',
  'tools',
  'tool',
  'api',
  'search',
  'not-found',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const sitePath = z
  .string()
  .regex(/^\/([a-z0-9._-]+\/)*([a-z0-9._-]+\.[a-z]+)?$/, { error: 'expected a site path such as /guide/identify/' });

const htmlPageSchema = z.strictObject({
  kind: z.enum(PAGE_KINDS),
  /** Where the page lives, from the site root, without the base path. */
  path: sitePath,
  /** The page's h1; its <title> adds the site name. */
  title: z.string().min(1),
  description: z.string().min(1),
  /** Where the page sits, e.g. "Guide · Porting work"; shown on its preview image. Empty for none. */
  section: z.string(),
  /** Listed in sitemap.xml and open to search engines. */
  indexable: z.boolean(),
  /** In the site's search index, with these filters. */
  search: z
    .strictObject({
      kind: z.enum(SEARCH_KINDS),
      releases: z.array(z.string()).readonly(),
      aliases: z.array(z.string()).readonly(),
      title: z.string().optional(),
    })
    .optional(),
  /** The page's twin in another format. */
  alternate: z.strictObject({ path: sitePath, title: z.string(), type: z.enum(['application/json', 'text/markdown']) }).optional(),
});
const redirectSchema = z.strictObject({ kind: z.literal('redirect'), path: sitePath, to: sitePath });
const documentSchema = z.strictObject({
  kind: z.literal('document'),
  path: sitePath,
  type: z.enum(['application/json', 'text/markdown', 'text/plain', 'application/xml']),
});

export const siteEntrySchema = z.discriminatedUnion('kind', [htmlPageSchema, redirectSchema, documentSchema]);
/** The name of the site manifest among the API's documents: /api/v1/pages.json, schema /api/v1/schemas/pages.json. */
export const SITE_MANIFEST_NAME = 'pages';
export const siteManifestSchema = envelope(SITE_MANIFEST_NAME, { pages: z.array(siteEntrySchema) });
export type SiteManifest = z.infer<typeof siteManifestSchema>;

export type HtmlPage = z.infer<typeof htmlPageSchema>;
export type RedirectPage = z.infer<typeof redirectSchema>;
export type DataDocument = z.infer<typeof documentSchema>;
export type SiteEntry = z.infer<typeof siteEntrySchema>;

/** What the site needs of a guide page's frontmatter. */
export interface GuideEntry {
  id: string;
  data: { title: string; description: string; section: SectionId; releases: readonly string[] };
}

/** The browser tools, in the order the site lists them. */
export const TOOLS = [
  {
    id: 'identify',
    title: 'Identify a release',
    description:
      'Paste /etc/os-release, a release-file line, uname -r or hostnamectl output and see which Amazon Linux, RHEL, CentOS or Fedora release it is, how sure that is, and why. Runs in your browser.',
  },
  {
    id: 'port-check',
    title: 'Check a script for porting',
    description:
      'Paste a shell script, Dockerfile, cloud-init user data or Ansible tasks written for RHEL, CentOS or AL2 and see what breaks on AL2023, RHEL 9 or RHEL 10, with the fix and its source. Runs in your browser.',
  },
] as const;
export type ToolId = (typeof TOOLS)[number]['id'];

const REFERENCE = 'Reference';
const page = (identity: Omit<HtmlPage, 'indexable'> & { indexable?: boolean }): HtmlPage => ({ indexable: true, ...identity });

/** The identity of each page, by kind. Routes render with these; `siteEntries` lists them all. */
export const pageIdentity = {
  home: (): HtmlPage =>
    page({
      kind: 'home',
      path: sitePaths.home(),
      title: SITE_TITLE,
      description:
        'How each Amazon Linux generation relates to RHEL, Fedora and CentOS, with a sourced command reference for porting work between them.',
      section: '',
    }),
  guide: (entry: GuideEntry): HtmlPage =>
    page({
      kind: 'guide',
      path: sitePaths.guide(entry.id),
      title: entry.data.title,
      description: entry.data.description,
      section: `Guide · ${sectionTitle(entry.data.section)}`,
      search: { kind: 'guide', releases: entry.data.releases, aliases: [] },
      alternate: { path: sitePaths.guideMarkdown(entry.id), title: `${entry.data.title} as Markdown`, type: 'text/markdown' },
    }),
  releases: (): HtmlPage =>
    page({
      kind: 'releases',
      path: sitePaths.releases(),
      title: 'All releases',
      description: 'Every Amazon Linux, RHEL, CentOS and Fedora release this guide tracks, with lifecycle dates and status in words.',
      section: REFERENCE,
      alternate: { path: apiPaths.releases(), title: 'All releases as JSON', type: 'application/json' },
    }),
  release: (release: Release): HtmlPage =>
    page({
      kind: 'release',
      path: sitePaths.release(release.id),
      title: release.name,
      description: `${release.name}: lifecycle, lineage, platform facts, identification and commands, each with its source.`,
      section: `Release · ${FAMILY_NAMES[release.family]}`,
      search: {
        kind: 'release',
        releases: [release.id],
        aliases: [release.shortName, ...release.formerNames],
        title: `${release.name} (${release.shortName})`,
      },
      alternate: { path: apiPaths.release(release.id), title: `${release.name} as JSON`, type: 'application/json' },
    }),
  matrix: (): HtmlPage =>
    page({
      kind: 'matrix',
      path: sitePaths.commands(),
      title: 'Command reference',
      description: 'Every admin task on every tracked Amazon Linux and RHEL release, side by side, with sources.',
      section: REFERENCE,
      alternate: { path: apiPaths.commands(), title: 'The command reference as JSON', type: 'application/json' },
    }),
  task: (command: Command): HtmlPage => {
    const category = categories.find((c) => c.id === command.category)!;
    return page({
      kind: 'task',
      path: sitePaths.command(command.id),
      title: command.title,
      description: command.summary,
      section: `Command reference · ${category.title}`,
      search: {
        kind: 'command',
        releases: releases.filter((r) => command.variants[r.id] !== undefined).map((r) => r.id),
        aliases: command.aliases,
      },
      alternate: { path: apiPaths.command(command.id), title: `${command.title}: the task as JSON`, type: 'application/json' },
    });
  },
  ports: (): HtmlPage =>
    page({
      kind: 'ports',
      path: sitePaths.ports(),
      title: 'Porting paths',
      description:
        'One page for each move between Amazon Linux and RHEL releases: what changes, what breaks and what to do, with a checklist to paste into a ticket.',
      section: 'Porting',
    }),
  port: (from: CommandReleaseId, to: CommandReleaseId): HtmlPage => {
    const [source, target] = [getRelease(from), getRelease(to)];
    return page({
      kind: 'port',
      path: sitePaths.port(from, to),
      title: `Moving from ${source.shortName} to ${target.shortName}`,
      description: `What changes when work moves from ${source.name} to ${target.name}: platform facts, every task whose command differs, both lifecycles, and a checklist for a ticket.`,
      section: 'Porting',
      search: {
        kind: 'port',
        releases: [from, to],
        aliases: [`${source.shortName} to ${target.shortName}`, `${from} to ${to}`, `migrate ${source.shortName} ${target.shortName}`],
      },
      alternate: {
        path: apiPaths.port(from, to),
        title: `Moving from ${source.shortName} to ${target.shortName} as JSON`,
        type: 'application/json',
      },
    });
  },
  tools: (): HtmlPage =>
    page({
      kind: 'tools',
      path: sitePaths.tools(),
      title: 'Tools',
      description:
        'Two checks that run in your browser: identify a release from its release files, and find what breaks when a script moves to AL2023, RHEL 9 or RHEL 10.',
      section: 'Tool',
    }),
  tool: (id: ToolId): HtmlPage => {
    const tool = TOOLS.find((t) => t.id === id)!;
    return page({ kind: 'tool', path: sitePaths.tool(id), title: tool.title, description: tool.description, section: 'Tool' });
  },
  api: (): HtmlPage =>
    page({
      kind: 'api',
      path: sitePaths.api(),
      title: 'Data API',
      description: 'The releases, commands and sources behind this guide as versioned JSON documents with JSON Schemas.',
      section: REFERENCE,
    }),
  search: (): HtmlPage =>
    page({
      kind: 'search',
      path: sitePaths.search(),
      title: 'Search',
      description: 'Search the guide, the command reference and the release pages.',
      section: '',
    }),
  notFound: (): HtmlPage =>
    page({
      kind: 'not-found',
      path: sitePaths.notFound(),
      title: 'Page not found',
      description: 'This page does not exist. Try the command reference, the release list or search.',
      section: '',
      indexable: false,
    }),
};

const json = (path: string): DataDocument => ({ kind: 'document', path, type: 'application/json' });

/** Every move between two command-reference releases, the common ones first. */
export const PORT_PAIRS = orderPairs(releasePairs(COMMAND_RELEASES), COMMON_MOVES);

/**
 * Every page and document the build produces, in a stable order: the pages, the redirects of moved
 * pages (old path → new path), then the data documents.
 */
export function siteEntries(guide: readonly GuideEntry[], redirects: Readonly<Record<string, string>>): SiteEntry[] {
  const pages: HtmlPage[] = [
    pageIdentity.home(),
    ...guide.map(pageIdentity.guide),
    pageIdentity.releases(),
    ...releases.map(pageIdentity.release),
    pageIdentity.matrix(),
    ...commands.map(pageIdentity.task),
    pageIdentity.ports(),
    ...PORT_PAIRS.map((pair) => pageIdentity.port(pair.from, pair.to)),
    pageIdentity.tools(),
    ...TOOLS.map((tool) => pageIdentity.tool(tool.id)),
    pageIdentity.api(),
    pageIdentity.search(),
    pageIdentity.notFound(),
  ];
  const moved: RedirectPage[] = Object.entries(redirects).map(([path, to]) => ({ kind: 'redirect', path, to }));
  const documents: DataDocument[] = [
    json(apiPaths.releases()),
    ...releases.map((r) => json(apiPaths.release(r.id))),
    json(apiPaths.commands()),
    ...commands.map((c) => json(apiPaths.command(c.id))),
    json(apiPaths.sources()),
    ...PORT_PAIRS.map((pair) => json(apiPaths.port(pair.from, pair.to))),
    ...PORT_PAIRS.flatMap((pair) =>
      CHECKLIST_FORMATS.map((format): DataDocument => ({
        kind: 'document',
        path: sitePaths.portChecklist(pair.from, pair.to, CHECKLIST_FILES[format].file),
        type: CHECKLIST_FILES[format].type,
      })),
    ),
    json(apiPaths.pages()),
    ...[...API_SCHEMA_NAMES, SITE_MANIFEST_NAME].map((name) => json(apiPaths.schema(name))),
    ...guide.map((entry): DataDocument => ({ kind: 'document', path: sitePaths.guideMarkdown(entry.id), type: 'text/markdown' })),
    { kind: 'document', path: sitePaths.llmsTxt(), type: 'text/plain' },
    { kind: 'document', path: sitePaths.robotsTxt(), type: 'text/plain' },
    { kind: 'document', path: sitePaths.sitemap(), type: 'application/xml' },
    json(sitePaths.searchShortcuts()),
  ];
  return [...pages, ...moved, ...documents];
}

/** The document /api/v1/pages.json: every page and document of the site. */
export function siteManifest(guide: readonly GuideEntry[], redirects: Readonly<Record<string, string>>): SiteManifest {
  return { ...documentHeader(SITE_MANIFEST_NAME), pages: siteEntries(guide, redirects) } as SiteManifest;
}

export const siteManifestJsonSchema = (): object => jsonSchemaDocument(SITE_MANIFEST_NAME, siteManifestSchema);
