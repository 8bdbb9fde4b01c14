/**
 * Linking from wikis: heading links, "copy for wiki", the data API, Markdown twins, llms.txt and
 * redirects. Also run against the base-path build (npm run test:base-path), so every URL here
 * comes from the site's own route helpers.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { test, expect } from './fixtures.ts';
import { clipboardText } from './clipboard.ts';
import { gotoWithStoppedClock } from './clock.ts';
import { COMMAND_IDS, COMMAND_RELEASES, RELEASE_IDS } from '../src/data/index.ts';
import { API_SCHEMA_NAMES, type ApiSchemaName } from '../src/lib/domain/api.ts';
import { absoluteUrl, apiRoutes, routes } from '../src/core/routes.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** zod writes `format: "uri"` for URLs; the formats plugin checks it instead of ignoring it. */
function schemaValidator(options: { allErrors?: boolean }) {
  const ajv = new Ajv2020({ strict: false, ...options });
  addFormats.default(ajv);
  return ajv;
}

/** A list of entries whose ids are exactly the data's ids, in the data's order. */
const sameIds = (list: unknown, ids: readonly string[]) =>
  Array.isArray(list) && JSON.stringify(list.map((entry: { id: string }) => entry.id)) === JSON.stringify(ids);

/** Each document the API publishes, with the entry it must name; listed from the data's ids, not by the serialiser. */
const documents: { path: string; schema: ApiSchemaName; names: (document: Record<string, unknown>) => boolean }[] = [
  { path: apiRoutes.releases(), schema: 'releases', names: (d) => sameIds(d['releases'], RELEASE_IDS) },
  { path: apiRoutes.commands(), schema: 'commands', names: (d) => sameIds(d['commands'], COMMAND_IDS) },
  { path: apiRoutes.sources(), schema: 'sources', names: (d) => Array.isArray(d['sources']) && d['sources'].length > 0 },
  ...RELEASE_IDS.map((id) => ({
    path: apiRoutes.release(id),
    schema: 'release' as const,
    names: (d: Record<string, unknown>) => (d['release'] as { id: string }).id === id,
  })),
  ...COMMAND_IDS.map((id) => ({
    path: apiRoutes.command(id),
    schema: 'command' as const,
    names: (d: Record<string, unknown>) => (d['command'] as { id: string }).id === id,
  })),
  ...COMMAND_RELEASES.flatMap((from) =>
    COMMAND_RELEASES.filter((to) => to !== from).map((to) => ({
      path: apiRoutes.port(from, to),
      schema: 'port' as const,
      names: (d: Record<string, unknown>) => d['from'] === from && d['to'] === to,
    })),
  ),
];

