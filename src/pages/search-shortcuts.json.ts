/** Shortcuts for the search box (see src/lib/search/search-shortcuts.ts), built from the data. */
import { commands, getRelease, releases } from '../data/index.ts';
import { releaseStatus } from '../lib/domain/release-facts.ts';
import { buildShortcuts, storeShortcuts } from '../lib/search/search-shortcuts.ts';
import { PORT_PAIRS, pageIdentity } from '../lib/presentation/site-pages.ts';
import { routes } from '../core/routes.ts';
import { STATUS_DATE } from '../core/site-config.ts';

export function GET(): Response {
  const shortcuts = buildShortcuts(
    releases,
    commands.map((c) => ({ id: c.id, title: c.title, aliases: c.aliases, releases: Object.keys(c.variants) })),
    routes,
    (id) => {
      const status = releaseStatus(getRelease(id as Parameters<typeof getRelease>[0]), STATUS_DATE);
      return { text: `${status.text} (as of ${STATUS_DATE}).`, endOfLife: status.status === 'end of life' };
    },
    PORT_PAIRS.map(({ from, to }) => ({
      from,
      to,
      title: pageIdentity.port(from, to).title,
    })),
  );
  return new Response(JSON.stringify(storeShortcuts(shortcuts)), { headers: { 'content-type': 'application/json' } });
}
