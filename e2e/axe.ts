/**
 * axe-core run straight in the page: injected once per document and run with `axe.run`. (The
 * @axe-core/playwright builder opens a second page for every analysis, which costs seconds a call
 * on this 2-core machine and made the sweep time out when the machine was busy.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Colour is the only part of a page that changes with the scheme, so a second scheme needs these rules only. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** The WCAG 2.2 AA violations on the page as it is now (or only those of `rules`), each as one readable line. */
export async function axeViolations(page: Page, label: string, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: [...WCAG_22_AA] };
  const violations = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: options, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  }, runOnly);
  return violations.map(
    (v) =>
      `${label}: ${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/**
 * All of WCAG 2.2 AA on the page as it is, in the light scheme, then the colour rules again in the
 * dark one: colour is the only part of a page that changes with the scheme. `label` prefixes each line.
 */
export async function axeInBothSchemes(page: Page, label = ''): Promise<string[]> {
  const prefix = label ? `${label} ` : '';
  await page.emulateMedia({ colorScheme: 'light' });
  const violations = await axeViolations(page, `${prefix}light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  violations.push(...(await axeViolations(page, `${prefix}dark`, COLOUR_RULES)));
  await page.emulateMedia({ colorScheme: 'light' });
  return violations;
}
