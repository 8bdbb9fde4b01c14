import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { releases } from '../../data/index.ts';
import {
  MAX_PROBLEMS,
  formatOsRelease,
  parseOsRelease,
  parseOsReleaseLine,
  parseValue,
  quoteOsReleaseValue,
  splitLines,
} from './os-release.ts';

const value = (text: string) => parseOsRelease(text).fields.get('X')?.value;

describe('parseOsRelease', () => {
  test('reads every os-release sample in the data back to its fields', () => {
    const samples = releases.filter((r) => 'value' in r.osRelease);
    expect(samples.length).toBeGreaterThanOrEqual(11);
    for (const release of samples) {
      const fields = 'value' in release.osRelease ? release.osRelease.value.fields : {};
      const parsed = parseOsRelease(formatOsRelease(fields));
      const expected = Object.entries(fields).filter(([, v]) => v !== null);
      expect(
        [...parsed.fields.values()].map((f) => [f.key, f.value]),
        release.id,
      ).toEqual(expected);
      expect(parsed.problems, release.id).toEqual([]);
    }
  });

  test('reads double-quoted, single-quoted and unquoted values', () => {
    const parsed = parseOsRelease(`NAME="Amazon Linux"\nID='amzn'\nVERSION_ID=2023\n`);
    expect(Object.fromEntries([...parsed.fields].map(([k, f]) => [k, f.value]))).toEqual({
      NAME: 'Amazon Linux',
      ID: 'amzn',
      VERSION_ID: '2023',
    });
    expect(parsed.fields.get('VERSION_ID')?.line).toBe(3);
  });

  test('undoes the shell escapes allowed inside double quotes and keeps other backslashes', () => {
    expect(value('X="a \\"b\\" \\\\ \\` \\$HOME"')).toBe('a "b" \\ ` $HOME');
    expect(value('X="C:\\temp"')).toBe('C:\\temp');
    expect(value("X='no \\\" escapes'")).toBe('no \\" escapes');
    expect(value('X=a\\ b')).toBe('a b');
  });

  test('skips comments and blank lines, with Windows or old Mac line ends', () => {
    const parsed = parseOsRelease('# comment\r\n\r\n   # indented comment\rID=fedora\r\n');
    expect([...parsed.fields.keys()]).toEqual(['ID']);
    expect(parsed.fields.get('ID')?.line).toBe(4);
    expect(parsed.problems).toEqual([]);
  });

  test('reports lines without "=", bad names and spaces around "=" with their line numbers', () => {
    const parsed = parseOsRelease('ID=amzn\nAmazon Linux release 2\nID = x\n9X=1\n');
    expect(parsed.problems).toEqual([
      { line: 2, message: 'ignored: no "=" on the line' },
      { line: 3, message: 'ignored: spaces around "=" are not allowed' },
      { line: 4, message: 'ignored: "9X" is not a variable name (letters, digits and "_", not starting with a digit)' },
    ]);
    expect(parsed.fields.get('ID')?.value).toBe('amzn');
  });

  test('reports an unclosed quote, joined strings and trailing text, and keeps what it could read', () => {
    expect(parseValue('"open')).toEqual({ value: 'open', warnings: ['the closing double quote is missing; read to the end of the line'] });
    expect(parseValue('"a""b"')).toEqual({
      value: 'a',
      warnings: ['joining several quoted strings is not supported; only the first was read'],
    });
    expect(parseValue("'a' tail")).toEqual({ value: 'a', warnings: ['text after the closing quote was ignored'] });
    expect(parseValue('two words').warnings).toEqual(['a value with spaces or special characters should be quoted']);
  });

  test('a repeated key keeps the later value, as a shell would, and says so', () => {
    const parsed = parseOsRelease('ID=rhel\nID=amzn\n');
    expect(parsed.fields.get('ID')).toEqual({ key: 'ID', value: 'amzn', line: 2 });
    expect(parsed.problems).toEqual([{ line: 2, message: 'ID is set again (first on line 1); the later value is used' }]);
  });

  test('lists at most MAX_PROBLEMS problems and counts the rest', () => {
    const parsed = parseOsRelease('junk\n'.repeat(MAX_PROBLEMS + 20));
    expect(parsed.problems).toHaveLength(MAX_PROBLEMS);
    expect(parsed.problemCount).toBe(MAX_PROBLEMS + 20);
  });

  test('treats HTML and script text as plain values, never as markup', () => {
    expect(value('X="<script>alert(1)</script>"')).toBe('<script>alert(1)</script>');
    expect(value('X=$(touch /tmp/pwned)')).toBe('$(touch /tmp/pwned)');
  });

  test('survives binary bytes and 5 MB of input', () => {
    const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => i % 256));
    expect(() => parseOsRelease(binary)).not.toThrow();
    const big = `ID="${'a'.repeat(5 * 1024 * 1024)}"\n${'B=\\\\\\"\n'.repeat(1000)}`;
    const parsed = parseOsRelease(big);
    expect(parsed.fields.get('ID')?.value).toHaveLength(5 * 1024 * 1024);
    expect(parsed.fields.get('B')?.value).toBe('\\"');
  });
});

