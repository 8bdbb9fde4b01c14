/**
 * A broken data entry or an MDX page naming an unknown id must stop `astro build` with a message
 * that names the culprit. Each test plants one defect in a temporary copy of the project.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { ASTRO_BIN, copyProject } from './project-copy.ts';

const run = promisify(execFile);
let workdir: string | undefined;

async function build(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture text not found in ${file}: ${from}`);
  await writeFile(file, text.replace(from, to));
}

afterEach(async () => {
  if (workdir) await rm(workdir, { recursive: true, force: true });
  workdir = undefined;
});

describe('astro build refuses bad input', () => {
  test('a broken data entry stops the build and names file, entry, field and value', async () => {
    workdir = await copyProject('field-guide-build-');
    await edit(path.join(workdir, 'src/data/releases.ts'), "endOfMaintenance: '2029-06-30',", "endOfMaintenance: '2026-01-01',");
    const { code, output } = await build(workdir);
    expect(code).not.toBe(0);
    expect(output).toContain(
      'src/data/releases.ts › release "al2023" › lifecycle.endOfMaintenance = "2026-01-01": expected a date on or after lifecycle.endOfStandardSupport (2027-06-30)',
    );
  }, 120_000);

  test('an MDX page naming an unknown command stops the build and names the file and the id', async () => {
    workdir = await copyProject('field-guide-build-');
    const page = path.join(workdir, 'content/docs/overview.mdx');
    await writeFile(page, `${await readFile(page, 'utf8')}\n<Command id="install-pakage" />\n`);
    const { code, output } = await build(workdir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /content\/docs\/overview\.mdx:\d+:\d+ › <Command> tag › id = "install-pakage": expected a command id defined in src\/data\/commands\.ts \(did you mean "install-package"\?\)/,
    );
  }, 120_000);
});
