/**
 * The site under a sub-path (npm run test:base-path builds with BASE_PATH=/guides/amazon-linux/):
 * styles, scripts, search and its index load from under the base, and a result lands on the right page.
 * Also passes at the root, where the base is "/".
 */
import { test, expect } from './fixtures.ts';
import { BASE_PATH } from '../src/core/site-config.ts';
import { routes } from '../src/core/routes.ts';

test('pages load their stylesheet and scripts from under the base path', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(routes.guide('overview'));
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  expect(requested.length).toBeGreaterThan(1);
  expect(requested.filter((path) => !path.startsWith(BASE_PATH))).toEqual([]);
  // A custom property only the site's stylesheet defines: empty when the stylesheet did not load.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--fg').trim())).not.toBe('');
});

test('search finds a command and the result opens its page under the base path', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(routes.home());
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox', { name: 'Search' }).fill('sestatus');
  const first = dialog.locator('.search-result > a').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^[^?#]*${routes.command('selinux-status')}`));
  expect(fetched.some((path) => path.startsWith(`${BASE_PATH}pagefind/`))).toBe(true);
  expect(fetched.filter((path) => !path.startsWith(BASE_PATH))).toEqual([]);
});

test('a move offers its porting page and the compare view under the base path', async ({ page }) => {
  await page.goto(`${routes.guide('overview')}?q=${encodeURIComponent('rhel 9 to al2023')}`);
  const results = page.getByRole('dialog', { name: 'Search the guide' }).locator('.search-result > a');
  await expect(results.nth(0)).toHaveAttribute('href', new RegExp(`^${routes.port('rhel9', 'al2023')}`));
  await expect(results.nth(1)).toHaveAttribute('href', new RegExp(`^${routes.compare('rhel9', 'al2023').replace('?', '\\?')}`));
});