describe('properties', () => {
  test('parsing never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const parsed = parseOsRelease(text);
        expect(parsed.problemCount).toBeGreaterThanOrEqual(parsed.problems.length);
      }),
      { numRuns: 500 },
    );
  });

  test('a single line never throws and always classifies', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (line) => {
        expect(['blank', 'comment', 'assignment', 'not-assignment']).toContain(parseOsReleaseLine(line).kind);
      }),
      { numRuns: 500 },
    );
  });

  test('any value written with quoteOsReleaseValue reads back unchanged', () => {
    const key = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,15}$/);
    const val = fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(key, val, (k, v) => {
        const parsed = parseOsRelease(`${k}=${quoteOsReleaseValue(v)}`);
        expect(parsed.fields.get(k)?.value).toBe(v);
        expect(parsed.problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

/** Milliseconds one call takes. */
function timeOf(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * A linear reader handles a million characters in well under a second (tens of milliseconds on an
 * idle machine); a quadratic one needs minutes (160,000 spaces took 9 s). The bound sits far from
 * both, so that a busy shared test machine does not fail it and a quadratic reader still does.
 */
const LINEAR_BOUND_MS = 5000;
const MILLION = 1_000_000;

/** A million characters made by repeating pieces that trip backtracking: spaces, quotes, "=", backslashes. */
const adversarialMillion = fc
  .array(fc.constantFrom(' ', '\t', '"', "'", '=', '==', '\\', '\\"', 'a', 'A_1', '#', '$', '`', 'KEY='), { minLength: 1, maxLength: 8 })
  .map((pieces) => {
    const unit = pieces.join('');
    return unit.repeat(Math.ceil(MILLION / unit.length)).slice(0, MILLION);
  });

describe('linear time', () => {
  test('every reader handles a million adversarial characters quickly (property)', () => {
    fc.assert(
      fc.property(adversarialMillion, fc.constantFrom('', 'X=', 'X="', "X='", '  X = '), (text, prefix) => {
        const line = prefix + text;
        expect(timeOf(() => parseOsReleaseLine(line))).toBeLessThan(LINEAR_BOUND_MS);
        expect(timeOf(() => parseValue(text))).toBeLessThan(LINEAR_BOUND_MS);
        expect(timeOf(() => splitLines(text.replace(/=/g, '\n')))).toBeLessThan(LINEAR_BOUND_MS);
        expect(timeOf(() => parseOsRelease(text.replace(/ /g, '\n')))).toBeLessThan(LINEAR_BOUND_MS);
      }),
      { numRuns: 5 },
    );
  }, 60_000);

  test('a value of 160,000 spaces between quotes reads back whole', () => {
    const spaces = ' '.repeat(160_000);
    expect(parseOsRelease(`PRETTY_NAME="a${spaces}x"`).fields.get('PRETTY_NAME')?.value).toBe(`a${spaces}x`);
  });
});
