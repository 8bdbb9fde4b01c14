import { test, expect } from './fixtures.ts';

test('inline code on the identify tool keeps the spaces around it', async ({ page }) => {
  await page.goto('tools/identify/');
  const text = await page.locator('main').innerText();
  expect(text).toContain('list of KEY=value lines');
  expect(text).toContain('and $ inside double quotes');
  expect(text).toContain("Fedora's ID is fedora");
  expect(text).not.toMatch(/\bof(KEY|ID)|\bis(fedora|command)/);
});

for (const [path, label] of [
  ['./', 'Theme'],
  ['commands/enable-epel/', 'From'],
] as const) {
  test(`the "${label}" label on /${path} does not touch its select`, async ({ page }) => {
    await page.goto(path);
    const select = page.getByLabel(label);
    const gap = await select.evaluate((element) => {
      const label = element.closest('label') ?? document.querySelector(`label[for="${element.id}"]`)!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const words = [...range.getClientRects()].find((r) => r.width > 0 && r.right <= element.getBoundingClientRect().left + 1)!;
      return element.getBoundingClientRect().left - words.right;
    });
    expect(gap).toBeGreaterThanOrEqual(4);
  });
}
