import type { APIRoute } from 'astro';
import { robotsTxt } from '../built/sitemap.ts';
import { absoluteUrl, routes } from '../core/routes.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(routes.asset('sitemap.xml'))), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
