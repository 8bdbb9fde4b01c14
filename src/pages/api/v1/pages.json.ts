import { getCollection } from 'astro:content';
import { permalinkManifest } from '../../../data/permalinks.ts';
import { jsonResponse } from '../../../lib/domain/api.ts';
import { siteManifest } from '../../../lib/presentation/site-pages.ts';

export const GET = async () => jsonResponse(siteManifest(await getCollection('docs'), permalinkManifest.redirects));
