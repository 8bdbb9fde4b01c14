import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { SEARCH_QUERIES, rankOf, resultsInDialog, scoreRanking } from './search-queries.ts';
import { axeViolations } from './axe.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });
const resultLinks = (page: Page) => dialog(page).locator('.search-result > a');

test('realistic queries open their exact target first (hit@1 ≥ 90 %) or in the top three (hit@3 ≥ 98 %)', async ({ page }) => {
  await page.goto('guide/overview/?q=search');
  await expect(dialog(page).locator('#search-dialog-results')).toHaveAttribute('aria-busy', 'false');
  const answers = await resultsInDialog(
    page,
    SEARCH_QUERIES.map((c) => c.query),
  );
  const ranks = SEARCH_QUERIES.map(({ expect: expected }, i) => rankOf(expected, answers[i]!));
  const misses = SEARCH_QUERIES.filter((_, i) => ranks[i] !== 1).map(
    ({ query, expect: expected }) =>
      `“${query}”: want ${expected}, got ${answers[SEARCH_QUERIES.findIndex((c) => c.query === query)]!.slice(0, 3).join(', ')}`,
  );
  const score = scoreRanking(ranks);
  expect(score.queries).toBeGreaterThanOrEqual(80);
  expect(score.hitAt1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  expect(score.hitAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
});

test('a result opens its section with the whole searched words marked, and no stop word', async ({ page }) => {
  await page.goto(`guide/overview/?q=${encodeURIComponent('sestatus al2023')}`);
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/\/commands\/selinux-status\/\?highlight=sestatus\+al2023#al2023$/);
  await expect(page.locator('#al2023')).toBeInViewport();
  // The marks come from a script that runs after the page loads; wait for them before reading them all.
  await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
  const marks = await page.locator('main mark.search-highlight').allTextContents();
  for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^(sestatus|al2023)$/);

  await page.goto(`commands/install-package/?highlight=${encodeURIComponent('how to install a package on sudo')}`);
  await expect(page.locator('main mark.search-highlight').first()).toBeAttached();
  const marked = (await page.locator('main mark.search-highlight').allTextContents()).map((m) => m.toLowerCase());
  expect(new Set(marked)).toEqual(new Set(marked.filter((m) => ['install', 'package', 'sudo'].includes(m))));
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
  const releaseFilter = dialog(page).getByText(/^Release filter:/);
  const releases = dialog(page).getByRole('group', { name: 'Release' });
  await expect(releaseFilter).toHaveText('Release filter: any');
  await releaseFilter.click();
  await releases.getByRole('button', { name: 'AL2023', exact: true }).click();
  await expect(page).toHaveURL(/&release=al2023$/);
  // From the keyboard: Tab to the next release toggle and press Space; nothing else is chosen on the way.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(releases.getByRole('button', { name: 'RHEL 7', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/&release=al2023,rhel7$/);
  await page.reload();
  await expect(dialog(page).getByRole('button', { name: 'Commands' })).toHaveAttribute('aria-pressed', 'true');
  await expect(releaseFilter).toHaveText('Release filter: AL2023, RHEL 7');
  await releaseFilter.click();
  await expect(releases.getByRole('button', { pressed: true })).toHaveText(['AL2023', 'RHEL 7']);
  // Pressing a chosen release again removes it, from the results and from the address.
  await releases.getByRole('button', { name: 'AL2023', exact: true }).click();
  await expect(page).toHaveURL(/&release=rhel7$/);
  await expect(releaseFilter).toHaveText('Release filter: RHEL 7');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/q=/);
});

test('a search with no results points to the command reference, and a bad filter is reported', async ({ page }) => {
  await page.goto(`./?q=${encodeURIComponent('ǂǂǂ')}&kind=nonsense`);
  await expect(dialog(page).getByRole('status')).toContainText('No results for “ǂǂǂ”. Ignored kind “nonsense” from the link.');
  await dialog(page).getByRole('link', { name: 'command reference' }).click();
  await expect(page).toHaveURL(/\/commands\/$/);
});

test('two kinds or two releases at once mean either of them', async ({ page }) => {
  await page.goto('guide/overview/?q=install&kind=guide,command');
  await expect(dialog(page).getByRole('status')).toContainText('8 results for “install”');
  const paths = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(paths.every((p) => p.includes('/commands/') || p.includes('/guide/'))).toBe(true);

  await page.goto('guide/overview/?q=selinux&kind=guide,release');
  await expect(dialog(page).getByRole('status')).toContainText('8 results for “selinux”');
  const kinds = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/')[1]));
  expect(new Set(kinds)).toEqual(new Set(['guide', 'releases']));

  await page.goto('guide/overview/?q=selinux&kind=release&release=al2,rhel9');
  await expect(dialog(page).getByRole('status')).toContainText('2 results for “selinux”');
  const releasePages = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/')[2]));
  expect(new Set(releasePages)).toEqual(new Set(['al2', 'rhel9']));
});

test('the dialog with a kind and two chosen releases, the release toggles open, passes axe in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('guide/overview/?q=selinux&kind=release&release=al2,rhel9');
    await expect(dialog(page).getByRole('status')).toContainText('2 results for “selinux”');
    await dialog(page)
      .getByText(/^Release filter:/)
      .click();
    await expect(dialog(page).getByRole('button', { name: 'RHEL 9', exact: true })).toBeVisible();
    expect(await axeViolations(page, scheme)).toEqual([]);
  }
});

test('a query of made-up words says there are no results', async ({ page }) => {
  await page.goto(`guide/overview/?q=${encodeURIComponent('qwxzv plughy')}`);
  await expect(dialog(page).getByRole('status')).toContainText('No results for “qwxzv plughy”.');
  await expect(resultLinks(page)).toHaveCount(0);
});

test('a move from one release to another offers its porting page and the compare view', async ({ page }) => {
  await page.goto(`guide/overview/?q=${encodeURIComponent('rhel 9 to al2023')}`);
  await expect(resultLinks(page).nth(0)).toHaveAttribute('href', /\/port\/rhel9-to-al2023\//);
  await expect(resultLinks(page).nth(1)).toHaveAttribute('href', /\/commands\/\?from=rhel9&to=al2023/);
  await resultLinks(page).nth(1).click();
  await expect(page).toHaveURL(/\/commands\/\?from=rhel9&to=al2023/);
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
