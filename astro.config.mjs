// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { shikiConfig, codeThemeCssPlugin } from './src/lib/presentation/shiki-config.ts';
import contentReferences from './src/integrations/content-references.ts';
import searchIndex from './src/integrations/search-index.ts';
import { lazyModulesPlugin } from './src/integrations/lazy-modules.ts';
import builtSite from './src/integrations/built-site.ts';
import { DATA_AS_OF } from './src/data/index.ts';
import { headingLinks } from './src/integrations/heading-links.ts';
import { SITE_URL, BASE_PATH, OUT_DIR, SITE_TITLE } from './src/core/site-config.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  outDir: OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingLinks] }),
    shikiConfig,
  },
  integrations: [contentReferences(), mdx(), searchIndex(), builtSite({ siteTitle: SITE_TITLE, dataAsOf: DATA_AS_OF })],
  vite: {
    // No script or style is inlined: the CSP (src/lib/presentation/csp.ts) allows only the site's own files.
    build: { assetsInlineLimit: 0 },
    plugins: [
      codeThemeCssPlugin(),
      lazyModulesPlugin({
        search: 'src/browser/search/index.ts',
        compare: 'src/browser/compare.ts',
        'lifecycle-recheck': 'src/browser/lifecycle-recheck.ts',
      }),
    ],
  },
  devToolbar: { enabled: false },
});
