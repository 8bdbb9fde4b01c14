/** Writes sitemap.xml from the pages the build produced, so no page can be left out of it. */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapPages, sitemapXml } from '../built/sitemap.ts';

export default function sitemap(): AstroIntegration {
  let root = '';
  return {
    name: 'field-guide:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` must be set for sitemap.xml and canonical URLs');
        root = new URL(config.base, config.site).href.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = new Map<string, string>();
        for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || entry.name !== 'index.html') continue;
          const file = path.join(entry.parentPath, entry.name);
          files.set(path.relative(out, file).split(path.sep).join('/'), await readFile(file, 'utf8'));
        }
        const pages = sitemapPages(files);
        await writeFile(path.join(out, 'sitemap.xml'), sitemapXml(pages.map((page) => `${root}${page}`)));
        logger.info(`sitemap.xml lists ${pages.length} pages`);
      },
    },
  };
}
