/**
 * A small static server for the built site, used by the Playwright suite and `npm run preview`.
 * Usage: node scripts/serve.ts [--dir dist] [--port 4321] [--base /sub/path/]
 * Serves files under the base path, directory index.html files, and dist/404.html for misses.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase, stripBase } from '../src/core/base-path.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
  },
});

const root = path.resolve(values.dir);
const base = normaliseBase(values.base);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function resolveFile(urlPath: string): Promise<string | undefined> {
  const sitePath = stripBase(base, urlPath);
  if (sitePath === undefined) return undefined;
  const file = path.resolve(root, decodeURIComponent(sitePath.slice(1)));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === base.replace(/\/$/, '') && base !== '/') {
    response.writeHead(301, { location: base }).end();
    return;
  }
  const file = await resolveFile(url.pathname);
  if (file && !url.pathname.endsWith('/') && file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('index.html')) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = await readFile(file ?? path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
  response.writeHead(status, { 'content-type': TYPES[path.extname(file ?? '.html')] ?? 'application/octet-stream' });
  response.end(body);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host}:${values.port}${base}`);
});
