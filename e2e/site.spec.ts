import { test, expect } from './fixtures.ts';
import { RELEASE_IDS, getRelease, releases } from '../src/data/index.ts';
import { expectedStatus, RELEASES_WITH_EXPECTED_STATUS } from './expected-status.ts';

test('the home page renders with exactly one h1', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Amazon Linux ↔ RHEL Field Guide');
});

test('a guide page renders with exactly one h1 and its title', async ({ page }) => {
  await page.goto('guide/overview/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page).toHaveTitle(/^Overview · Amazon Linux ↔ RHEL Field Guide$/);
});

test('the sidebar navigates and marks the current page', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Guide' });
  await nav.getByRole('link', { name: 'All releases' }).click();
  await expect(page).toHaveURL(/\/releases\/$/);
  await expect(page.getByRole('navigation', { name: 'Guide' }).getByRole('link', { name: 'All releases' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All releases');
});

test('the releases table lists every release of the data with its status in words', async ({ page }) => {
  await page.goto('releases/');
  const statusDate = await page.locator('footer time').nth(1).getAttribute('datetime');
  expect(statusDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const rows = page.locator('table.releases-table tbody tr');
  await expect(rows).toHaveCount(releases.length);
  expect([...RELEASE_IDS].sort()).toEqual([...RELEASES_WITH_EXPECTED_STATUS].sort());
  for (const id of RELEASE_IDS) {
    const release = getRelease(id);
    const row = page.locator(`tr[data-release="${id}"]`);
    await expect(row.getByRole('rowheader')).toHaveText(release.name);
    await expect(row.locator('.status')).toHaveText(expectedStatus(id, statusDate!).text);
  }
});

test('a release page states its status with the date it applies to', async ({ page }) => {
  await page.goto('releases/al2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon Linux 2');
  await expect(page.locator('.lead')).toContainText(/Status on \d{4}-\d{2}-\d{2}:/);
});
