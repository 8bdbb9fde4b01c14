/**
 * The facts a developer relies on most, read off the built pages and compared with the data module:
 * a page that drifts from the data, or data that loses one of these facts, fails here.
 */
import { test, expect } from './fixtures.ts';
import { getCommand, getRelease, type ReleaseId } from '../src/data/index.ts';
import { LINEAGE_RELATION_WORDS } from '../src/lib/domain/lineage-words.ts';
import { releaseFact, RELEASE_FACTS, type ReleaseFactKey } from '../src/lib/domain/release-facts.ts';
import { routes } from '../src/core/routes.ts';

/** The text a fact shows: what release-facts makes of the data, which the pages render. */
const shown = (release: ReleaseId, key: ReleaseFactKey) => {
  const { text } = releaseFact(getRelease(release), key);
  if (text === null) throw new Error(`the data no longer knows ${key} for ${release}`);
  return text;
};

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
  await expect(row.locator('td[data-release="al2"]')).toContainText(osField('al2', 'ID_LIKE')!);
  await expect(row.locator('td[data-release="al2023"]')).toContainText(osField('al2023', 'ID_LIKE')!);
});

test('AL2023 is shown as taking its components from Fedora, not as built from RHEL', async ({ page }) => {
  const relations = getRelease('al2023').lineage.relations;
  const upstream = relations.filter((r) => getRelease(r.to).family === 'fedora');
  expect(upstream.length).toBeGreaterThan(0);
  expect(relations.some((r) => getRelease(r.to).family === 'rhel' && r.kind === 'built-from')).toBe(false);
  await page.goto(routes.release('al2023'));
  const lineage = page
    .locator('section, article')
    .filter({ has: page.locator('#lineage') })
    .first();
  for (const relation of upstream) {
    await expect(lineage).toContainText(`${LINEAGE_RELATION_WORDS[relation.kind]} ${getRelease(relation.to).name}`);
  }
});

test("release pages show AL2's end of support and AL2023's end of standard support and of maintenance, as in the data", async ({
  page,
}) => {
  const cases: [ReleaseId, ReleaseFactKey][] = [
    ['al2', 'endOfStandardSupport'],
    ['al2023', 'endOfStandardSupport'],
    ['al2023', 'endOfMaintenance'],
  ];
  for (const [release, key] of cases) {
    expect(shown(release, key)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.goto(routes.release(release));
    const term = page.locator('dl.facts dt', { hasText: new RegExp(`^${RELEASE_FACTS[key].label}$`) });
    await expect(term.locator('xpath=following-sibling::dd[1]')).toContainText(shown(release, key));
  }
});

test('the SELinux defaults of AL2, AL2023 and RHEL 9 read as in the data', async ({ page }) => {
  expect([shown('al2', 'selinux'), shown('al2023', 'selinux'), shown('rhel9', 'selinux')]).toEqual(['disabled', 'permissive', 'enforcing']);
  for (const release of ['al2', 'al2023', 'rhel9'] as const) {
    await page.goto(routes.release(release));
    const term = page.locator('dl.facts dt', { hasText: /^SELinux default$/ });
    await expect(term.locator('xpath=following-sibling::dd[1]')).toContainText(shown(release, 'selinux'));
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
