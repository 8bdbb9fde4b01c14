/**
 * The one HTML reader of the project: built pages are parsed into a hast tree with a real HTML parser
 * (parse5, through hast-util-from-html), and read through these few helpers.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html as htmlSchema } from 'property-information';

export type { Element, Root };

export const parseHtml = (html: string): Root => fromHtml(html);

/** An attribute's value as written in HTML (class lists and other list attributes joined by spaces). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[find(htmlSchema, name).property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every attribute name of an element, as written in HTML. */
export function attributeNames(element: Element): string[] {
  return Object.keys(element.properties).map((property) => find(htmlSchema, property).attribute);
}

export const first = (selector: string, tree: Root | Element): Element | undefined => select(selector, tree);
export const all = (selector: string, tree: Root | Element): Element[] => selectAll(selector, tree);
export const textOf = (node: Root | Element): string => toString(node);

/** The content of `<meta name="…">` or `<meta property="…">`. */
export function metaContent(tree: Root, attributeName: 'name' | 'property', key: string): string | undefined {
  const meta = all(`meta[${attributeName}]`, tree).find((element) => attribute(element, attributeName) === key);
  return meta && attribute(meta, 'content');
}

/** Every element of the tree, in document order. */
export function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
  if (node.type === 'element' && node.tagName === 'template' && node.content) yield* elements(node.content);
}
