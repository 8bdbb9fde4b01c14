import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { ALL_PAGES } from './pages.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Colour is the only part of a page that changes with the scheme, so the dark pass checks contrast only. */
test.describe('every page has no WCAG 2.2 AA violations, in the light and the dark scheme', () => {
  for (const path of ALL_PAGES) {
    test(path, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const light = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withTags(WCAG_22_AA).withRules(['color-contrast', 'link-in-text-block']).analyze();
      const describe = (scheme: string, v: (typeof light.violations)[number]) =>
        `${scheme}: ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`;
      expect([...light.violations.map((v) => describe('light', v)), ...dark.violations.map((v) => describe('dark', v))]).toEqual([]);
    });
  }
});

test('the axe sweep does find a planted defect', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'low contrast';
    p.className = 'planted-defect';
    document.querySelector('main')!.append(p);
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')!.append(img);
  });
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => v.id)).toContain('image-alt');
});
