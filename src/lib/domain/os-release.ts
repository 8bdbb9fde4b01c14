/**
 * A reader for the os-release format (freedesktop.org): newline-separated KEY=value assignments,
 * values optionally in single or double quotes, shell-style backslash escapes, "#" comments and
 * blank lines. The text is only read as data, never run. Pure and total: any string parses, and
 * what does not fit the format comes back as a problem with its line number.
 */

/** One assignment, with the 1-based line it came from. */
export interface OsReleaseField {
  key: string;
  value: string;
  line: number;
}

/** Something in the text that does not follow the format, and what the reader did about it. */
export interface OsReleaseProblem {
  line: number;
  message: string;
}

export type OsReleaseLine =
  | { kind: 'blank' }
  | { kind: 'comment' }
  | { kind: 'assignment'; key: string; value: string; warnings: string[] }
  | { kind: 'not-assignment'; reason: string };

export interface OsReleaseParse {
  /** Keys in first-seen order; a repeated key keeps the last value, as a shell would. */
  fields: ReadonlyMap<string, OsReleaseField>;
  /** The first problems found (see MAX_PROBLEMS); problemCount has them all. */
  problems: OsReleaseProblem[];
  problemCount: number;
}

/** How many problems a parse lists; the rest are only counted. */
export const MAX_PROBLEMS = 50;

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters the standard allows in an unquoted value without escaping. */
const PLAIN_VALUE = /^[A-Za-z0-9._:/+@%,-]*$/;
/** Inside double quotes a backslash escapes only these, as in a POSIX shell. */
const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '`', '$']);

/** Splits text into lines on \n, \r\n or a lone \r. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function readDoubleQuoted(raw: string): { value: string; end: number; closed: boolean } {
  const special = /["\\]/g;
  let value = '';
  let i = 1;
  while (i < raw.length) {
    special.lastIndex = i;
    const found = special.exec(raw);
    if (!found) return { value: value + raw.slice(i), end: raw.length, closed: false };
    value += raw.slice(i, found.index);
    i = found.index;
    if (raw[i] === '"') return { value, end: i + 1, closed: true };
    // A backslash: an escape only before " \ ` $; otherwise it stays.
    const escaped = raw[i + 1];
    if (escaped !== undefined && DOUBLE_QUOTE_ESCAPES.has(escaped)) {
      value += escaped;
      i += 2;
    } else {
      value += '\\';
      i += 1;
    }
  }
  return { value, end: raw.length, closed: false };
}

function readUnquoted(raw: string): string {
  // Outside quotes a shell drops each backslash and keeps the character after it.
  return raw.replace(/\\([\s\S]?)/g, '$1');
}

/** Reads the value part of an assignment (everything after the first "="). */
export function parseValue(raw: string): { value: string; warnings: string[] } {
  const warnings: string[] = [];
  const first = raw[0];
  if (first === '"' || first === "'") {
    let value: string;
    let end: number;
    let closed: boolean;
    if (first === '"') ({ value, end, closed } = readDoubleQuoted(raw));
    else {
      const close = raw.indexOf("'", 1);
      closed = close !== -1;
      end = closed ? close + 1 : raw.length;
      value = raw.slice(1, closed ? close : raw.length);
    }
    if (!closed) warnings.push(`the closing ${first === '"' ? 'double' : 'single'} quote is missing; read to the end of the line`);
    const rest = raw.slice(end);
    if (rest.trim() !== '') {
      warnings.push(
        /^\s*["']/.test(rest)
          ? 'joining several quoted strings is not supported; only the first was read'
          : 'text after the closing quote was ignored',
      );
    }
    return { value, warnings };
  }
  const trimmed = raw.trim();
  const value = readUnquoted(trimmed);
  if (!PLAIN_VALUE.test(trimmed)) warnings.push('a value with spaces or special characters should be quoted');
  return { value, warnings };
}

/** Classifies one line of os-release text. */
export function parseOsReleaseLine(line: string): OsReleaseLine {
  const text = line.replace(/^[\t ]+/, '');
  if (text.trim() === '') return { kind: 'blank' };
  if (text.startsWith('#')) return { kind: 'comment' };
  const eq = text.indexOf('=');
  if (eq === -1) return { kind: 'not-assignment', reason: 'no "=" on the line' };
  const key = text.slice(0, eq);
  if (!KEY.test(key)) {
    const reason =
      /\s$/.test(key) || /^\s/.test(text.slice(eq + 1))
        ? 'spaces around "=" are not allowed'
        : `"${shorten(key, 40)}" is not a variable name (letters, digits and "_", not starting with a digit)`;
    return { kind: 'not-assignment', reason };
  }
  const { value, warnings } = parseValue(text.slice(eq + 1));
  return { kind: 'assignment', key, value, warnings };
}

/** Parses a whole os-release file. */
export function parseOsRelease(text: string): OsReleaseParse {
  const fields = new Map<string, OsReleaseField>();
  const problems: OsReleaseProblem[] = [];
  let problemCount = 0;
  const report = (line: number, message: string) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
  };
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const parsed = parseOsReleaseLine(lines[i]!);
    if (parsed.kind === 'not-assignment') report(lineNo, `ignored: ${parsed.reason}`);
    if (parsed.kind !== 'assignment') continue;
    for (const warning of parsed.warnings) report(lineNo, `${parsed.key}: ${warning}`);
    const earlier = fields.get(parsed.key);
    if (earlier) {
      report(lineNo, `${parsed.key} is set again (first on line ${earlier.line}); the later value is used`);
      fields.delete(parsed.key);
    }
    fields.set(parsed.key, { key: parsed.key, value: parsed.value, line: lineNo });
  }
  return { fields, problems, problemCount };
}

/** Quotes a value so that parseValue reads it back unchanged (double quotes, escapes where needed). */
export function quoteOsReleaseValue(value: string): string {
  return `"${value.replace(/["\\`$]/g, '\\$&')}"`;
}

/** The text of an os-release file for the given fields (null values are left out). */
export function formatOsRelease(fields: Readonly<Record<string, string | null>>): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}=${quoteOsReleaseValue(value)}`)
    .join('\n');
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
