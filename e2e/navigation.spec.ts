import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Guide' });

test('the header links to each section and marks the current one', async ({ page }) => {
  await page.goto('commands/enable-epel/');
  const links = sections(page).getByRole('link');
  await expect(links).toHaveText(['Guide', 'Porting', 'Commands', 'Releases', 'Tools']);
  await expect(sections(page).getByRole('link', { name: 'Commands' })).toHaveAttribute('aria-current', 'true');
  await expect(sections(page).locator('[aria-current]')).toHaveCount(1);
  await sections(page).getByRole('link', { name: 'Releases' }).click();
  await expect(page).toHaveURL(/\/releases\/$/);
  await expect(sections(page).getByRole('link', { name: 'Releases' })).toHaveAttribute('aria-current', 'page');
});

for (const [path, section] of [
  ['guide/selinux/', 'Guide'],
  ['releases/al2023/', 'Releases'],
  ['port/rhel9-to-al2023/', 'Porting'],
  ['tools/identify/', 'Tools'],
] as const) {
  test(`the header marks ${section} as current on /${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(sections(page).locator('[aria-current]')).toHaveText(section);
  });
}

test('the sidebar marks the open task page under the command reference', async ({ page }) => {
  await page.goto('commands/enable-epel/');
  const current = sidebar(page).locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', /\/commands\/enable-epel\/$/);
  await expect(current).toHaveText(await page.getByRole('heading', { level: 1 }).innerText());
  await expect(sidebar(page).getByRole('link', { name: 'Command reference' })).toHaveAttribute('aria-current', 'true');
});

test('the sidebar marks the open release page under all releases', async ({ page }) => {
  await page.goto('releases/al2023/');
  await expect(sidebar(page).locator('[aria-current="page"]')).toHaveText('Amazon Linux 2023');
  await expect(sidebar(page).getByRole('link', { name: 'All releases' })).toHaveAttribute('aria-current', 'true');
});

test('the sidebar marks the open guide page', async ({ page }) => {
  await page.goto('guide/selinux/');
  await expect(sidebar(page).locator('[aria-current="page"]')).toHaveText('SELinux');
});

test('guide pages link to the previous and next guide page in sidebar order', async ({ page }) => {
  await page.goto('guide/overview/');
  const guideLinks = await sidebar(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => p.includes('/guide/')));
  const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  for (let i = 1; i < guideLinks.length; i++) {
    await pager.locator('a[rel="next"]').click();
    expect(new URL(page.url()).pathname).toBe(guideLinks[i]);
    await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', guideLinks[i - 1]!);
  }
  await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
});
