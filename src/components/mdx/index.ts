/** Components available in every MDX page without an import: exactly those declared in src/lib/content/mdx-api.ts. */
import Cite from './Cite.astro';
import Command from './Command.astro';
import Release from './Release.astro';
import ReleaseFact from './ReleaseFact.astro';
import Snippet from './Snippet.astro';
import Status from './Status.astro';
import ScrollTable from './ScrollTable.astro';
import FactTable from '../FactTable.astro';
import LifecycleTimeline from '../LifecycleTimeline.astro';
import LineageDiagram from '../LineageDiagram.astro';
import ReleasesTable from '../ReleasesTable.astro';
import VersionMap from '../VersionMap.astro';
import type { MdxComponentName } from '../../lib/content/mdx-api.ts';

/** `table` replaces the plain element that Markdown tables render to. */
export const mdxComponents = {
  table: ScrollTable,
  Cite,
  Command,
  FactTable,
  LifecycleTimeline,
  LineageDiagram,
  Release,
  ReleaseFact,
  ReleasesTable,
  Snippet,
  Status,
  VersionMap,
} satisfies Record<MdxComponentName | 'table', unknown>;
