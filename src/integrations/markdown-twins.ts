/** After the build, writes guide/<slug>.md next to each guide page: the page's article as Markdown. */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRedirectPage } from '../built/html-text.ts';
import { markdownTwin } from '../built/markdown-twin.ts';

export default function markdownTwins(dataAsOf: string): AstroIntegration {
  return {
    name: 'field-guide:markdown-twins',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const guide = path.join(fileURLToPath(dir), 'guide');
        let count = 0;
        for (const entry of await readdir(guide, { withFileTypes: true })) {
          if (!entry.isDirectory()) continue;
          const html = await readFile(path.join(guide, entry.name, 'index.html'), 'utf8').catch(() => undefined);
          if (html === undefined || isRedirectPage(html)) continue;
          const pageUrl = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
          if (!pageUrl) throw new Error(`guide/${entry.name}/index.html has no canonical URL for its Markdown twin`);
          const note = `Facts checked against their sources as of ${dataAsOf}.`;
          await writeFile(path.join(guide, `${entry.name}.md`), markdownTwin(html, { pageUrl, note }));
          count += 1;
        }
        logger.info(`Wrote ${count} Markdown twins`);
      },
    },
  };
}
