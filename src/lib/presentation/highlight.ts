/** Highlights command snippets with the site's one Shiki configuration, marking placeholders. */
import type { ShikiTransformer } from 'shiki';
import { commandDisplay } from '../domain/command-text.ts';
import { CODE_THEMES, getHighlighter } from './shiki-config.ts';
import { transformerStyleToClasses } from './code-style-classes.ts';

const astroCodeClass: ShikiTransformer = {
  name: 'field-guide:astro-code-class',
  pre(node) {
    this.addClassToHast(node, 'astro-code');
  },
};

export async function highlightCommand(lines: readonly string[]): Promise<string> {
  const { text, placeholders } = commandDisplay(lines);
  const highlighter = await getHighlighter();
  return highlighter.codeToHtml(text, {
    lang: 'sh',
    themes: CODE_THEMES,
    defaultColor: false,
    transformers: [astroCodeClass, transformerStyleToClasses],
    decorations: placeholders.map((p) => ({
      start: p.start,
      end: p.end,
      tagName: 'var',
      alwaysWrap: true,
      properties: { class: 'placeholder', title: `placeholder: replace with ${p.name}` },
    })),
  });
}
