/**
 * Keeps renamed anchors working: each anchor alias in the permalink manifest becomes an empty element
 * with the old id inside the element that has the new one. (Moved pages are src/pages/[...moved].astro.)
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasesForPage, insertAnchorAliases, MANIFEST_FILE, parsePermalinkManifest, type PermalinkManifest } from '../built/permalinks.ts';

export async function readPermalinkManifest(root = process.cwd()): Promise<PermalinkManifest> {
  return parsePermalinkManifest(JSON.parse(await readFile(path.join(root, MANIFEST_FILE), 'utf8')));
}

export default function permalinks(): AstroIntegration {
  let manifest: PermalinkManifest;
  return {
    name: 'field-guide:permalinks',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        manifest = await readPermalinkManifest(fileURLToPath(config.root));
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = new Set(Object.keys(manifest.anchorAliases).map((key) => key.split('#')[0]!));
        for (const page of pages) {
          const file = path.join(out, page, 'index.html');
          const html = await readFile(file, 'utf8');
          try {
            await writeFile(file, insertAnchorAliases(html, aliasesForPage(manifest, page)));
          } catch (error) {
            throw new Error(`${MANIFEST_FILE} › anchorAliases › ${page}: ${(error as Error).message}`, { cause: error });
          }
        }
      },
    },
  };
}
