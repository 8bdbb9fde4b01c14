import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { RELEASE_IDS } from './data/index.ts';
import { SECTION_IDS } from './lib/presentation/navigation.ts';

const docs = defineCollection({
  loader: glob({ base: './content/docs', pattern: '**/*.mdx' }),
  schema: z.strictObject({
    /** The page's one h1 and the start of its <title>. */
    title: z.string().min(3),
    /** Meta description and search excerpt: one or two sentences. */
    description: z.string().min(50).max(200),
    /** Sidebar section. */
    section: z.enum(SECTION_IDS),
    /** Position inside the section, lowest first. */
    order: z.number().int(),
    /** Releases the page is mainly about; used for search filters. */
    releases: z.array(z.enum(RELEASE_IDS as [string, ...string[]])).default([]),
  }),
});

export const collections = { docs };
