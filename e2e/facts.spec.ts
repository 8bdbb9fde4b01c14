/**
 * The facts a developer relies on most, read off the built pages and compared with values written out
 * by hand from src/data (never with the code that renders them): a page that drifts from the data, or
 * data that loses or changes one of these facts, fails here.
 */
import { test, expect } from './fixtures.ts';
import { getCommand, getRelease, type ReleaseId } from '../src/data/index.ts';
import { routes } from '../src/core/routes.ts';

const osField = (release: ReleaseId, field: string) => {
  const os = getRelease(release).osRelease;
  if (!('value' in os)) throw new Error(`the data has no os-release sample for ${release}`);
  return os.value.fields[field];
};

test('the version map shows the ID_LIKE of AL2 and AL2023 from the data', async ({ page }) => {
  expect(osField('al2', 'ID_LIKE')).toBe('centos rhel fedora');
  expect(osField('al2023', 'ID_LIKE')).toBe('fedora');
  await page.goto(routes.guide('version-map'));
  const row = page.locator('tr[data-fact="idLike"]').first();
  await expect(row.locator('td[data-release="al2"] code')).toHaveText('centos rhel fedora');
  await expect(row.locator('td[data-release="al2023"] code')).toHaveText('fedora');
});

test('AL2023 is shown as taking its components from Fedora, not as built from RHEL', async ({ page }) => {
  await page.goto(routes.release('al2023'));
  const lineage = page
    .locator('section, article')
    .filter({ has: page.locator('#lineage') })
    .first();
  for (const fedora of ['Fedora 34', 'Fedora Linux 35', 'Fedora Linux 36'])
    await expect(lineage).toContainText(`takes components from ${fedora}`);
  await expect(lineage).not.toContainText('is built from Red Hat');
  await expect(lineage).not.toContainText('is built from RHEL');
});

test("release pages show AL2's end of support and AL2023's end of standard support and of maintenance, as in the data", async ({
  page,
}) => {
  const cases: [ReleaseId, 'endOfStandardSupport' | 'endOfMaintenance', string, string][] = [
    ['al2', 'endOfStandardSupport', 'End of standard support', '2026-06-30'],
    ['al2023', 'endOfStandardSupport', 'End of standard support', '2027-06-30'],
    ['al2023', 'endOfMaintenance', 'End of maintenance', '2029-06-30'],
  ];
  for (const [release, key, label, date] of cases) {
    expect(getRelease(release).lifecycle[key]).toBe(date);
    await page.goto(routes.release(release));
    const term = page.locator('dl.facts dt', { hasText: new RegExp(`^${label}$`) });
    await expect(term.locator('xpath=following-sibling::dd[1]')).toContainText(date);
  }
});

test('the SELinux defaults of AL2, AL2023 and RHEL 9 read as in the data', async ({ page }) => {
  for (const [release, mode] of [
    ['al2', 'disabled'],
    ['al2023', 'permissive'],
    ['rhel9', 'enforcing'],
  ] as const) {
    const selinux = getRelease(release).selinux;
    expect('value' in selinux && selinux.value, release).toBe(mode);
    await page.goto(routes.release(release));
    const term = page.locator('dl.facts dt', { hasText: /^SELinux default$/ });
    await expect(term.locator('xpath=following-sibling::dd[1]')).toContainText(mode);
  }
});

test('the command reference says where EPEL and amazon-linux-extras exist, as in the data', async ({ page }) => {
  const epel = getCommand('enable-epel');
  const extras = getCommand('amazon-linux-extras');
  expect([epel.variants.al2.kind, epel.variants.al2023.kind]).toEqual(['command', 'unavailable']);
  expect([extras.variants.al2.kind, extras.variants.al2023.kind, extras.variants.rhel9.kind]).toEqual([
    'command',
    'unavailable',
    'unavailable',
  ]);
  await page.goto(routes.commands());
  for (const [task, release] of [
    ['enable-epel', 'al2023'],
    ['amazon-linux-extras', 'al2023'],
    ['amazon-linux-extras', 'rhel9'],
  ] as const) {
    await expect(page.locator(`#${task}--${release}`)).toContainText('Not available.');
  }
  for (const task of [epel, extras]) {
    const variant = task.variants.al2;
    if (variant.kind !== 'command') throw new Error('unreachable');
    await expect(page.locator(`#${task.id}--al2 code`)).toContainText(variant.lines[0]!.replace(/\{\{([a-z0-9-]+)\}\}/g, '<$1>'));
  }
});
