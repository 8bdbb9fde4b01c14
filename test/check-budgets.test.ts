import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve('scripts/check-budgets.ts');
let dir = '';

function site(pages: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'budgets-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

function run(root: string): { code: number; output: string } {
  try {
    return {
      code: 0,
      output: execFileSync(process.execPath, [script, '--dir', root], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, BASE_PATH: '/' },
      }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

/** Text gzip cannot shrink much, so the page weighs about what it says. */
const incompressible = (bytes: number) =>
  Array.from({ length: bytes / 8 }, (_, i) => ((i * 2654435761) >>> 0).toString(36).padStart(8, '0')).join('');

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the byte-budget check', () => {
  it('passes a light guide page', () => {
    expect(run(site({ 'guide/light/index.html': '<p>light</p>' })).code).toBe(0);
  });

  it('fails when a guide page is heavier than its budget, naming the page and the figures', () => {
    const { code, output } = run(site({ 'guide/heavy/index.html': `<p>${incompressible(40_000)}</p>` }));
    expect(code).toBe(1);
    expect(output).toMatch(/guide\/heavy\/index\.html \(guide\): total \d+\.\d KB > 22\.0 KB/);
  });

  it('fails when a page has no budget at all', () => {
    const { code, output } = run(site({ 'drafts/new/index.html': '<p>?</p>' }));
    expect(code).toBe(1);
    expect(output).toContain('drafts/new/index.html: no budget applies');
  });
});
