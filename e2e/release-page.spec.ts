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
