import { test, expect } from './fixtures.ts';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('guide/overview/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the theme can be switched by keyboard, applies at once and persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const select = page.getByLabel('Theme');
  await select.focus();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
  await page.goto('releases/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Theme').selectOption('auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('the sidebar and table of contents work by keyboard', async ({ page }) => {
  await page.goto('guide/overview/');
  const tocLink = page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first();
  await tocLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#generations$/);
  await page.getByRole('navigation', { name: 'Guide' }).getByRole('link', { name: 'Command reference' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/commands\/$/);
});
