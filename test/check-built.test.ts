import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHeader } from '../src/lib/domain/api.ts';

/** Text gzip cannot shrink much, so the page weighs about what it says. */
const incompressible = (bytes: number) =>
  Array.from({ length: bytes / 8 }, (_, i) => ((i * 2654435761) >>> 0).toString(36).padStart(8, '0')).join('');

let dir = '';
let result: { code: number; output: string };

/** A tiny build with planted defects: a guide page over its budget with a script after </html>, and a page nobody declared. */
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-built-'));
  const files: Record<string, string> = {
    'api/v1/pages.json': JSON.stringify({
      ...documentHeader('pages'),
      pages: [{ kind: 'guide', path: '/guide/heavy/', title: 'Heavy', description: 'A heavy page', section: 'Guide', indexable: true }],
    }),
    'guide/heavy/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy</title></head><body><main><p>${incompressible(45_000)}</p></main></body></html><script type="module">1</script>`,
    'drafts/new/index.html': '<!doctype html><html lang="en"><head><title>Draft</title></head><body></body></html>',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  try {
    const output = execFileSync(process.execPath, ['scripts/check-built.ts', '--dir', dir, '--base', '/'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    result = { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    result = { code: e.status, output: e.stdout + e.stderr };
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built-site check on a build with planted defects', () => {
  it('fails', () => {
    expect(result.code).toBe(1);
  });

  it('names a page over its byte budget with both figures', () => {
    expect(result.output).toMatch(
      /guide\/heavy\/index\.html › guide page \/guide\/heavy\/ › first view \(gzip\) = "total \d+\.\d KB > 24\.0 KB"/,
    );
  });

  it('reports the stray <script> after </html> through the Nu validator', () => {
    expect(result.output).toMatch(/guide\/heavy\/index\.html:1 › Nu validator › .*: expected Stray start tag “script”/);
  });

  it('names a built page the manifest does not declare', () => {
    expect(result.output).toContain('drafts/new/index.html › built file › "drafts/new/index.html": expected an entry in api/v1/pages.json');
  });

  it('names a page without a Content-Security-Policy', () => {
    expect(result.output).toContain(
      'guide/heavy/index.html › <head> › meta http-equiv = (missing): expected a Content-Security-Policy <meta> element',
    );
  });
});
