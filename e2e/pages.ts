/** Every page of the built site, as paths relative to the base URL, read from the build output (not the redirect pages). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isRedirectPage } from '../src/built/html-text.ts';

const dist = path.resolve(process.env['OUT_DIR'] ?? 'dist');

export const ALL_PAGES: string[] = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name === 'index.html' && !isRedirectPage(readFileSync(path.join(e.parentPath, e.name), 'utf8')))
  .map((e) => path.relative(dist, e.parentPath).split(path.sep).join('/'))
  .map((dir) => (dir ? `${dir}/` : './'))
  .sort();
