import { test, expect } from './fixtures.ts';
import { clipboardText } from './clipboard.ts';
import { gotoWithStoppedClock } from './clock.ts';
import { COMMAND_RELEASES, commands } from '../src/data/index.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Written out by hand from src/data/commands.ts, so the copy is not checked against the code that makes it. */
const AL2023_KERNEL_HEADERS = [
  'v=$(uname -r | cut -d. -f1,2); if [ "$v" = 6.1 ]; then p=kernel; else p=kernel$v; fi',
  'sudo dnf install "${p}-devel-$(uname -r)" "${p}-headers-$(uname -r)"',
].join('\n');

test('the matrix lists every task with a column for every tracked release', async ({ page }) => {
  await page.goto('commands/');
  await expect(page.locator('table.command-matrix tbody tr')).toHaveCount(commands.length);
  const firstHead = page.locator('table.command-matrix').first().locator('thead th');
  await expect(firstHead).toHaveText([
    'Task',
    /^AL1/,
    /^AL2/,
    /^AL2023/,
    /^RHEL 7/,
    /^RHEL 8/,
    /^RHEL 9/,
    /^RHEL 10/,
    /^CentOS 7/,
    /^CentOS Stream 9/,
  ]);
});

test('a CentOS variant declared the same as RHEL shows the resolved command and says so', async ({ page }) => {
  await page.goto('commands/install-package/');
  const centos = page.locator('section[data-release="centos7"]');
  await expect(centos.locator('pre, code').first()).toContainText('sudo yum install');
  await expect(centos).toContainText('Same as RHEL 7, except:');
  await expect(centos).toContainText('vault.centos.org');
  await centos.getByRole('link', { name: 'RHEL 7', exact: true }).click();
  await expect(page).toHaveURL(/#rhel7$/);
  await page.goto('commands/');
  const cell = page.locator('#install-package--centos7');
  await expect(cell).toContainText('Same as RHEL 7; one difference');
});

test('a copy button copies exactly the command lines and announces it', async ({ page }) => {
  await gotoWithStoppedClock(page, 'commands/install-kernel-headers/');
  const section = page.locator('section[data-release="al2023"]');
  const button = section.getByRole('button', { name: 'Copy the AL2023 command' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copied');
  await page.clock.runFor(100);
  await expect(page.locator('[data-copy-status]')).toHaveText('Copied');
  await page.clock.runFor(2_500);
  await expect(button).toHaveText('Copy');
  await expect.poll(() => clipboardText(page)).toBe(AL2023_KERNEL_HEADERS);
});

test('placeholders are marked in the snippet and copied as <name>', async ({ page }) => {
  await page.goto('commands/install-package/');
  const section = page.locator('section[data-release="rhel9"]');
  await expect(section.locator('var.placeholder').first()).toHaveText('<package>');
  await section.getByRole('button', { name: /Copy/ }).click();
  await expect.poll(() => clipboardText(page)).toContain('<package>');
});

test('a task anchor on the matrix lands on and highlights its row', async ({ page }) => {
  await page.goto('commands/#install-kernel-headers');
  const row = page.locator('tr#install-kernel-headers');
  await expect(row).toBeInViewport();
  expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
  const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a task × release anchor lands on that release and its copy-link control copies the URL', async ({ page }) => {
  await page.goto('commands/install-kernel-headers/#al2023');
  await expect(page.locator('h2#al2023')).toBeInViewport();
  await page.getByRole('link', { name: /Link to .* on AL2023/ }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
  await expect.poll(() => clipboardText(page)).toMatch(/\/commands\/install-kernel-headers\/#al2023$/);
});

test('the from → to selector narrows every table, from first, lives in the URL and is remembered on later pages', async ({ page }) => {
  await page.goto('commands/');
  await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('rhel9');
  await page.getByRole('combobox', { name: 'to', exact: true }).selectOption('al2023');
  await expect(page).toHaveURL(/\?from=rhel9&to=al2023$/);
  const head = page.locator('table.command-matrix').first().locator('thead th:visible');
  await expect(head).toHaveText(['Task', /^RHEL 9/, /^AL2023/]);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing RHEL 9 and AL2023 only, RHEL 9 first.');

  // Remembered, and said so; the later page's own address is left as it was.
  await page.goto('commands/install-package/');
  await expect(page.locator('section.release-variant:visible')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'remembered in this browser' })).toBeVisible();
  await expect(page).not.toHaveURL(/from=/);

  await page.getByRole('button', { name: 'Show all releases' }).click();
  await expect(page.locator('section.release-variant:visible')).toHaveCount(COMMAND_RELEASES.length);
  await expect(page).not.toHaveURL(/from=/);
});

test('a pasted compare link reproduces the view, and a bad one says why', async ({ page }) => {
  await page.goto('commands/?from=al2&to=rhel10');
  await expect(page.locator('table.command-matrix').first().locator('thead th:visible')).toHaveText(['Task', /^AL2/, /^RHEL 10/]);
  await page.goto('commands/?from=rhel11&to=<b>x</b>');
  await expect(page.getByRole('status').filter({ hasText: 'link names' })).toHaveText(
    'The link names “rhel11” and “<b>x</b>”, which are not releases in this table; showing every release.',
  );
  await expect(page.locator('table.command-matrix').first().locator('thead th:visible')).toHaveCount(COMMAND_RELEASES.length + 1);
});

test('end-of-life columns can be hidden, and show again', async ({ page }) => {
  await page.goto('commands/');
  const eol = page.locator('table.command-matrix').first().locator('thead th.is-eol');
  await expect(eol.first()).toBeVisible();
  await page.getByLabel(/Hide releases at end of life/).check();
  await expect(eol.first()).toBeHidden();
  await page.getByLabel(/Hide releases at end of life/).uncheck();
  await expect(eol.first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('commands stay selectable text, every release shows, and no copy or compare control is offered', async ({ page }) => {
    await page.goto('commands/install-kernel-headers/?from=rhel9&to=al2023');
    await expect(page.locator('section.release-variant')).toHaveCount(9);
    for (const section of await page.locator('section.release-variant').all()) await expect(section).toBeVisible();
    await expect(page.locator('.copy-button')).toHaveCount(0);
    await expect(page.locator('[data-compare-form]')).toBeHidden();
    await expect(page.locator('section[data-release="al2023"] pre')).toContainText(AL2023_KERNEL_HEADERS.split('\n')[0]!);
  });

  test('the end-of-life toggle still works', async ({ page }) => {
    await page.goto('commands/');
    await page.getByLabel(/Hide releases at end of life/).check();
    await expect(page.locator('table.command-matrix').first().locator('thead th.is-eol').first()).toBeHidden();
  });
});
