import { test, expect } from './fixtures.ts';
import { ALL_PAGES } from './pages.ts';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript every page shows its heading, content, tables and commands, and no dead controls', () => {
  for (const path of ALL_PAGES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1'), path).toBeVisible();
      await expect(page.locator('main'), path).not.toBeEmpty();
      for (const table of await page.locator('main table').all()) await expect(table, path).toBeVisible();
      for (const code of await page.locator('main pre').all()) await expect(code, path).toBeVisible();
      await expect(page.locator('[data-theme-picker]'), path).toBeHidden();
      await expect(page.locator('.copy-button'), path).toHaveCount(0);
      await expect(page.locator('[data-release][hidden]'), path).toHaveCount(0);
    });
  }
});

test('without JavaScript the search page says what it needs and where to go instead', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('main').getByRole('link', { name: 'command reference' })).toBeVisible();
});
