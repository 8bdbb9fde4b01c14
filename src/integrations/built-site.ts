/**
 * After the build, one pass over the built site, read once through src/built/site.ts and its manifest
 * (/api/v1/pages.json): the manifest must match the files; renamed anchors get their aliases; every
 * page gets its preview image (cached outside the build); guide pages get their Markdown twins;
 * sitemap.xml lists the indexable pages; Pagefind indexes the searchable pages from memory. Each phase
 * logs its time (src/built/build-phases.ts), which `npm run bench` reports.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileForSitePath, joinBase, normaliseBase } from '../core/base-path.ts';
import { assertNoProblems } from '../core/problems.ts';
import { sitePaths } from '../core/routes.ts';
import { permalinkManifest } from '../data/permalinks.ts';
import { previewImageFile, previewSvg } from '../lib/presentation/preview-image.ts';
import { sitemapPaths, sitemapXml } from '../lib/presentation/sitemap.ts';
import { markdownTwin } from '../built/markdown-twin.ts';
import { aliasesForPage, insertAnchorAliases } from '../built/permalinks.ts';
import { cachedPreviewPng, loadPreviewFonts, PREVIEW_CACHE_DIR } from '../built/preview-png.ts';
import { loadBuiltSite, manifestProblems } from '../built/site.ts';
import { parseHtml } from '../built/html.ts';
import { indexBuiltPages } from './search-index.ts';
import { timePhase } from '../built/build-phases.ts';

export interface BuiltSiteOptions {
  siteTitle: string;
  /** Said under the title of each Markdown twin. */
  dataAsOf: string;
}

export default function builtSite({ siteTitle, dataAsOf }: BuiltSiteOptions): AstroIntegration {
  let base = '/';
  let siteUrl = '';
  return {
    name: 'field-guide:built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` must be set for sitemap.xml and canonical URLs');
        base = normaliseBase(config.base);
        siteUrl = config.site.replace(/\/+$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = loadBuiltSite(out, base);
        const absolute = (sitePath: string) => `${siteUrl}${joinBase(base, sitePath)}`;
        const write = async (file: string, content: string | Buffer) => {
          await mkdir(path.dirname(path.join(out, file)), { recursive: true });
          await writeFile(path.join(out, file), content);
        };
        const phase = <T>(name: string, work: () => Promise<T> | T) => timePhase(name, (line) => logger.info(line), work);
        const pages = await phase('read the built pages', () => site.htmlPages());

        await phase('anchor aliases', async () => {
          for (const page of pages) {
            const aliases = aliasesForPage(permalinkManifest, page.entry.path);
            if (aliases.length === 0) continue;
            page.html = insertAnchorAliases(page.html, aliases);
            page.tree = parseHtml(page.html);
            await write(page.file, page.html);
          }
        });

        const fonts = await loadPreviewFonts();
        const cacheDir = process.env['PREVIEW_CACHE'] === 'off' ? null : PREVIEW_CACHE_DIR;
        let cached = 0;
        await phase('preview images', async () => {
          for (const { entry } of pages) {
            const svg = previewSvg(
              { siteTitle, section: entry.section, title: entry.title, address: absolute(entry.path).replace(/^https?:\/\//, '') },
              fonts,
            );
            try {
              const preview = await cachedPreviewPng(svg, cacheDir);
              if (preview.cached) cached += 1;
              await write(previewImageFile(entry.path), preview.png);
            } catch (error) {
              throw new Error(`${fileForSitePath(entry.path)}: preview image: ${(error as Error).message}`, { cause: error });
            }
          }
        });

        let twins = 0;
        await phase('Markdown twins', async () => {
          for (const { entry, tree } of pages) {
            if (entry.alternate?.type !== 'text/markdown') continue;
            await write(
              fileForSitePath(entry.alternate.path),
              markdownTwin(tree, { pageUrl: absolute(entry.path), note: `Facts checked against their sources as of ${dataAsOf}.` }),
            );
            twins += 1;
          }
        });

        const listed = sitemapPaths(site.entries);
        await phase('sitemap and manifest check', async () => {
          await write(fileForSitePath(sitePaths.sitemap()), sitemapXml(listed.map(absolute)));
          assertNoProblems(`The build in ${out}`, manifestProblems(loadBuiltSite(out, base)));
        });
        await phase('Pagefind index', () =>
          indexBuiltPages(
            out,
            pages.filter((page) => page.entry.search),
            logger,
          ),
        );
        logger.info(
          `${pages.length} preview images (${cached} from the cache), ${twins} Markdown twins, ${listed.length} pages in sitemap.xml`,
        );
      },
    },
  };
}
