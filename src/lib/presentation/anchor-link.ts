/**
 * The "#" link beside a heading or a table row: a plain link to the anchor without JavaScript;
 * with JavaScript a click also copies the full URL, and a link named after what it points to (data-anchor-link)
 * for pasting into a wiki or chat as rich text. One definition, used by the Astro components
 * and by the Markdown heading plugin, so both render the same element.
 */
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, string>;
  children: ({ type: 'text'; value: string } | HastElement)[];
}

export function anchorLinkProperties(id: string, label: string): Record<string, string> {
  return {
    class: 'anchor-link',
    href: `#${id}`,
    'data-anchor-link': label.trim(),
    'data-pagefind-ignore': '',
    'aria-label': `Link to ${label.trim()}`,
  };
}

/** The element a heading is wrapped in: the heading comes first, then its anchor link. */
export function headingWrapper(id: string, text: string): HastElement {
  return {
    type: 'element',
    tagName: 'div',
    properties: { class: 'heading' },
    children: [{ type: 'element', tagName: 'a', properties: anchorLinkProperties(id, text), children: [{ type: 'text', value: '#' }] }],
  };
}
