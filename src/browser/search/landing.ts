/** On a page opened from a search result (?highlight=…): mark the searched words in the content. */
import { highlightRanges, highlightTerms } from '../../lib/search/highlight-terms.ts';

export function markSearchTerms(query: string): void {
  const terms = highlightTerms(query);
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root || terms.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, mark, button, .visually-hidden')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const ranges = highlightRanges(text, terms, node.parentElement?.closest('code, pre') !== null);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const { start, end } of ranges) {
      fragment.append(text.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = text.slice(start, end);
      first ??= mark;
      fragment.append(mark);
      last = end;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  // With no anchor in the link, bring the first match into view; with one, the browser already went there.
  if (!location.hash && first) first.scrollIntoView({ block: 'center' });
}