test('every JSON document answers, names its entry and validates against its published schema', async ({ request }) => {
  const ajv = schemaValidator({ allErrors: true });
  for (const name of API_SCHEMA_NAMES) {
    const response = await request.get(apiRoutes.schema(name));
    expect(response.ok(), apiRoutes.schema(name)).toBe(true);
    ajv.addSchema(await response.json(), name);
  }
  for (const { path, schema, names } of documents) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    expect(response.headers()['content-type']).toContain('application/json');
    const served = (await response.json()) as Record<string, unknown>;
    expect(names(served), path).toBe(true);
    const validate = ajv.getSchema(schema)!;
    expect(validate(served), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
});

test('the documents carry the facts of the data, written out here by hand', async ({ request }) => {
  const release = await (await request.get(apiRoutes.release('al2023'))).json();
  expect(release.release.lifecycle).toMatchObject({ ga: '2023-03-15', endOfStandardSupport: '2027-06-30', endOfMaintenance: '2029-06-30' });
  expect(release.release.osRelease.value.fields.ID_LIKE).toBe('fedora');
  const command = await (await request.get(apiRoutes.command('install-kernel-headers'))).json();
  expect(command.command.variants.rhel7).toMatchObject({
    kind: 'command',
    lines: ['sudo yum install "kernel-devel-$(uname -r)" "kernel-headers-$(uname -r)"'],
  });
  const move = await (await request.get(apiRoutes.port('rhel9', 'al2023'))).json();
  expect(move.tasks.find((task: { id: string }) => task.id === 'enable-epel')).toMatchObject({
    severity: 'breaks',
    to: { kind: 'unavailable' },
  });
  expect(move.facts.find((fact: { key: string }) => fact.key === 'redhatRelease')).toMatchObject({
    severity: 'breaks',
    from: { text: 'present' },
    to: { text: 'absent' },
  });
  expect(move.links.html).toBe(absoluteUrl(routes.port('rhel9', 'al2023')));
});

test('the published schemas reject a document that breaks them', async ({ request }) => {
  const ajv = schemaValidator({});
  const validate = ajv.compile(await (await request.get(apiRoutes.schema('release'))).json());
  const document = await (await request.get(apiRoutes.release('al2023'))).json();
  expect(validate(document)).toBe(true);
  expect(validate({ ...document, release: { ...document.release, family: 'debian' } })).toBe(false);
  expect(validate({ ...document, dataAsOf: 'yesterday' })).toBe(false);
});

test('release and task pages announce their JSON twin, and link to it under the content', async ({ page }) => {
  for (const [pagePath, json] of [
    [routes.release('al2'), apiRoutes.release('al2')],
    [routes.command('selinux-status'), apiRoutes.command('selinux-status')],
    [routes.releases(), apiRoutes.releases()],
    [routes.commands(), apiRoutes.commands()],
  ] as const) {
    await page.goto(pagePath);
    await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute('href', json);
    const link = page.getByRole('link', { name: /as JSON$/ });
    await expect(link).toHaveAttribute('href', json);
    const response = await page.request.get(json);
    expect(response.ok()).toBe(true);
  }
});

test('the # beside a guide heading links to the section and copies its full address', async ({ page }) => {
  await page.goto(routes.guide('identify'));
  const heading = page.getByRole('heading', { level: 2, name: 'The os-release fields that matter' });
  await expect(heading).toHaveAccessibleName('The os-release fields that matter');
  await page.getByRole('link', { name: 'Link to The os-release fields that matter' }).click();
  await expect(page).toHaveURL(/\/guide\/identify\/#os-release$/);
  await expect.poll(() => clipboardText(page)).toBe(`${new URL(page.url()).origin}${routes.guide('identify')}#os-release`);
  await expect(page.getByText('Link copied')).toBeAttached();
  await expect(heading).toBeInViewport();
});

test('"Copy link for a wiki" gives the link as Markdown, Confluence, MediaWiki and HTML', async ({ page }) => {
  const title = 'Amazon Linux 2023 · Amazon Linux ↔ RHEL Field Guide';
  const url = absoluteUrl(routes.release('al2023'));
  await page.goto(routes.release('al2023'));
  await page.getByText('Copy link for a wiki').click();
  for (const [name, expected] of [
    ['Markdown', `[${title}](${url})`],
    ['Confluence wiki markup', `[${title}|${url}]`],
    ['MediaWiki', `[${url} ${title}]`],
    ['HTML', `<a href="${url}">${title}</a>`],
  ] as const) {
    await page.getByRole('button', { name: new RegExp(`^Copy the link as ${name}`) }).click();
    await expect.poll(() => clipboardText(page)).toBe(expected);
  }
});

test('without JavaScript the wiki snippets are still there to select', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(routes.command('install-package'));
  await page.getByText('Copy link for a wiki').click();
  await expect(
    page.getByText(`[Install a package · Amazon Linux ↔ RHEL Field Guide|${absoluteUrl(routes.command('install-package'))}]`),
  ).toBeVisible();
  await context.close();
});

test('each guide page has a Markdown twin that says what the page says, with absolute links', async ({ page, request }) => {
  await page.goto(routes.guide('identify'));
  const twin = page.locator('link[rel="alternate"][type="text/markdown"]');
  await expect(twin).toHaveAttribute('href', routes.guideMarkdown('identify'));
  const response = await request.get(routes.guideMarkdown('identify'));
  expect(response.headers()['content-type']).toContain('text/markdown');
  const markdown = await response.text();
  expect(markdown.startsWith('# Identify a system\n')).toBe(true);
  expect(markdown).toContain('## The os-release fields that matter');
  expect(markdown).toContain(`(${absoluteUrl(routes.release('al2023'))})`);
  expect(markdown).not.toMatch(/\]\((?!https:\/\/)/);
  expect(markdown).not.toContain('Copy link');
});

test('llms.txt lists every guide twin and the data, and each listed URL answers', async ({ request }) => {
  const text = await (await request.get(routes.asset('llms.txt'))).text();
  const urls = [...text.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1]!);
  expect(urls).toContain(absoluteUrl(routes.guideMarkdown('overview')));
  expect(urls).toContain(absoluteUrl(apiRoutes.commands()));
  for (const url of urls) {
    const path = new URL(url).pathname;
    expect((await request.get(path)).ok(), path).toBe(true);
  }
});

test('a moved page redirects to its new address', async ({ page }) => {
  await page.goto(routes.asset('guide/'));
  await expect(page).toHaveURL(new RegExp(`${routes.guide('overview')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
});

test('robots.txt points to a sitemap that lists the pages', async ({ request }) => {
  const robots = await (await request.get(routes.asset('robots.txt'))).text();
  expect(robots).toContain(`Sitemap: ${absoluteUrl(routes.asset('sitemap.xml'))}`);
  const sitemap = await (await request.get(routes.asset('sitemap.xml'))).text();
  for (const path of [routes.home(), routes.guide('identify'), routes.release('al2023'), routes.command('install-package')]) {
    expect(sitemap).toContain(`<loc>${absoluteUrl(path)}</loc>`);
  }
  expect(sitemap).not.toContain(`<loc>${absoluteUrl(routes.asset('guide/'))}</loc>`);
});

test('the # beside a heading shows "Link copied" next to itself for a moment, without changing its name', async ({ page }) => {
  await gotoWithStoppedClock(page, routes.guide('identify'));
  const link = page.getByRole('link', { name: 'Link to The os-release fields that matter' });
  await link.click();
  await expect(link).toHaveAttribute('data-feedback', 'Link copied');
  await expect.poll(() => link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('Link copied');
  await expect(link).toHaveAccessibleName('Link to The os-release fields that matter');
  await page.clock.runFor(5_000);
  await expect(link).not.toHaveAttribute('data-feedback');
});
