import { test, expect } from './fixtures.ts';

// Every page's h1 on the first 390×844 screen is checked by the no-JS sweep (no-js.spec.ts).
test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

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
