import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';
import { absoluteUrl, routes } from '../routes.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(routes.asset('sitemap.xml'))), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
