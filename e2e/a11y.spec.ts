import { test, expect } from './fixtures.ts';
import { axeInBothSchemes, axeViolations, COLOUR_RULES } from './axe.ts';
import { AXE_PAGES, inRuns } from './pages.ts';
import { sidewaysScroll } from './layout.ts';

// A sweep is slow by nature; it gets time to finish on a busy machine instead of failing for it.
test.describe.configure({ timeout: 300_000 });

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 740 };

/**
 * With JavaScript, as a reader gets them: all of WCAG 2.2 AA in the light scheme and the colour rules in
 * the dark one (see AXE_PAGES for which pages), then the same page 360 px wide without sideways
 * scrolling (wide tables and code scroll inside their own box). The no-JS sweep checks the width of every page.
 */
test.describe('no WCAG 2.2 AA violation in the light and the dark scheme, and no sideways scroll at 360 px', () => {
  for (const run of inRuns(AXE_PAGES, 6)) {
    test(run.join(' '), async ({ page }) => {
      const problems: string[] = [];
      for (const path of run) {
        await page.setViewportSize(DESKTOP);
        await page.goto(path);
        problems.push(...(await axeInBothSchemes(page, path)));
        await page.setViewportSize(PHONE);
        const pixels = await sidewaysScroll(page);
        if (pixels > 0) problems.push(`${path}: ${pixels} px of sideways scroll at 360 px`);
      }
      expect(problems).toEqual([]);
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
