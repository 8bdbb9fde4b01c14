/**
 * Text that came from outside (a link's query string, a paste) and is shown back to the reader.
 * It is cut to a few dozen characters so a crafted link cannot flood the status line.
 */
export const MAX_ECHOED_CHARACTERS = 40;
const MAX_ECHOED_ITEMS = 3;

/** The text in curly quotes, cut with an ellipsis after `max` characters. */
export function quoteEchoed(text: string, max = MAX_ECHOED_CHARACTERS): string {
  const characters = [...text];
  const shown = characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
  return `“${shown}”`;
}

/** "a", "a and b", "a, b and c", or "a, b, c and 4 more" for longer lists. */
export function listEchoed(items: readonly string[], maxItems = MAX_ECHOED_ITEMS): string {
  if (items.length <= 1) return items.join('');
  if (items.length > maxItems) return `${items.slice(0, maxItems).join(', ')} and ${items.length - maxItems} more`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
