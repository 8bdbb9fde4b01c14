import { describe, expect, test } from 'vitest';
import { styleToClasses, variableClass } from './code-style-classes.ts';
import { buildCodeThemeCss, CODE_LANGUAGES, CODE_THEMES, codeTransformers, getHighlighter } from './shiki-config.ts';

describe('styleToClasses', () => {
  test('turns Shiki variables into one class per declaration', () => {
    expect(styleToClasses('--shiki-light:#6E7781;--shiki-dark:#8B949E')).toEqual(['s-light-6e7781', 's-dark-8b949e']);
    expect(styleToClasses('--shiki-light-bg:#fff; --shiki-dark-font-style:italic')).toEqual(['s-light-bg-fff', 's-dark-font-style-italic']);
  });

  test("maps the declarations Astro's wrapper adds to site classes", () => {
    expect(styleToClasses('overflow-x: auto;')).toEqual(['code-scroll']);
  });

  test('refuses a declaration it does not know, rather than dropping it', () => {
    expect(() => styleToClasses('color: red')).toThrow(
      'Shiki produced an inline style the CSP-safe renderer does not handle: "color: red"',
    );
    expect(() => variableClass('--shiki-sepia', '#000')).toThrow('Unexpected Shiki style variable "--shiki-sepia"');
  });
});

describe('the generated code theme stylesheet', () => {
  test('defines every class the highlighter emits, for a corpus in every configured language', async () => {
    const css = await buildCodeThemeCss();
    const highlighter = await getHighlighter();
    const samples = [
      '# comment\nsudo dnf install -y "pkg" $(uname -r) && echo ${HOME} | grep -E \'^x\' > /dev/null 2>&1',
      '[main]\nkey = value ; note',
      'name: x\nlist:\n  - 1\n  - true',
      '{"a": [1, null, "s"]}',
      'FROM amazonlinux:2023\nRUN dnf -y install python3 && dnf clean all',
      'import os\nprint(f"{os.name}")  # comment',
    ];
    for (const lang of CODE_LANGUAGES) {
      for (const code of samples) {
        const html = highlighter.codeToHtml(code, { lang, themes: CODE_THEMES, defaultColor: false, transformers: codeTransformers });
        expect(html).not.toContain('style=');
        const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((c) => c.startsWith('s-'));
        for (const cls of classes) expect(css, `${lang}: .${cls}`).toContain(`.${cls}{`);
      }
    }
  });
});
