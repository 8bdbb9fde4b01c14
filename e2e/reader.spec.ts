/**
 * The reader's side of issue 13, on a 390×844 phone and a 1280×800 desktop, in light and dark: wide tables,
 * charts, label/value lists, the compare view, statuses worked out again on a later day, and links copied as
 * rich text. Few page visits per screen, so the four runs stay quick.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations, COLOUR_RULES } from './axe.ts';
import { gotoWithStoppedClock } from './clock.ts';

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
/** The page background of each scheme (--bg in src/styles/global.css). */
const PAGE_BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 20, 25)' } as const;

/** Every table scroller on the page that has more table than it shows, and what each offers the eye. */
function overflowingTables(page: Page) {
  return page.locator('main .table-scroll').evaluateAll((scrollers) =>
    scrollers
      .filter((s) => s.scrollWidth > s.clientWidth + 1)
      .map((s) => {
        const shadow = getComputedStyle(s).backgroundImage;
        s.scrollLeft = s.scrollWidth;
        const first = s.querySelector('tbody tr > :first-child')!;
        window.scrollTo({ top: first.getBoundingClientRect().top + window.scrollY - innerHeight / 2, behavior: 'instant' });
        const box = first.getBoundingClientRect();
        const frame = s.getBoundingClientRect();
        const onTop = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
        return {
          caption: s.querySelector('caption')?.textContent?.trim(),
          cue: shadow.includes('gradient'),
          firstColumnInView: Math.abs(box.left - frame.left) <= 1,
          firstColumnOnTop: onTop !== null && first.contains(onTop),
          firstColumnBackground: getComputedStyle(first).backgroundColor,
        };
      }),
  );
}

