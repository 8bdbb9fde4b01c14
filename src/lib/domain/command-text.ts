/**
 * Command lines as shown and copied: a {{name}} placeholder is displayed as <name>, so a pasted line
 * with an unfilled placeholder fails in the shell instead of doing something unintended.
 */
import { PLACEHOLDER } from '../../data/schema.ts';

export interface PlaceholderRange {
  name: string;
  /** Offsets in the display text, end exclusive. */
  start: number;
  end: number;
}

export interface CommandDisplay {
  /** The lines joined by newlines, exactly what the copy button copies. */
  text: string;
  placeholders: PlaceholderRange[];
}

export function commandDisplay(lines: readonly string[]): CommandDisplay {
  const placeholders: PlaceholderRange[] = [];
  let text = '';
  lines.forEach((line, index) => {
    if (index > 0) text += '\n';
    let last = 0;
    for (const match of line.matchAll(PLACEHOLDER)) {
      text += line.slice(last, match.index);
      const shown = `<${match[1]}>`;
      placeholders.push({ name: match[1]!, start: text.length, end: text.length + shown.length });
      text += shown;
      last = match.index + match[0].length;
    }
    text += line.slice(last);
  });
  return { text, placeholders };
}

export type ProsePart = { text: string } | { placeholder: string };

/** Splits prose that mentions placeholders ({{name}}) into text and placeholder parts. */
export function proseParts(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A line that is not a whole command: a comment, a continuation, a here-document, or part of a compound command. */
const CONTINUES = /^\s*#|(\\|\||&&|\{|\bthen|\bdo|\belse)\s*$|<<|^\s*(then|do|done|fi|else|esac|\})\b/;

/**
 * A command in one line, for a summary: the lines joined by "; " (each line is a command of its own),
 * or the first line and `more` for the rest when a line continues onto the next or starts a here-document.
 */
export function oneLineCommand(lines: readonly string[]): { text: string; more: number } {
  const joinable = lines.every((line) => !CONTINUES.test(line));
  return joinable ? { text: lines.join('; '), more: 0 } : { text: lines[0] ?? '', more: lines.length - 1 };
}
