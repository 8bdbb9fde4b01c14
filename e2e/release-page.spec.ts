import { test, expect } from './fixtures.ts';
import { categories, commands } from '../src/data/index.ts';

test('a release page lists its commands grouped by category, in the categories’ order', async ({ page }) => {
  await page.goto('releases/al2023/');
  const tracked = commands.filter((c) => c.variants.al2023 !== undefined);
  const expected = categories
    .map((category) => ({ title: category.title, ids: tracked.filter((c) => c.category === category.id).map((c) => `cmd-${c.id}`) }))
    .filter((g) => g.ids.length > 0);
  const groups = await page.locator('h3.release-commands-category').evaluateAll((headings) =>
    headings.map((h) => ({
      title: h.textContent!.trim(),
      ids: [...h.nextElementSibling!.querySelectorAll(':scope > [data-permalink]')].map((d) => d.id),
    })),
  );
  expect(groups).toEqual(expected);
});

test('in the releases table a phase a release lacks shows a dash, with its words for screen readers', async ({ page }) => {
  await page.goto('releases/');
  const cell = page.locator('tr[data-release="al2023"] td').nth(3);
  await expect(cell.locator('.no-value')).toHaveText('— no such phase');
  await expect(cell.locator('.no-value .visually-hidden')).toHaveCSS('clip-path', 'inset(50%)');
  await expect(cell).toMatchAriaSnapshot('- cell "— no such phase"');
});

test('dates in tables do not wrap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('releases/');
  const wrapped = await page
    .locator('table.releases-table td time')
    .evaluateAll((times) =>
      times.filter((t) => t.getClientRects().length > 1 || t.getBoundingClientRect().height > 30).map((t) => t.textContent),
    );
  expect(wrapped).toEqual([]);
  await expect(page.locator('table.releases-table td time').first()).toHaveCSS('white-space', 'nowrap');
});