for (const screen of SCREENS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`at ${screen.width}×${screen.height} in ${scheme}`, () => {
      test.use({ viewport: screen, colorScheme: scheme, permissions: ['clipboard-read', 'clipboard-write'] });
      const phone = screen.width < 600;

      test('wide tables, one-row tables, dates, charts and label/value lists fit the screen', async ({ page }) => {
        await test.step('a wide table shows a scroll cue and keeps its first column in view, opaque', async () => {
          await page.goto('guide/version-map/');
          const tables = await overflowingTables(page);
          // The version map has eight releases: wider than the reading column on both screens.
          expect(tables.length).toBeGreaterThan(0);
          for (const table of tables) {
            expect(table, table.caption).toEqual({
              caption: table.caption,
              cue: true,
              firstColumnInView: true,
              firstColumnOnTop: true,
              firstColumnBackground: PAGE_BACKGROUND[scheme],
            });
          }
        });

        await test.step('a one-row table is turned sideways', async () => {
          await page.goto('guide/selinux/');
          const table = page.locator('table', {
            has: page.locator('caption', { hasText: 'SELinux mode after installation, per release' }),
          });
          await expect(table.locator('thead th')).toHaveText(['Release', 'SELinux default']);
          await expect(table.locator('tbody th')).toHaveText(['AL1', 'AL2', 'AL2023', 'AL2027', 'RHEL 7', 'RHEL 8', 'RHEL 9', 'RHEL 10']);
          await expect(table.locator('tbody tr').filter({ hasText: 'AL2023' }).locator('td')).toContainText('permissive');
          const fits = await table.evaluate(
            (t) => t.getBoundingClientRect().right <= t.closest('.table-scroll')!.getBoundingClientRect().right,
          );
          expect(fits).toBe(true);
        });

        for (const [path, chart] of [
          ['guide/lifecycle/', '.timeline'],
          ['guide/lineage/', '.lineage'],
        ] as const) {
          await test.step(`${path}: the chart opens at its spot, labels in view, text at 12 px or more`, async () => {
            await page.goto(path);
            const figure = page.locator(`figure${chart}`);
            const scroller = figure.locator('.timeline-scroll');
            const spot = chart === '.timeline' ? figure.locator('.timeline-marker') : figure.locator('text', { hasText: /^AL2023$/ });
            const [frame, mark] = [await scroller.boundingBox(), await spot.boundingBox()];
            expect(mark!.x, 'the status date or AL2023 is in view').toBeGreaterThanOrEqual(frame!.x);
            expect(mark!.x + mark!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
            // The labels sit in a column of their own, in view whatever the scroll position.
            const firstLabel = figure.locator('.chart-labels text').first();
            await expect(firstLabel).toHaveText(chart === '.timeline' ? 'AL1' : /Fedora/);
            const label = await firstLabel.boundingBox();
            expect(label!.x).toBeGreaterThanOrEqual(0);
            expect(label!.x + label!.width).toBeLessThanOrEqual(frame!.x);
            const smallest = await figure.locator('svg text').evaluateAll((texts) =>
              Math.min(
                ...texts.map((t) => {
                  const svg = (t as SVGTextElement).ownerSVGElement!;
                  return (parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
                }),
              ),
            );
            expect(smallest, 'smallest chart text in CSS px').toBeGreaterThanOrEqual(12);
            if (chart === '.timeline') {
              const times = page.locator('main table time');
              expect(await times.count()).toBeGreaterThan(20);
              const wrapped = await times.evaluateAll((all) =>
                all.filter(
                  (t) => t.getClientRects().length > 1 || t.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(t).fontSize),
                ),
              );
              expect(wrapped.length, 'dates broken across lines').toBe(0);
            }
          });
        }

        await test.step(`label/value lists ${phone ? 'stack' : 'sit side by side'}, and code is not cut mid-word`, async () => {
          await page.goto('releases/al2023/');
          const list = page.locator('dl.facts').first();
          const [term, value] = [await list.locator('dt').first().boundingBox(), await list.locator('dd').first().boundingBox()];
          if (phone) expect(value!.y).toBeGreaterThanOrEqual(term!.y + term!.height - 1);
          else expect(value!.x).toBeGreaterThan(term!.x + term!.width);
          const cut = await page
            .locator('dl.facts dd code')
            .evaluateAll((codes) =>
              codes.filter((c) => !/\s/.test(c.textContent!.trim()) && c.getClientRects().length > 1).map((c) => c.textContent),
            );
          expect(cut).toEqual([]);
        });
      });

      test('the compare view: from → to order, landing on the anchor, only the differences, a remembered pair', async ({ page }) => {
        await page.goto('commands/?from=rhel9&to=al2023#repositories');
        const repositories = page.locator('section[aria-labelledby="repositories"] table');
        // The columns in from → to order (on a phone the header row gives way to labels, checked below).
        if (!phone) await expect(repositories.locator('thead th:visible')).toHaveText(['Task', /^RHEL 9/, /^AL2023/]);
        await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing RHEL 9 and AL2023 only, RHEL 9 first.');
        // Landed on the heading after the columns were hidden: it is at the top of the window.
        await expect.poll(() => page.locator('#repositories').evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(60);
        await expect(page.locator('#repositories')).toBeInViewport();
        // On a phone each compared task stacks its two commands, each labelled with its release; no sideways scroll.
        const scroller = page.locator('section[aria-labelledby="repositories"] .table-scroll');
        const cells = page.locator('tr#enable-epel td:visible');
        await expect(cells).toHaveCount(2);
        const labels = await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
        if (phone) {
          expect(labels).toEqual(['"RHEL 9"', '"AL2023"']);
          expect(await scroller.evaluate((s) => s.scrollWidth <= s.clientWidth)).toBe(true);
        } else {
          expect(labels).toEqual(['none', 'none']);
          expect(await scroller.locator('table').evaluate((t) => getComputedStyle(t).display)).toBe('table');
        }

        const onlyDifferences = page.getByLabel('Only tasks whose commands differ');
        await expect(page.locator('tr#install-package')).toBeVisible();
        await onlyDifferences.check();
        // Both install a package with "sudo dnf install <package>"; EPEL is not offered on AL2023.
        await expect(page.locator('tr#install-package')).toBeHidden();
        await expect(page.locator('tr#enable-epel')).toBeVisible();
        // The choice is in the address, so a link or a reload shows the same narrowed table.
        expect(new URL(page.url()).search).toBe('?from=rhel9&to=al2023&only=differences');
        await page.reload();
        await expect(onlyDifferences).toBeChecked();
        await expect(page.locator('tr#install-package')).toBeHidden();
        await onlyDifferences.uncheck();
        await expect(page.locator('tr#install-package')).toBeVisible();
        expect(new URL(page.url()).search).toBe('?from=rhel9&to=al2023');

        await page.goto('commands/install-package/?from=al2023&to=rhel9');
        await expect(page.locator('section.release-variant:visible h2')).toHaveText(['Amazon Linux 2023', 'Red Hat Enterprise Linux 9']);
        await page.goto('commands/install-package/?from=rhel9&to=al2023');
        await expect(page.locator('section.release-variant:visible h2')).toHaveText(['Red Hat Enterprise Linux 9', 'Amazon Linux 2023']);
        await expect(page.locator('.task-summary li:visible a').filter({ hasText: /^(AL|RHEL)/ })).toHaveText(['RHEL 9', 'AL2023']);
        if (!phone) {
          const contents = page.getByRole('navigation', { name: 'On this page' });
          await expect(contents.locator('li:visible')).toHaveText([
            'RHEL 9',
            'AL2023',
            'Differences',
            'How this was checked',
            'Related tasks',
            'Sources',
          ]);
        }

        // A pair remembered from an earlier choice: shown, with a way to forget it; a link's own pair wins over it.

        await page.evaluate(() => localStorage.setItem('field-guide-compare', 'al2,al2023'));
        await page.goto('commands/install-package/?from=rhel8&to=rhel9');
        await expect(page.locator('section.release-variant:visible h2')).toHaveText([
          'Red Hat Enterprise Linux 8',
          'Red Hat Enterprise Linux 9',
        ]);

        await page.goto('commands/install-package/');
        await expect(page.locator('section.release-variant:visible h2')).toHaveText(['Amazon Linux 2', 'Amazon Linux 2023']);
        await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
          'Showing AL2 and AL2023 only, as you chose before (remembered in this browser). “Show all releases” forgets it.',
        );
        await expect(page.getByRole('status').filter({ hasText: 'remembered' })).toBeVisible();
        expect(new URL(page.url()).search).toBe('');
        await page.getByRole('button', { name: 'Show all releases' }).click();
        await expect(page.locator('section.release-variant:visible')).toHaveCount(9);
        expect(await page.evaluate(() => localStorage.getItem('field-guide-compare'))).toBeNull();
      });

      test('links are copied as rich text beside the URL, with visible feedback', async ({ page }) => {
        await gotoWithStoppedClock(page, 'guide/selinux/');
        const hash = page.getByRole('link', { name: 'Link to Defaults per release' });
        await hash.click();
        await expect(hash).toHaveAttribute('data-feedback', 'Link copied');
        const section = await readClipboard(page);
        expect(section.plain).toMatch(/\/guide\/selinux\/#defaults$/);
        expect(section.html).toMatch(/^<a href="[^"]*\/guide\/selinux\/#defaults">SELinux: Defaults per release<\/a>$/);

        await page.getByText('Copy link for a wiki').click();
        const copyPage = page.getByRole('button', { name: /^Copy the link to “SELinux/ });
        await copyPage.click();
        await expect(copyPage).toHaveText('Copied');
        const whole = await readClipboard(page);
        expect(whole.plain).toMatch(/\/guide\/selinux\/$/);
        expect(whole.html).toMatch(/^<a href="[^"]*\/guide\/selinux\/">SELinux · Amazon Linux ↔ RHEL Field Guide<\/a>$/);
      });

      test('statuses are worked out again on a later day, and the page says what changed since it was built', async ({ page }) => {
        await page.clock.setFixedTime(new Date('2031-01-15T12:00:00Z'));
        await page.goto('releases/al2023/');
        const builtOn = await page.locator('time[data-status-date]').getAttribute('datetime');
        test.skip(builtOn! >= '2029-06-30', 'this site was built after AL2023 reached its end of support');
        const note = page.locator('[data-status-recheck]');
        await expect(note).toContainText(`This page was built with the statuses of ${builtOn}. Worked out again for today, 2031-01-15:`);
        await expect(note).toContainText('AL2023 reached end of support on 2029-06-30, after this page was built.');
        await expect(note).toBeInViewport();
        const status = page.locator('main .status').first();
        await expect(status).toHaveText('End of life: support ended 2029-06-30');
        await expect(status).toHaveClass(/status-end-of-life/);
      });
    });
  }
}

