import { test, expect } from './fixtures.ts';

test('a search for sestatus offers the SELinux status command', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search commands, packages, paths and pages').fill('sestatus');
  const first = page.locator('.search-results li').first();
  await expect(first).toBeVisible();
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /commands\/selinux-status\//);
});

test('with JavaScript the search form shows and the no-script note does not', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
});
