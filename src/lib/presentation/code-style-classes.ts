/**
 * Shiki writes colours as inline style attributes, which a strict Content-Security-Policy blocks.
 * This turns every inline declaration into a class named after it (deterministic, no registry),
 * and generates the stylesheet for every class a theme can produce from the theme's own palette.
 */
import type { ShikiTransformer, ThemeRegistrationResolved } from 'shiki';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Fixed declarations Astro's Shiki wrapper adds, mapped to classes the site stylesheet defines. */
const FIXED_DECLARATIONS: Record<string, string> = {
  'overflow-x:auto': 'code-scroll',
  'white-space:pre-wrap': 'code-wrap',
  'word-wrap:break-word': 'code-wrap',
  'user-select:none': 'code-no-select',
};

const SHIKI_VARIABLE = /^--shiki-(light|dark)(-bg|-font-style|-font-weight|-text-decoration)?$/;

/** The class for one Shiki CSS variable value, e.g. (--shiki-dark, #E6EDF3) → "s-dark-e6edf3". */
export function variableClass(variable: string, value: string): string {
  const match = SHIKI_VARIABLE.exec(variable);
  if (!match) throw new Error(`Unexpected Shiki style variable "${variable}"`);
  const slug = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `s-${match[1]}${match[2] ?? ''}-${slug}`;
}

/** Classes replacing one inline style attribute. Throws on a declaration it does not know. */
export function styleToClasses(style: string): string[] {
  const classes = new Set<string>();
  for (const declaration of style.split(';')) {
    const [rawName, ...rest] = declaration.split(':');
    const name = rawName?.trim() ?? '';
    const value = rest.join(':').trim();
    if (!name) continue;
    if (name.startsWith('--shiki-')) {
      classes.add(variableClass(name, value));
      continue;
    }
    const fixed = FIXED_DECLARATIONS[`${name}:${value}`.replace(/\s+/g, '')];
    if (!fixed) throw new Error(`Shiki produced an inline style the CSP-safe renderer does not handle: "${name}: ${value}"`);
    classes.add(fixed);
  }
  return [...classes];
}

function visit(node: HastNode, fn: (node: HastNode) => void): void {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}

/** Moves every inline style of highlighted code into classes. */
export const transformerStyleToClasses: ShikiTransformer = {
  name: 'field-guide:style-to-classes',
  root(root) {
    visit(root as HastNode, (node) => {
      const style = node.properties?.['style'];
      if (typeof style !== 'string' || !node.properties) return;
      const existing = node.properties['class'];
      const current = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/) : [];
      node.properties['class'] = [...current, ...styleToClasses(style)].filter(Boolean).join(' ');
      delete node.properties['style'];
    });
  },
};

const FONT_VALUES = {
  'font-style': ['italic', 'normal', 'inherit'],
  'font-weight': ['bold', 'normal', 'inherit'],
  'text-decoration': ['underline', 'line-through', 'none', 'inherit'],
} as const;

/**
 * The colours highlighted code can carry: the theme's text and background, and its token colours.
 * (The editor UI colours in `theme.colors` never reach code and would only add bytes.)
 */
function codeColours(theme: ThemeRegistrationResolved): { text: string[]; background: string[] } {
  const rules = theme.settings ?? [];
  const normalise = (list: (string | undefined)[]) =>
    [...new Set(list.filter((c): c is string => typeof c === 'string' && c.startsWith('#')).map((c) => c.toLowerCase()))].sort();
  return {
    text: normalise([theme.fg, ...rules.map((r) => r.settings?.foreground)]),
    background: normalise([theme.bg, ...rules.map((r) => r.settings?.background)]),
  };
}

/** CSS defining every class `transformerStyleToClasses` can emit for the given light and dark themes. */
export function codeThemeCss(themes: { light: ThemeRegistrationResolved; dark: ThemeRegistrationResolved }): string {
  const rules: string[] = [];
  for (const [mode, theme] of Object.entries(themes)) {
    const { text, background } = codeColours(theme);
    for (const colour of text) rules.push(`.${variableClass(`--shiki-${mode}`, colour)}{--shiki-${mode}:${colour}}`);
    for (const colour of background) rules.push(`.${variableClass(`--shiki-${mode}-bg`, colour)}{--shiki-${mode}-bg:${colour}}`);
    for (const [property, values] of Object.entries(FONT_VALUES)) {
      for (const value of values) {
        rules.push(`.${variableClass(`--shiki-${mode}-${property}`, value)}{--shiki-${mode}-${property}:${value}}`);
      }
    }
  }
  return `${rules.join('\n')}\n`;
}
