import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeInBothSchemes } from './axe.ts';
import { PORT_RULES } from '../src/data/port-rules.ts';
import { getRelease } from '../src/data/index.ts';
import { expectedStatus } from './expected-status.ts';
import { formatOsRelease } from '../src/lib/domain/os-release.ts';

const osRelease = (id: 'al2023' | 'rhel9') => {
  const fact = getRelease(id).osRelease;
  return 'value' in fact ? formatOsRelease(fact.value.fields) : '';
};
const AL2023 = osRelease('al2023');
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const SCRIPT = [
  '#!/bin/bash',
  'amazon-linux-extras install -y nginx1',
  'yum install -y epel-release ntp',
  'if [ -f /etc/redhat-release ]; then echo el; fi',
].join('\n');

/** Records every request made from now on, with its body, so a test can check none carries the input. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  return seen;
}

const status = (page: Page, attribute: string) => page.locator(`[${attribute}]`);
const statusDateOf = async (page: Page) => (await page.locator('footer time').nth(1).getAttribute('datetime'))!;

test('the tools page links to both tools', async ({ page }) => {
  await page.goto('tools/');
  await page.getByRole('link', { name: 'Identify a release' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Identify a release');
  await page.goto('tools/');
  await page.getByRole('main').getByRole('link', { name: 'Check a script for porting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a script for porting');
});

test.describe('identify a release', () => {
  test('a pasted AL2023 os-release names the release and its minor release, with status, lineage and links', async ({ page }) => {
    await page.goto('tools/identify/');
    await page.getByLabel(/^Output of/).fill(AL2023);
    await page.getByRole('button', { name: 'Identify' }).click();
    await expect(status(page, 'data-identify-status')).toHaveText('Amazon Linux 2023 (release 2023.12.20260831). Confidence: high.');
    const result = page.locator('[data-identify-result]');
    await expect(result.locator('.clues')).toContainText('ID=amzn (line 3, os-release)');
    await expect(result.locator('.clues')).toContainText('VERSION_ID=2023 (line 5, os-release)');
    const release = getRelease('al2023');
    await expect(result.locator('.status')).toHaveText(expectedStatus('al2023', await statusDateOf(page)).text);
    await expect(result).toContainText(release.lineage.summary);
    await expect(result.getByRole('link', { name: 'AL2023 release page' })).toHaveAttribute('href', /\/releases\/al2023\/$/);
    await result.getByRole('link', { name: 'AL2023 in the command reference' }).click();
    await expect(page).toHaveURL(/\/commands\/#[a-z0-9-]+--al2023$/);
  });

  test('updates while typing, and names the release from one release line', async ({ page }) => {
    await page.goto('tools/identify/');
    await page.getByLabel(/^Output of/).pressSequentially('Amazon Linux release 2 (Karoo)');
    await expect(status(page, 'data-identify-status')).toHaveText('Amazon Linux 2. Confidence: medium.');
  });

  test('contradictory input is explained, and no release is named', async ({ page }) => {
    await page.goto('tools/identify/');
    await page.getByRole('button', { name: 'Mixed-up input' }).click();
    await expect(status(page, 'data-identify-status')).toHaveText(
      /^The input contradicts itself: os-release .* says Amazon Linux 2023; the release line \(line \d+\) says Red Hat Enterprise Linux 7\.$/,
    );
    await expect(page.locator('[data-identify-result] .verdict')).toHaveText('The input contradicts itself, so no release is named.');
  });

  test('a RHEL rebuild is named as a rebuild, not as RHEL', async ({ page }) => {
    await page.goto('tools/identify/');
    await page
      .getByLabel(/^Output of/)
      .fill('NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.3"\nPLATFORM_ID="platform:el9"');
    await page.getByRole('button', { name: 'Identify' }).click();
    await expect(status(page, 'data-identify-status')).toHaveText(
      'Rocky Linux, a RHEL rebuild or derivative (not tracked here). Confidence: medium.',
    );
    await expect(page.locator('[data-identify-result]').getByRole('link', { name: 'Red Hat Enterprise Linux 9' })).toBeVisible();
  });

  test('works from the keyboard alone', async ({ page }) => {
    await page.goto('tools/identify/');
    await page.getByLabel(/^Output of/).focus();
    await page.keyboard.insertText(osRelease('rhel9'));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Identify' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(page, 'data-identify-status')).toHaveText('Red Hat Enterprise Linux 9 (release 9.6). Confidence: high.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'AL2023 os-release' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(status(page, 'data-identify-status')).toHaveText(/^Amazon Linux 2023/);
  });

  test('an injection payload is shown as text and never runs', async ({ page }) => {
    page.on('dialog', () => {
      throw new Error('a dialog opened');
    });
    await page.goto('tools/identify/');
    await page.getByLabel(/^Output of/).fill(`ID='${PAYLOAD}'\nNAME='${PAYLOAD}'\nVERSION_ID="1"\n${PAYLOAD}`);
    await page.getByRole('button', { name: 'Identify' }).click();
    // The status line quotes the value as text, cut to a few dozen characters.
    await expect(status(page, 'data-identify-status')).toContainText(PAYLOAD.slice(0, 40));
    const result = page.locator('[data-identify-result]');
    await expect(result.locator('img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('nothing typed is sent anywhere, and the address does not change', async ({ page }) => {
    await page.goto('tools/identify/');
    const url = page.url();
    const requests = recordRequests(page);
    const marker = 'MARKER7f3a9';
    await page.getByLabel(/^Output of/).pressSequentially(`ID=amzn\nVERSION_ID=2023\nPRETTY_NAME="${marker}"`);
    await page.getByRole('button', { name: 'Identify' }).click();
    await expect(status(page, 'data-identify-status')).toHaveText(/^Amazon Linux 2023/);
    await page.waitForTimeout(700);
    expect(requests.filter((r) => r.includes(marker) || r.includes('amzn'))).toEqual([]);
    expect(page.url()).toBe(url);
  });

  test('the result passes axe in the light and the dark scheme', async ({ page }) => {
    await page.goto('tools/identify/');
    await page.getByRole('button', { name: 'AL2023 os-release' }).click();
    await expect(page.locator('[data-identify-result] .status')).toBeVisible();
    expect(await axeInBothSchemes(page)).toEqual([]);
  });
});

test.describe('check a script for porting', () => {
  test('lists each finding with its line, severity, what breaks, the fix and links, for AL2023 by default', async ({ page }) => {
    await page.goto('tools/port-check/');
    await expect(page.getByRole('radio', { name: 'AL2023' })).toBeChecked();
    await page.getByLabel('Shell script, Dockerfile, cloud-init user data or Ansible tasks').fill(SCRIPT);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(status(page, 'data-port-status')).toHaveText('Read 4 lines as a script. For AL2023: 3 errors, 1 warning.');
    const extras = page.locator('.finding').filter({ hasText: 'amazon-linux-extras' }).first();
    await expect(extras.getByRole('heading')).toHaveText('Error amazon-linux-extras (1 line)');
    await expect(extras).toContainText('Line 2 amazon-linux-extras install -y nginx1');
    await expect(extras).toContainText('What breaks: AL2023 does not include amazon-linux-extras');
    await expect(extras.locator('p').filter({ hasText: 'Instead:' }).locator('code')).toHaveText('sudo dnf install spal-release');
    await expect(extras.getByRole('link', { name: /on AL2023$/ })).toHaveAttribute('href', /\/commands\/amazon-linux-extras\/#al2023$/);
    await expect(extras.getByRole('link', { name: /^Guide:/ })).toHaveAttribute('href', /\/guide\/packages\/#amazon-linux-extras$/);
    await extras.getByText('Sources').click();
    await expect(extras.locator('.finding-sources a').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(page.locator('.finding').first().locator('.severity')).toHaveText('Error');
  });

  test('choosing another target checks again and changes the findings', async ({ page }) => {
    await page.goto('tools/port-check/');
    await page.getByLabel('Shell script, Dockerfile, cloud-init user data or Ansible tasks').fill(SCRIPT);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.finding')).toHaveCount(4);
    await page.getByRole('radio', { name: 'RHEL 9' }).check();
    await expect(status(page, 'data-port-status')).toHaveText('Read 4 lines as a script. For RHEL 9: 2 errors, 1 warning.');
    await expect(page.locator('.finding h4')).toHaveText([/amazon-linux-extras/, /ntp and ntpd/, /epel-release installed by name/]);
  });

  test('works from the keyboard alone, arrow keys included', async ({ page }) => {
    await page.goto('tools/port-check/');
    await page.getByRole('button', { name: 'Load an example script' }).focus();
    await page.keyboard.press('Enter');
    await expect(status(page, 'data-port-status')).toHaveText(/^Read \d+ lines as a script\. For AL2023: /);
    await page.getByRole('radio', { name: 'AL2023' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'RHEL 9' })).toBeChecked();
    await expect(status(page, 'data-port-status')).toContainText('For RHEL 9:');
  });

  test('an injection payload is shown as text and never runs', async ({ page }) => {
    await page.goto('tools/port-check/');
    await page.getByLabel('Shell script, Dockerfile, cloud-init user data or Ansible tasks').fill(`amazon-linux-extras ${PAYLOAD}`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.finding-lines code')).toHaveText(`amazon-linux-extras ${PAYLOAD}`);
    await expect(page.locator('[data-port-result]').locator('img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('nothing typed is sent anywhere, and the address does not change', async ({ page }) => {
    await page.goto('tools/port-check/');
    const url = page.url();
    const requests = recordRequests(page);
    const marker = 'MARKER0b21c';
    await page
      .getByLabel('Shell script, Dockerfile, cloud-init user data or Ansible tasks')
      .pressSequentially(`yum install -y ntp ${marker}`);
    await page.getByRole('radio', { name: 'RHEL 10' }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(status(page, 'data-port-status')).toContainText('For RHEL 10:');
    await page.waitForTimeout(700);
    expect(requests.filter((r) => r.includes(marker) || r.includes('ntp'))).toEqual([]);
    expect(page.url()).toBe(url);
  });

  test('the findings pass axe in the light and the dark scheme', async ({ page }) => {
    await page.goto('tools/port-check/');
    await page.getByRole('button', { name: 'Load an example script' }).click();
    await expect(page.locator('.finding').first()).toBeVisible();
    expect(await axeInBothSchemes(page)).toEqual([]);
  });
});

test('both tools fit a 360 px wide screen with a result shown', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('tools/identify/');
  await page.getByRole('button', { name: 'AL2023 os-release' }).click();
  await expect(page.locator('[data-identify-result] .status')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goto('tools/port-check/');
  await page.getByRole('button', { name: 'Load an example script' }).click();
  await expect(page.locator('.finding').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the identify page hides the form and explains how to read the files by hand', async ({ page }) => {
    await page.goto('tools/identify/');
    await expect(page.getByText('The identifier needs JavaScript.')).toBeVisible();
    await expect(page.locator('[data-identify-form]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Identify a system by hand' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'os-release values and release files by release' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="by-hand"]').getByText('cat /etc/os-release').first()).toBeVisible();
  });

  test('the port-check page hides the form and lists every rule with a grep command', async ({ page }) => {
    await page.goto('tools/port-check/');
    await expect(page.getByText('The checker needs JavaScript.')).toBeVisible();
    await expect(page.locator('[data-port-form]')).toBeHidden();
    await expect(page.locator('section.rule')).toHaveCount(PORT_RULES.length);
    await expect(page.locator('.grep-command')).toContainText("grep -nE 'amazon-linux-extras|epel|");
  });
});
