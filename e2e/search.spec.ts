import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });
const resultLinks = (page: Page) => dialog(page).locator('.search-result > a');

test.describe('realistic queries find the expected task or section in the top three, and land on it highlighted', () => {
  for (const { query, expect: expected } of SEARCH_QUERIES) {
    test(query, async ({ page }) => {
      await page.goto(`guide/overview/?q=${encodeURIComponent(query)}`);
      await expect(dialog(page)).toBeVisible();
      await expect(resultLinks(page).first()).toBeVisible();
      const top = (await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).href))).map(
        (href) => {
          const url = new URL(href);
          return url.pathname + url.hash;
        },
      );
      const index = top.findIndex((path) => path.startsWith(expected));
      expect(index, `top three for “${query}”: ${top.join(', ')}`).toBeGreaterThanOrEqual(0);

      await resultLinks(page).nth(index).click();
      await expect
        .poll(() => new URL(page.url()).pathname + new URL(page.url()).hash)
        .toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
      expect(new URL(page.url()).searchParams.get('highlight')).toBe(query);
      await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
      const hash = new URL(page.url()).hash;
      if (hash) await expect(page.locator(hash)).toBeInViewport();
    });
  }
});

test('nothing of search is fetched before the reader shows intent', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/pagefind|search-shortcuts|dialog\.|engine\./.test(request.url())) fetched.push(request.url());
  });
  await page.goto('guide/overview/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.getByRole('link', { name: /Search/ }).hover();
  await expect.poll(() => fetched.some((url) => url.includes('pagefind.js'))).toBe(true);
});

test('the keyboard opens search, moves through results, opens one, and Esc returns focus', async ({ page }) => {
  await page.goto('releases/');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  const input = dialog(page).getByRole('searchbox', { name: 'Search' });
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  const trigger = page.getByRole('link', { name: /Search/ });
  await trigger.focus();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.type('selinux');
  await expect(resultLinks(page).nth(2)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Control+k');
  await input.fill('sestatus');
  await expect(dialog(page).getByRole('status')).toContainText('for “sestatus”');
  await input.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/commands\/selinux-status\/\?highlight=sestatus/);
});

test('each result shows its title, where it matched and an excerpt with the terms marked', async ({ page }) => {
  await page.goto('./?q=os-release');
  const first = dialog(page).locator('.search-result').first();
  await expect(first.locator('.search-result-title')).not.toBeEmpty();
  await expect(first.locator('.search-result-where')).not.toBeEmpty();
  await expect(dialog(page).locator('.search-excerpt mark').first()).toBeVisible();
});

test('filters are toggles kept in the URL, and a reload restores them', async ({ page }) => {
  await page.goto('./?q=selinux');
  const commands = dialog(page).getByRole('button', { name: 'Commands' });
  await commands.click();
  await expect(commands).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]q=selinux&kind=command/);
  for (const href of await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)))
    expect(href).toMatch(/\/commands\//);
  await dialog(page).getByLabel('Release').selectOption('al2023');
  await expect(page).toHaveURL(/release=al2023/);
  await page.reload();
  await expect(dialog(page).getByRole('button', { name: 'Commands' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog(page).getByLabel('Release')).toHaveValue('al2023');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/q=/);
});

test('a search with no results points to the command reference, and a bad filter is reported', async ({ page }) => {
  await page.goto(`./?q=${encodeURIComponent('ǂǂǂ')}&kind=nonsense`);
  await expect(dialog(page).getByRole('status')).toContainText('No results for “ǂǂǂ”. Ignored kind “nonsense” from the link.');
  await dialog(page).getByRole('link', { name: 'command reference' }).click();
  await expect(page).toHaveURL(/\/commands\/$/);
});

test('the full search page works with the same engine', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search commands, packages, paths and pages').fill('sestatus');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /commands\/selinux-status\//);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('with JavaScript the search form shows and the no-script note does not', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search control is a link to the command reference', async ({ page }) => {
    await page.goto('guide/overview/');
    await page.getByRole('link', { name: /Search/ }).click();
    await expect(page).toHaveURL(/\/commands\/$/);
  });
});
