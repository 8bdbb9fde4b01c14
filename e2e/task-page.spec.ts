import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { getCommand, type ReleaseId } from '../src/data/index.ts';
import { expectedStatus } from './expected-status.ts';

const epel = getCommand('enable-epel');
const statusDate = async (page: Page) => (await page.locator('footer time').nth(1).getAttribute('datetime'))!;
const RANK = ['supported', 'maintenance', 'extended support', 'preview', 'end of life'];

test('a task page starts with a summary of every release: its command in one line and its status', async ({ page }) => {
  await page.goto('commands/enable-epel/');
  const day = await statusDate(page);
  const items = page.locator('.task-summary li');
  const sectionIds = await page.locator('section.release-variant').evaluateAll((s) => s.map((e) => e.getAttribute('data-release')!));
  await expect(items).toHaveCount(sectionIds.length);
  expect(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-release')))).toEqual(sectionIds);
  for (const id of sectionIds as ReleaseId[]) {
    const item = page.locator(`.task-summary li[data-release="${id}"]`);
    await expect(item.getByRole('link')).toHaveAttribute('href', `#${id}`);
    await expect(item.locator('.status')).toHaveText(expectedStatus(id, day).word);
    const variant = epel.variants[id]!;
    if (variant.kind === 'command') await expect(item.locator('code')).toContainText(variant.lines[0]!.replace(/\{\{(\w+)\}\}/g, '<$1>'));
    else await expect(item).toContainText(variant.kind === 'unavailable' ? 'Not available' : 'Not yet established');
  }
  // The summary comes before the first release's section.
  const summaryTop = await page.locator('.task-summary').evaluate((e) => e.getBoundingClientRect().top);
  const firstSectionTop = await page
    .locator('section.release-variant')
    .first()
    .evaluate((e) => e.getBoundingClientRect().top);
  expect(summaryTop).toBeLessThan(firstSectionTop);
});

test('a task page lists supported releases first and end-of-life releases last', async ({ page }) => {
  await page.goto('commands/enable-epel/');
  const day = await statusDate(page);
  const ids = (await page
    .locator('section.release-variant')
    .evaluateAll((s) => s.map((e) => e.getAttribute('data-release')!))) as ReleaseId[];
  const ranks = ids.map((id) => RANK.indexOf(expectedStatus(id, day).word));
  expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
});

test('a release heading on a task page is an anchor, with the release page linked beside it', async ({ page }) => {
  await page.goto('commands/enable-epel/');
  const section = page.locator('section.release-variant[data-release="al2023"]');
  await expect(section.getByRole('heading', { level: 2 }).getByRole('link')).toHaveCount(0);
  await expect(section.getByRole('link', { name: 'Link to Enable EPEL (Extra Packages for Enterprise Linux) on AL2023' })).toHaveAttribute(
    'href',
    /#al2023$/,
  );
  await section.getByRole('link', { name: 'Amazon Linux 2023 release page' }).click();
  await expect(page).toHaveURL(/\/releases\/al2023\/$/);
});
