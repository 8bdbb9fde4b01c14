/** Components available in every MDX page without an import. */
import Cite from './Cite.astro';
import Command from './Command.astro';
import Release from './Release.astro';
import ReleaseFact from './ReleaseFact.astro';
import ReleasesTable from '../ReleasesTable.astro';

export const mdxComponents = { Cite, Command, Release, ReleaseFact, ReleasesTable };
