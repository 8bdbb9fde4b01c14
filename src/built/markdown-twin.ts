/**
 * The Markdown twin of a guide page, made from the page's built HTML tree so it says exactly what the
 * page says: the <article> only, links made absolute (the twin lives at another path), commands
 * as code blocks, and the page's controls (copy-link marks, buttons, decorative SVG) left out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Parts of a page that are controls or decoration, not content. */
const NOT_CONTENT = [
  '.anchor-link',
  '.anchor-alias',
  '.wiki-links',
  '.compare-controls',
  '.eol-toggle',
  '.data-twin',
  'button',
  'svg',
  'script',
  'style',
  '[aria-hidden="true"]',
  '.js-only',
].join(', ');

function removeMatching(root: Element, selector: string): void {
  const doomed = new Set<ElementContent>(selectAll(selector, root));
  const prune = (node: Element) => {
    node.children = node.children.filter((child) => !doomed.has(child));
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(root);
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

export interface MarkdownTwin {
  /** The page's canonical URL, which relative links are resolved against. */
  pageUrl: string;
  /** Said once under the title, after a link to the HTML page, e.g. what date its facts are as of. */
  note: string;
}

const toText = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(toText).join('') : '';

/** The twin of a parsed page; the tree is left as it was. */
export function markdownTwin(page: Root, { pageUrl, note }: MarkdownTwin): string {
  const tree = structuredClone(page);
  const article = select('article', tree);
  if (!article) throw new Error(`${pageUrl}: the page has no <article> to convert`);
  removeMatching(article, NOT_CONTENT);
  for (const block of selectAll('[data-copy]', article)) {
    const code = select('code', block);
    const command = code ? toText(code) : '';
    block.tagName = 'pre';
    block.properties = {};
    block.children = [element('code', [text(command)])];
  }
  // A citation mark becomes plain "[n]": the numbered source list at the end of the twin resolves it.
  for (const cite of selectAll('a.cite', article)) Object.assign(cite, text(toText(cite)));
  for (const link of selectAll('a[href]', article)) link.properties['href'] = new URL(String(link.properties['href']), pageUrl).href;
  const h1 = select('h1', article);
  if (h1) {
    const link: Element = { type: 'element', tagName: 'a', properties: { href: pageUrl }, children: [text(pageUrl)] };
    const about = element('blockquote', [element('p', [text('The Markdown version of '), link, text(`. ${note}`)])]);
    article.children.splice(article.children.indexOf(h1) + 1, 0, about);
  }
  const mdast = unified()
    .use(rehypeRemark)
    .runSync({ type: 'root', children: [article] } as Root);
  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', fences: true, rule: '-' })
    .stringify(mdast as never);
}
