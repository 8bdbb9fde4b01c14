/**
 * Pagefind excerpts are HTML with <mark> around matched words. They are split into plain text and
 * marked parts, so the page renders them as text nodes and never parses HTML from the index.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index).replace(/<[^>]*>/g, '')), marked: false });
    parts.push({ text: decode(match[1]!.replace(/<[^>]*>/g, '')), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), marked: false });
  return parts.filter((p) => p.text.length > 0);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ENDS_SENTENCE = /[.!?]$/;
/** How far back from the first match an excerpt may start, in words, to reach the start of its sentence. */
const MAX_LEAD = 24;
/** A verdict the index keeps as a sentence of its own ("Not available."): it stays with the sentence after it. */
const VERDICT = /^(?:not available|unknown)\.$/i;

/**
 * An excerpt that starts where a sentence (or a table cell or heading, which the index ends with a
 * full stop) starts, with the matched words in <mark>: Pagefind's own excerpt starts a fixed number of
 * words before the match, often mid-sentence, and can cut off a verdict such as "Not available." or
 * the "Instead:" that introduces the alternative. `locations` count words of `content`, as Pagefind's do.
 */
export function sentenceExcerpt(content: string, locations: readonly number[], length = 30): string {
  const words = content.split(/[\r\n\s]+/g);
  const first = Math.min(...locations.filter((at) => at < words.length), words.length);
  if (first === words.length) return escapeHtml(words.slice(0, length).join(' '));
  let start = first;
  while (start > 0 && first - start < MAX_LEAD && !ENDS_SENTENCE.test(words[start - 1]!)) start -= 1;
  if (first - start >= MAX_LEAD) start = first;
  for (const size of [2, 1]) {
    const before = words.slice(Math.max(0, start - size), start).join(' ');
    if (start - size >= 0 && VERDICT.test(before)) {
      start -= size;
      break;
    }
  }
  const marked = new Set(locations);
  const shown = words
    .slice(start, start + length)
    .map((word, i) => (marked.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)));
  return shown.join(' ') + (start + length < words.length ? ' …' : '');
}
