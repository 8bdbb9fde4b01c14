/**
 * The Pagefind search index.
 * - `astro build`: src/integrations/built-site.ts hands the built pages, read once, to `indexBuiltPages`;
 *   any error fails the build.
 * - `astro dev`: once the dev server listens, its pages are crawled and indexed in memory, and the
 *   index is served at <base>pagefind/, so search works while writing too.
 * Only elements marked data-pagefind-body are indexed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Index chunk size, in word locations (Pagefind's default is 20 000: chunks of about 25 KB gzip here).
 * A query fetches the chunks that hold its words, so smaller chunks mean fewer bytes per query and a
 * few more files. Measured with `npm run bench` (README, Performance): at 1 000 the first query
 * "selinux status" fetches two chunks of 1–2 KB instead of one of 25 KB. Pagefind reads this
 * setting only from the environment of the indexing process it starts.
 */
const INDEX_CHUNK_SIZE = '1000';

function createIndex(): ReturnType<typeof pagefind.createIndex> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_SIZE;
  return pagefind.createIndex({});
}

/** Pagefind ships three ready-made UIs; this site has its own, so their files are not published. */
const UNUSED_UI = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** Indexes built pages (`file` relative to `out`, which gives each result its URL) and writes the bundle to <out>/pagefind. */
export async function indexBuiltPages(
  out: string,
  pages: readonly { file: string; html: string }[],
  logger: AstroIntegrationLogger,
): Promise<void> {
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let indexed = 0;
    for (const page of pages) {
      const added = await index.addHTMLFile({ sourcePath: page.file, content: page.html });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
      if (added.file.uniqueWords > 0) indexed += 1;
    }
    if (indexed === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the layout?');
    const bundle = path.join(out, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    for (const file of await readdir(bundle)) if (UNUSED_UI.test(file)) await rm(path.join(bundle, file));
    logger.info(`Pagefind indexed ${indexed} pages`);
  } finally {
    await pagefind.close();
  }
}

/** Fetches every page reachable from the base URL, following same-site links. */
async function crawl(origin: string, base: string, limit = 1000): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const queue = [base];
  while (queue.length > 0 && pages.size < limit) {
    const pathname = queue.shift()!;
    if (pages.has(pathname)) continue;
    const response = await fetch(new URL(pathname, origin));
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) {
      pages.set(pathname, '');
      continue;
    }
    const html = await response.text();
    pages.set(pathname, html);
    for (const match of html.matchAll(/<a\b[^>]*\shref="([^"#?]*)[^"]*"/g)) {
      const target = new URL(match[1]!, new URL(pathname, origin));
      if (
        target.origin === new URL(origin).origin &&
        target.pathname.startsWith(base) &&
        target.pathname.endsWith('/') &&
        !pages.has(target.pathname)
      ) {
        queue.push(target.pathname);
      }
    }
  }
  return pages;
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let devFiles: Promise<Map<string, Uint8Array>> | undefined;
  return {
    name: 'field-guide:search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const url = request.url ?? '';
          if (!devFiles || !url.startsWith(`${base}pagefind/`)) return next();
          const files = await devFiles;
          const name = url.slice(`${base}pagefind/`.length).split('?')[0]!;
          const file = files.get(name);
          if (!file) return next();
          response.setHeader(
            'content-type',
            name.endsWith('.js') ? 'text/javascript' : name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
          );
          response.end(file);
        });
      },
      'astro:server:start': ({ address, logger }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        const origin = `http://${host === '::' || host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
        devFiles = (async () => {
          const pages = await crawl(origin, base);
          const { index } = await createIndex();
          if (!index) throw new Error('Pagefind could not start');
          for (const [url, content] of pages) if (content) await index.addHTMLFile({ url, content });
          const { files } = await index.getFiles();
          logger.info(`Search index for the dev server: ${pages.size} pages`);
          return new Map(files.map((f) => [f.path, f.content]));
        })();
        devFiles.catch((error: unknown) => logger.error(`Search index for the dev server failed: ${String(error)}`));
      },
    },
  };
}
