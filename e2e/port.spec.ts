import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { test, expect } from './fixtures.ts';
import { clipboardText } from './clipboard.ts';
import { gotoWithStoppedClock } from './clock.ts';
import { commands } from '../src/data/index.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PAGE = 'port/rhel9-to-al2023/';
const EPEL = 'Enable EPEL (Extra Packages for Enterprise Linux)';

test('the listing puts the common moves first and links a page for each of the 72 moves', async ({ page }) => {
  await page.goto('port/');
  const common = page.locator('#common-caption').locator('xpath=..').locator('tbody th a');
  await expect(common).toHaveText([
    'CentOS 7 → AL2023',
    'RHEL 7 → AL2023',
    'RHEL 8 → AL2023',
    'RHEL 9 → AL2023',
    'CentOS Stream 9 → AL2023',
    'AL2 → AL2023',
    'AL2023 → RHEL 9',
    'AL2023 → RHEL 10',
  ]);
  // 9 releases in the command reference, each to the 8 others.
  await expect(page.locator('table.port-index tbody th a')).toHaveCount(72);
  await common.nth(3).click();
  await expect(page).toHaveURL(/\/port\/rhel9-to-al2023\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moving from RHEL 9 to AL2023');
});

test('CentOS 7 → AL2023 shows CentOS 7 commands resolved from RHEL 7, said to be the same, with their differences', async ({ page }) => {
  await page.goto('port/centos7-to-al2023/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moving from CentOS 7 to AL2023');
  const install = page.locator('#task-install-package');
  await expect(install).toContainText('sudo yum install');
  await expect(install).toContainText('sudo dnf install');
  await expect(install.getByRole('link', { name: 'RHEL 7' })).toHaveAttribute('href', /\/commands\/install-package\/#rhel7$/);
  await expect(install).toContainText('Same as RHEL 7, except:');
  await expect(install).toContainText('vault.centos.org');
  await expect(page.locator('tr#fact-osId')).toContainText('centos');
});

test('a move lists what breaks, with both commands, and the platform facts that change', async ({ page }) => {
  await page.goto(PAGE);
  const breaks = page.locator('section.port-group').filter({ has: page.locator('h2#breaks') });
  const epel = breaks.locator('#task-enable-epel');
  await expect(epel.getByRole('heading', { level: 3 })).toHaveText(EPEL);
  await expect(epel).toContainText('On RHEL 9');
  await expect(epel).toContainText('codeready-builder-for-rhel-9');
  await expect(epel).toContainText('Not available.');
  await expect(epel.getByRole('link', { name: 'In the command reference' })).toHaveAttribute('href', /\/commands\/#enable-epel--al2023$/);
  const selinux = page.locator('tr#fact-selinux');
  await expect(selinux).toContainText('enforcing');
  await expect(selinux).toContainText('permissive');
  await expect(selinux.locator('.port-severity')).toHaveText('Behaves differently');
  await expect(page.locator('tr#fact-redhatRelease .port-severity')).toHaveText('Breaks');
  // Every fact and task is counted once: 12 platform facts and every task of the command reference.
  const counts = await page.locator('.port-counts strong').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(12 + commands.length);
  await expect(page.locator('.port-status')).toContainText('Supported');
});

const CHECKLISTS = [
  { name: 'Markdown task list', start: '## Porting checklist: RHEL 9 → AL2023', item: `- [ ] **${EPEL}**: RHEL 9: ` },
  {
    name: 'Jira wiki markup',
    start: 'h2. Porting checklist: RHEL 9 → AL2023',
    item: `* *Enable EPEL (Extra Packages for Enterprise Linux)*: RHEL 9: `,
  },
  {
    name: 'Confluence wiki markup',
    start: 'h2. Porting checklist: RHEL 9 → AL2023',
    item: `[] *Enable EPEL (Extra Packages for Enterprise Linux)*: RHEL 9: `,
  },
];

for (const checklist of CHECKLISTS) {
  test(`the checklist copies as ${checklist.name}, with the page URL and the as-of date`, async ({ page }) => {
    await gotoWithStoppedClock(page, PAGE);
    const button = page.getByRole('button', { name: `Copy the checklist as ${checklist.name}` });
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await clipboardText(page);
    expect(copied.startsWith(`${checklist.start}\n`)).toBe(true);
    expect(copied).toMatch(/data as of \d{4}\\?-\d{2}\\?-\d{2}/);
    expect(copied).toContain('/port/rhel9-to-al2023/');
    expect(copied).toContain(checklist.item);
    expect(copied).not.toContain('Same (');
  });
}

test('the JSON twin validates against its published schema and agrees with the page', async ({ page, request }) => {
  await page.goto(PAGE);
  const href = await page.locator('link[rel="alternate"][type="application/json"]').getAttribute('href');
  expect(href).toMatch(/\/api\/v1\/port\/rhel9-to-al2023\.json$/);
  const document = await (await request.get(href!)).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(await (await request.get(document.$schema.replace(/^https?:\/\/[^/]+/, ''))).json());
  expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
  expect(validate({ ...document, counts: { ...document.counts, breaks: -1 } })).toBe(false);
  const epel = document.tasks.find((task: { id: string }) => task.id === 'enable-epel');
  expect(epel).toMatchObject({ severity: 'breaks', rule: 'unavailable-on-target', to: { kind: 'unavailable' } });
  const shown = await page.locator('.port-counts strong').allTextContents();
  expect(shown.map(Number)).toEqual([
    document.counts.breaks,
    document.counts.differs,
    document.counts['new-command'],
    document.counts.unknown,
    document.counts.same,
  ]);
});

test('the compare view, the release pages and the script check lead to the move', async ({ page }) => {
  await page.goto('commands/');
  await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('al2');
  await page.getByRole('combobox', { name: 'to', exact: true }).selectOption('al2023');
  await page.getByRole('link', { name: 'The porting page for this move' }).click();
  await expect(page).toHaveURL(/\/port\/al2-to-al2023\/$/);

  await page.goto('releases/al2023/');
  await page.locator('#porting').scrollIntoViewIfNeeded();
  await page.getByRole('link', { name: 'RHEL 8 → AL2023' }).click();
  await expect(page).toHaveURL(/\/port\/rhel8-to-al2023\/$/);

  await page.goto('tools/port-check/');
  await page
    .getByLabel('Shell script, Dockerfile, cloud-init user data or Ansible tasks')
    .fill('sudo amazon-linux-extras install -y nginx1\n');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('.port-moves-links').getByRole('link', { name: 'AL2 → AL2023' }).click();
  await expect(page).toHaveURL(/\/port\/al2-to-al2023\/$/);
});

test('the compare view refuses a release compared with itself', async ({ page }) => {
  await page.goto('commands/');
  await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('al2');
  await page.getByRole('combobox', { name: 'to', exact: true }).selectOption('al2');
  await expect(page.locator('[data-compare-status]')).toHaveText('Pick two different releases to compare.');
  await expect(page.getByRole('link', { name: 'The porting page for this move' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the move reads in full and each checklist opens as text', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('#task-enable-epel')).toBeVisible();
    await expect(page.locator('tr#fact-selinux')).toBeVisible();
    await expect(page.locator('.copy-button')).toHaveCount(0);
    const response = await page.request.get((await page.getByRole('link', { name: 'Markdown task list' }).getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toContain('text/markdown');
    expect(await response.text()).toContain(`- [ ] **${EPEL}**`);
  });
});

test('the page prints without its controls and with every task', async ({ page }) => {
  await page.goto(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#checklist')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('#task-enable-epel')).toBeVisible();
});

test.describe('the script check', () => {
  test('asks for the target first, brings the findings into view and copies them as a checklist', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('tools/port-check/');
    const picker = page.getByRole('group', { name: 'Target release' });
    const input = page.getByLabel('Shell script, Dockerfile, cloud-init user data or Ansible tasks');
    expect((await picker.boundingBox())!.y).toBeLessThan((await input.boundingBox())!.y);
    await input.fill(
      "sudo sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config\npip3 install --user awscli\nsudo service httpd restart\n",
    );
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Findings' })).toBeInViewport();
    await expect(page.locator('.finding h4')).toHaveText([
      /^Error SELINUX=disabled in \/etc\/selinux\/config/,
      /^Warning AWS CLI version 1 from pip/,
      /^Note service and chkconfig/,
    ]);
    await page.getByRole('button', { name: 'Copy findings as a checklist' }).click();
    await expect.poll(async () => (await clipboardText(page)).split('\n')[0]).toBe('## Porting to AL2023: 3 findings');
    const copied = await clipboardText(page);
    expect(copied).toContain('- [ ] **SELINUX=disabled in /etc/selinux/config** (error, line 1): ');
    expect(copied).toContain('grubby --update-kernel ALL --args selinux=0');
  });
});
