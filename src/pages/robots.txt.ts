import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/presentation/sitemap.ts';
import { absoluteUrl, routes } from '../core/routes.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(routes.sitemap())), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