test('the states scripts make (compare view, only differences, a status note, the wiki links open) pass axe in light and dark', async ({
  page,
}) => {
  const violations: string[] = [];
  const check = async (label: string) => {
    await page.emulateMedia({ colorScheme: 'light' });
    violations.push(...(await axeViolations(page, `${label} light`)));
    await page.emulateMedia({ colorScheme: 'dark' });
    violations.push(...(await axeViolations(page, `${label} dark`, COLOUR_RULES)));
  };
  await page.clock.setFixedTime(new Date('2031-01-15T12:00:00Z'));
  await page.goto('commands/?from=rhel9&to=al2023');
  await page.getByLabel('Only tasks whose commands differ').check();
  await check('matrix, only differences');
  await page.goto('releases/al2023/');
  await page.getByText('Copy link for a wiki').click();
  await check('release page, status note, wiki links');
  expect(violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the statuses of the build date stay, with no note', async ({ page }) => {
    await page.goto('releases/al2023/');
    const status = page.locator('main .status').first();
    // The words of the status the page was built with, matching its class.
    await expect(status).toHaveText(/^(Supported|Maintenance|End of life): /);
    expect(await status.getAttribute('class')).toContain(await status.getAttribute('data-status').then((s) => s!.replace(/ /g, '-')));
    await expect(page.locator('[data-status-recheck]')).toHaveCount(0);
  });
});

async function readClipboard(page: Page): Promise<{ plain: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
    return { plain: await text('text/plain'), html: await text('text/html') };
  });
}
