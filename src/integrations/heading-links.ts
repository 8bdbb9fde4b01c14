/**
 * Sätteri HAST plugin: every h2–h4 of a guide page gets a copy-link control beside it. The link sits
 * next to the heading, not inside it, so the heading's accessible name stays its own words.
 * Headings without an id are left alone; the content check already fails the build for them.
 */
import { defineHastPlugin } from 'satteri';
import { headingWrapper } from '../lib/presentation/anchor-link.ts';

export const headingLinks = defineHastPlugin({
  name: 'field-guide-heading-links',
  element: {
    filter: ['h2', 'h3', 'h4'],
    visit(node, ctx) {
      const id = node.properties?.['id'];
      if (typeof id !== 'string' || id === '') return;
      ctx.wrapNode(node, headingWrapper(id, ctx.textContent(node)));
    },
  },
});
