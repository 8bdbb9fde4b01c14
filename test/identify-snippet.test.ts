/**
 * The identify-release.sh snippet shown on the "Identify a system" page must name every tracked
 * release correctly from that release's os-release sample in the data, and never run the file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { releases } from '../src/data/index.ts';

const script = path.resolve(import.meta.dirname, '../src/snippets/identify-release.sh');
const dir = mkdtempSync(path.join(tmpdir(), 'os-release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function identify(content: string): string {
  const file = path.join(dir, `os-release-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, content);
  return execFileSync('sh', [script], {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', OS_RELEASE_FILE: file },
    encoding: 'utf8',
  }).trim();
}

function osReleaseFile(fields: Readonly<Record<string, string | null>>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}="${value}"`)
    .join('\n');
}

const expected = (id: string) => (id.startsWith('fedora') ? 'fedora' : id);

describe('identify-release.sh', () => {
  const samples = releases.filter((r) => 'value' in r.osRelease && r.osRelease.value.fields['ID']);
  test('the data holds os-release samples for the Amazon Linux and RHEL releases', () => {
    expect(samples.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'al1',
        'al2',
        'al2023',
        'al2027',
        'rhel7',
        'rhel8',
        'rhel9',
        'rhel10',
        'centos7',
        'centos-stream8',
        'centos-stream9',
      ]),
    );
  });

  for (const release of samples) {
    test(`names ${release.id} from its os-release sample`, () => {
      const fields = 'value' in release.osRelease ? release.osRelease.value.fields : {};
      expect(identify(osReleaseFile(fields))).toBe(expected(release.id));
    });
  }

  test('reads unquoted and single-quoted values, comments and blank lines', () => {
    expect(identify("# comment\n\nID=amzn\nVERSION_ID='2023'\n")).toBe('al2023');
    expect(identify('ID=rhel\nVERSION_ID=9.6')).toBe('rhel9');
  });

  test('answers unknown for rebuilds and empty input, never guessing', () => {
    expect(identify('ID="rocky"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.4"\n')).toBe('unknown');
    expect(identify('ID="almalinux"\nVERSION_ID="9.4"\n')).toBe('unknown');
    expect(identify('')).toBe('unknown');
    expect(identify('ID="centos"\nVERSION_ID="8"\nNAME="CentOS Linux"\n')).toBe('unknown');
  });

  test('never executes the file it reads', () => {
    const marker = path.join(dir, 'pwned');
    expect(identify(`ID="amzn"\nVERSION_ID="2023"\n$(touch ${marker})\n\`touch ${marker}\`\nX=$(touch ${marker})\n`)).toBe('al2023');
    expect(() => execFileSync('test', ['-e', marker])).toThrow();
  });
});
