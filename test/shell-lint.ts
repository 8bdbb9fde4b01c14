/**
 * Checks command lines as shell: each script (the lines of one variant, joined as the copy button
 * joins them) must parse with `bash -n` and pass ShellCheck, except for findings the data accepts
 * with a reason. Placeholders ({{name}}) become plain words first, as a user would fill them in.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PLACEHOLDER } from '../src/data/schema.ts';

const run = promisify(execFile);

export interface ShellScript {
  /** Where the lines come from, e.g. `install-package › al2023`. */
  label: string;
  lines: readonly string[];
  /** ShellCheck codes accepted in these lines, with their reasons. */
  exceptions?: readonly { readonly code: string; readonly reason: string }[] | undefined;
}

export interface ShellTools {
  bash?: string;
  shellcheck?: string;
}

/** The script a variant's lines make, with every placeholder replaced by its name as a plain word. */
export function shellScriptText(lines: readonly string[]): string {
  return `${lines.map((line) => line.replace(PLACEHOLDER, (_, name: string) => name)).join('\n')}\n`;
}

interface ShellcheckComment {
  file: string;
  line: number;
  column: number;
  level: string;
  code: number;
  message: string;
}

/** Fails with an install hint when a tool is missing, rather than passing without checking. */
function requireTool(command: string, hint: string): void {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${command} is needed to check command lines but could not be run (${probe.error?.message ?? `exit ${String(probe.status)}`}). ${hint}`,
    );
  }
}

/** Runs `fn` over `items` with at most `limit` running at once. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Every problem found in the scripts, one sentence each naming the script: a `bash -n` syntax error,
 * a ShellCheck finding not accepted by the script's exceptions, or an exception ShellCheck no longer reports.
 * ShellCheck runs once over all scripts (one process per script is slow on a busy machine).
 */
export async function shellProblems(scripts: readonly ShellScript[], tools: ShellTools = {}): Promise<string[]> {
  const bash = tools.bash ?? 'bash';
  const shellcheck = tools.shellcheck ?? 'shellcheck';
  requireTool(bash, 'Install bash.');
  requireTool(shellcheck, 'Install it (Debian/Ubuntu: apt-get install shellcheck); CI installs it in .ci/run.');

  const dir = mkdtempSync(path.join(tmpdir(), 'shell-lines-'));
  try {
    const files = scripts.map((script, index) => {
      const file = path.join(dir, `${String(index)}.sh`);
      writeFileSync(file, shellScriptText(script.lines));
      return file;
    });
    const problems: string[][] = scripts.map(() => []);

    // bash -n, once per distinct text.
    const byText = new Map<string, number[]>();
    scripts.forEach((script, index) => {
      const text = shellScriptText(script.lines);
      byText.set(text, [...(byText.get(text) ?? []), index]);
    });
    await eachLimited([...byText.values()], 4, async (indexes) => {
      try {
        await run(bash, ['-n', files[indexes[0]!]!]);
      } catch (error) {
        const stderr = String((error as { stderr?: unknown }).stderr ?? error).trim();
        const message = stderr.replaceAll(`${files[indexes[0]!]!}: `, '');
        for (const index of indexes) problems[index]!.push(`bash -n: ${message}`);
      }
    });

    // ShellCheck, once over every file; exit status 1 means "found something".
    const result = spawnSync(shellcheck, ['--norc', '--shell=bash', '--format=json1', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`ShellCheck failed (exit ${String(result.status)}): ${result.stderr || result.error?.message || ''}`);
    }
    const comments = (JSON.parse(result.stdout) as { comments: ShellcheckComment[] }).comments;
    const used = scripts.map(() => new Set<string>());
    for (const comment of comments) {
      const index = files.indexOf(comment.file);
      const code = `SC${String(comment.code)}`;
      const script = scripts[index]!;
      if (script.exceptions?.some((exception) => exception.code === code)) {
        used[index]!.add(code);
        continue;
      }
      const line = script.lines[comment.line - 1] ?? '';
      problems[index]!.push(
        `ShellCheck ${code} (${comment.level}) at line ${String(comment.line)} column ${String(comment.column)}: ${comment.message} — in: ${line}`,
      );
    }
    scripts.forEach((script, index) => {
      for (const exception of script.exceptions ?? []) {
        if (!used[index]!.has(exception.code)) {
          problems[index]!.push(
            `shellcheckExceptions lists ${exception.code}, which ShellCheck does not report here: remove the exception`,
          );
        }
      }
    });
    return scripts.flatMap((script, index) => problems[index]!.map((problem) => `${script.label}: ${problem}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
