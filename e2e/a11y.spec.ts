import { test, expect } from './fixtures.ts';
import { axeViolations, COLOUR_RULES } from './axe.ts';
import { ALL_PAGES, AXE_PAGES, inRuns } from './pages.ts';
import type { Page } from '@playwright/test';

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// A sweep is slow by nature; it gets time to finish on a busy machine instead of failing for it.
test.describe.configure({ timeout: 300_000 });

/** All of WCAG 2.2 AA in the light scheme, and the colour rules again in the dark one (see AXE_PAGES for which pages). */
test.describe('no WCAG 2.2 AA violation in the light and the dark scheme', () => {
  for (const run of inRuns(AXE_PAGES, 6)) {
    test(run.join(' '), async ({ page }) => {
      const violations: string[] = [];
      for (const path of run) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        violations.push(...(await axeViolations(page, `${path} light`)));
        await page.emulateMedia({ colorScheme: 'dark' });
        violations.push(...(await axeViolations(page, `${path} dark`, COLOUR_RULES)));
      }
      expect(violations).toEqual([]);
    });
  }
});

/** Every page, 360 px wide: no sideways scrolling (wide tables and code scroll inside their own box). */
test.describe('no sideways scroll at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const run of inRuns(ALL_PAGES, 30)) {
    test(`${run[0]} … ${run.at(-1)}`, async ({ page }) => {
      const scrolling: string[] = [];
      for (const path of run) {
        await page.goto(path);
        const pixels = await sidewaysScroll(page);
        if (pixels > 0) scrolling.push(`${path}: ${pixels} px`);
      }
      expect(scrolling).toEqual([]);
    });
  }
});

test.describe('the sweep does find planted defects', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`low contrast text in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('guide/overview/');
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Planted: grey on grey';
        p.id = 'planted-contrast';
        // Set through the CSSOM, which the page's CSP allows (a style attribute in markup it would block).
        p.style.color = '#999999';
        p.style.backgroundColor = '#aaaaaa';
        document.querySelector('main')!.append(p);
      });
      const violations = await axeViolations(page, scheme, scheme === 'dark' ? COLOUR_RULES : undefined);
      expect(violations).toEqual([expect.stringMatching(new RegExp(`^${scheme}: color-contrast: .*#planted-contrast`))]);
    });
  }

  test('an image without a text alternative', async ({ page }) => {
    await page.goto('guide/overview/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.id = 'planted-image';
      document.querySelector('main')!.append(img);
    });
    expect(await axeViolations(page, 'light')).toEqual([expect.stringMatching(/^light: image-alt: .*#planted-image/)]);
  });

  test('a page wider than 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('guide/overview/');
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '600px';
      wide.textContent = 'Planted: too wide';
      document.querySelector('main')!.append(wide);
    });
    expect(await sidewaysScroll(page)).toBeGreaterThan(0);
  });
});
