import { getCollection } from 'astro:content';
import { DATA_AS_OF } from '../data/index.ts';
import { apiRoutes, absoluteUrl, routes } from '../core/routes.ts';
import { llmsTxt } from '../lib/presentation/llms-txt.ts';
import { buildNavigation } from '../lib/presentation/navigation.ts';
import { SITE_TITLE } from '../core/site-config.ts';

export async function GET() {
  const docs = await getCollection('docs');
  const bySlug = new Map(docs.map((d) => [routes.guide(d.id), d]));
  const ordered = buildNavigation(
    docs.map((d) => ({ href: routes.guide(d.id), title: d.data.title, section: d.data.section, order: d.data.order })),
  )
    .flatMap((section) => section.pages)
    .map((page) => bySlug.get(page.href)!);
  const text = llmsTxt({
    title: SITE_TITLE,
    summary:
      'How each Amazon Linux generation (AL1, AL2, AL2023, the AL2027 preview) relates to RHEL, Fedora and CentOS, and how an admin task is done on each release, with a source for every fact.',
    details: `The guide pages below are Markdown versions of the HTML pages. The JSON documents hold the releases, the command reference and the sources; facts are either a value with source ids or an explicit "unknown". Facts checked as of ${DATA_AS_OF}. Lifecycle status is not stored: compute it from the phase dates for the day you need.`,
    sections: [
      {
        title: 'Guide',
        links: ordered.map((d) => ({ title: d.data.title, url: absoluteUrl(routes.guideMarkdown(d.id)), description: d.data.description })),
      },
      {
        title: 'Data',
        links: [
          {
            title: 'Releases (JSON)',
            url: absoluteUrl(apiRoutes.releases()),
            description:
              'Every tracked release: lifecycle dates, lineage, package manager, kernels, os-release fields, each fact with its sources.',
          },
          {
            title: 'Command reference (JSON)',
            url: absoluteUrl(apiRoutes.commands()),
            description: 'Every admin task and its exact form on each release, or why it is not available and what to use instead.',
          },
          {
            title: 'Sources (JSON)',
            url: absoluteUrl(apiRoutes.sources()),
            description: 'Every cited source with its publisher, URL and the day it was read.',
          },
          {
            title: 'Data API',
            url: absoluteUrl(routes.api()),
            description: 'What the JSON documents hold, their schemas and versioning.',
          },
        ],
      },
    ],
  });
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
