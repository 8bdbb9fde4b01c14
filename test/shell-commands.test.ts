/**
 * Every command line in the data is valid shell: each variant's lines parse with `bash -n` and pass
 * ShellCheck, except for findings the variant accepts in `shellcheckExceptions` with a reason.
 */
import { describe, expect, test } from 'vitest';
import { commands } from '../src/data/index.ts';
import { shellProblems, shellScriptText, type ShellScript } from './shell-lint.ts';

const TIMEOUT = 180_000;

const dataScripts: ShellScript[] = commands.flatMap((command) =>
  Object.entries(command.variants).flatMap(([release, variant]) =>
    variant && variant.kind !== 'unknown' && variant.lines
      ? [{ label: `command "${command.id}" › variants.${release}`, lines: variant.lines, exceptions: variant.shellcheckExceptions }]
      : [],
  ),
);

describe('command lines in the data', () => {
  test('there are command lines to check', () => {
    expect(dataScripts.length).toBeGreaterThan(100);
  });

  test('every variant parses with bash -n and passes ShellCheck, or states why not', { timeout: TIMEOUT }, async () => {
    expect(await shellProblems(dataScripts)).toEqual([]);
  });
});

describe('the shell check', () => {
  test('fills placeholders in with their names as plain words', () => {
    expect(shellScriptText(['sudo dnf install {{package}}', 'rpm -q {{package}}'])).toBe('sudo dnf install package\nrpm -q package\n');
  });

  test('catches a planted line that does not parse', { timeout: TIMEOUT }, async () => {
    const problems = await shellProblems([{ label: 'planted', lines: ['sudo dnf install "kernel-devel-$(uname -r)'] }]);
    expect(problems.some((problem) => problem.startsWith('planted: bash -n:'))).toBe(true);
  });

  test('catches a planted line that ShellCheck flags', { timeout: TIMEOUT }, async () => {
    const problems = await shellProblems([{ label: 'planted', lines: ['sudo dnf install kernel-devel-$(uname -r)'] }]);
    expect(problems).toEqual([
      expect.stringMatching(/^planted: ShellCheck SC2046 \(warning\) at line 1 column 31: .* — in: sudo dnf install/),
    ]);
  });

  test('accepts a finding the data excuses with a reason, and only that one', { timeout: TIMEOUT }, async () => {
    const problems = await shellProblems([
      {
        label: 'excused',
        lines: ['. /etc/os-release', 'echo "$ID"'],
        exceptions: [{ code: 'SC1091', reason: 'The file exists only on the target machine.' }],
      },
      { label: 'not excused', lines: ['. /etc/os-release', 'echo "$ID"'] },
    ]);
    expect(problems).toEqual([expect.stringMatching(/^not excused: ShellCheck SC1091 /)]);
  });

  test('reports an exception ShellCheck no longer needs', { timeout: TIMEOUT }, async () => {
    const problems = await shellProblems([
      { label: 'stale', lines: ['uname -r'], exceptions: [{ code: 'SC2086', reason: 'Word splitting wanted.' }] },
    ]);
    expect(problems).toEqual(['stale: shellcheckExceptions lists SC2086, which ShellCheck does not report here: remove the exception']);
  });

  test('fails with an install hint when ShellCheck is missing', async () => {
    await expect(shellProblems([{ label: 'any', lines: ['uname -r'] }], { shellcheck: 'shellcheck-not-installed' })).rejects.toThrow(
      /shellcheck-not-installed is needed to check command lines but could not be run .*apt-get install shellcheck/,
    );
  });
});
