import { test, expect } from './fixtures.ts';
import { ALL_PAGES } from './pages.ts';

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test.describe('without JavaScript', () => {
    // The layout must hold before any script runs; without scripts each page also loads faster.
    test.use({ javaScriptEnabled: false });
    test('every page shows its h1 in the first viewport', async ({ page }) => {
      test.setTimeout(ALL_PAGES.length * 2_000 + 10_000);
      const misplaced: string[] = [];
      for (const path of ALL_PAGES) {
        await page.goto(path); // 'load': the stylesheet has applied
        const box = await page.evaluate(() => {
          const rect = document.querySelector('h1')?.getBoundingClientRect();
          return rect ? { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left, right: rect.right } : null;
        });
        if (!box || box.top < 0 || box.bottom > 844 || box.left < 0 || box.right > 390) misplaced.push(`${path}: ${JSON.stringify(box)}`);
      }
      expect(misplaced, 'pages whose h1 is outside the first 390×844 viewport').toEqual([]);
    });
  });

  test('the menu is closed behind a button and opens on activation', async ({ page }) => {
    await page.goto('guide/overview/');
    const nav = page.getByRole('navigation', { name: 'Guide' });
    const commands = nav.getByRole('link', { name: 'Command reference' });
    await expect(commands).toBeHidden();
    await nav.getByText('Menu').click();
    await expect(commands).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('on a wide screen the menu is shown without a button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('guide/overview/');
    const nav = page.getByRole('navigation', { name: 'Guide' });
    await expect(nav.getByRole('link', { name: 'Command reference' })).toBeVisible();
    await expect(nav.getByText('Menu')).toBeHidden();
  });
});
