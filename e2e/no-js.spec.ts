import { test, expect } from './fixtures.ts';
import { ALL_PAGES, inRuns } from './pages.ts';

test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 300_000 });

/** What a page must show without JavaScript; each missing piece is one line naming it. */
function noJsProblems(): string[] {
  const problems: string[] = [];
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const h1 = document.querySelector('h1');
  if (!h1 || !visible(h1)) problems.push('no visible h1');
  const main = document.querySelector('main');
  if (!main || main.textContent!.trim() === '') problems.push('empty main');
  for (const [i, table] of [...(main?.querySelectorAll('table') ?? [])].entries())
    if (!visible(table)) problems.push(`table ${i + 1} hidden`);
  for (const [i, pre] of [...(main?.querySelectorAll('pre') ?? [])].entries())
    if (!visible(pre)) problems.push(`code block ${i + 1} hidden`);
  const picker = document.querySelector('[data-theme-picker]');
  if (picker && visible(picker)) problems.push('theme picker shown, but it needs JavaScript');
  if (document.querySelector('.copy-button')) problems.push('a copy button, which needs JavaScript');
  if (document.querySelector('[data-release][hidden]')) problems.push('a release hidden by the compare view');
  return problems;
}

test.describe('without JavaScript every page shows its heading, content, tables and commands, and no dead controls', () => {
  for (const run of inRuns(ALL_PAGES, 30)) {
    test(`${run[0]} … ${run.at(-1)}`, async ({ page }) => {
      const problems: string[] = [];
      for (const path of run) {
        await page.goto(path);
        problems.push(...(await page.evaluate(noJsProblems)).map((problem) => `${path}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
});

test('the no-JS check does find a hidden table', async ({ page }) => {
  await page.goto('commands/');
  expect(await page.evaluate(noJsProblems)).toEqual([]);
  // The page's CSP blocks inline styles, so the planted defect hides the table through the CSSOM.
  await page.evaluate(() => document.querySelector<HTMLElement>('main table')!.style.setProperty('display', 'none'));
  expect(await page.evaluate(noJsProblems)).toEqual(['table 1 hidden']);
});

test('without JavaScript the search page says what it needs and where to go instead', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('main').getByRole('link', { name: 'command reference' })).toBeVisible();
});
