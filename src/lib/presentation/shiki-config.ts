/**
 * One Shiki configuration for Markdown fences and for the command snippets the components render.
 * Astro's <Code> does not inherit markdown.shikiConfig, so both read their settings from here.
 */
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { transformerMetaHighlight, transformerNotationHighlight } from '@shikijs/transformers';
import { codeThemeCss, transformerStyleToClasses } from './code-style-classes.ts';

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
export const CODE_LANGUAGES = ['sh', 'bash', 'shell', 'shellsession', 'ini', 'yaml', 'json', 'dockerfile', 'python', 'text'] as const;

export const codeTransformers: ShikiTransformer[] = [transformerMetaHighlight(), transformerNotationHighlight(), transformerStyleToClasses];

/** Settings for astro.config.mjs `markdown.shikiConfig`. */
export const shikiConfig = {
  themes: CODE_THEMES,
  defaultColor: false,
  transformers: codeTransformers,
} as const;

let highlighter: Promise<Highlighter> | undefined;

/** One highlighter for the whole build: creating one per snippet is about 20 times slower. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: [...CODE_LANGUAGES] });
  return highlighter;
}

/** The stylesheet for every colour class the two themes can produce. */
export async function buildCodeThemeCss(): Promise<string> {
  const h = await getHighlighter();
  return codeThemeCss({ light: h.getTheme(CODE_THEMES.light), dark: h.getTheme(CODE_THEMES.dark) });
}

const VIRTUAL_ID = 'virtual:code-theme.css';

/** A Vite plugin serving the generated colour classes as an importable stylesheet. */
export function codeThemeCssPlugin() {
  return {
    name: 'field-guide:code-theme-css',
    resolveId(id: string) {
      return id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined;
    },
    async load(id: string) {
      return id === `\0${VIRTUAL_ID}` ? buildCodeThemeCss() : undefined;
    },
  };
}
