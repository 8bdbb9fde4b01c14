import { test, expect } from './fixtures.ts';

test('smooth scrolling only when the reader allows motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('guide/overview/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('a printed page drops the navigation, shows link targets and wraps code', async ({ page }) => {
  await page.goto('guide/identify/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Guide' })).toBeHidden();
  await expect(page.getByLabel('Theme')).toBeHidden();
  const external = page.locator('main a[href^="https://"]').first();
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  const whiteSpace = await page
    .locator('main pre')
    .first()
    .evaluate((pre) => getComputedStyle(pre).whiteSpace);
  expect(whiteSpace).toBe('pre-wrap');
});
