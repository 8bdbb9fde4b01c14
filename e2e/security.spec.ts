import { test, expect } from './fixtures.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1//',
  '<svg onload=window.__pwned=1>',
];

test('search treats what the user types and what the URL carries as text', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  for (const payload of PAYLOADS) {
    await page.goto(`search/?q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole('status')).toContainText(payload.trim());
    await page.getByLabel('Search commands, packages, paths and pages').fill(payload);
    await expect(page.getByRole('status')).toContainText(payload.trim());
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img, main svg[onload], main script:not([src])')).toHaveCount(0);
  }
});

test('every page carries a Content-Security-Policy without unsafe-inline scripts', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  // 'wasm-unsafe-eval' lets Pagefind compile WebAssembly; JavaScript eval and inline scripts stay blocked.
  expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?( 'sha256-[^']+')+;/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
});
