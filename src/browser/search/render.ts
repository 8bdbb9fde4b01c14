/** Renders search results as DOM built from text nodes: nothing from the index or the query is parsed as HTML. */
import { excerptParts } from '../../lib/search/excerpt.ts';
import type { SearchHit } from '../../lib/search/search-query.ts';
import { withHighlight } from './engine.ts';

const KIND_LABEL: Record<string, string> = { command: 'Command', guide: 'Guide', release: 'Release' };

function excerptElement(excerpt: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

export function resultItem(hit: SearchHit, query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const link = document.createElement('a');
  link.href = withHighlight(hit.url, query);
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = hit.title;
  link.append(title);
  if (hit.kind || hit.section) {
    const where = document.createElement('span');
    where.className = 'search-result-where';
    where.textContent = [hit.kind ? (KIND_LABEL[hit.kind] ?? hit.kind) : '', hit.section ?? ''].filter(Boolean).join(' › ');
    link.append(where);
  }
  li.append(link);
  if (hit.excerpt) li.append(excerptElement(hit.excerpt));
  return li;
}

export function noResults(query: string, commandsHref: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-empty';
  li.append(`Nothing matches “${query}”. Try another word for it, or browse the `);
  const link = document.createElement('a');
  link.href = commandsHref;
  link.textContent = 'command reference';
  li.append(link, '.');
  return li;
}
