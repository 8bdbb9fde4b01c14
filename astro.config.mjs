// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { shikiConfig, codeThemeCssPlugin } from './src/lib/presentation/shiki-config.ts';
import contentReferences from './src/integrations/content-references.ts';
import searchIndex from './src/integrations/search-index.ts';
import { lazyModulesPlugin } from './src/integrations/lazy-modules.ts';
import permalinks from './src/integrations/permalinks.ts';
import previewImages from './src/integrations/preview-images.ts';
import sitemap from './src/integrations/sitemap.ts';
import markdownTwins from './src/integrations/markdown-twins.ts';
import { DATA_AS_OF } from './src/data/index.ts';
import { headingLinks } from './src/integrations/heading-links.ts';
import { SITE_URL, BASE_PATH, OUT_DIR, SITE_TITLE } from './src/core/site-config.ts';
import { THEME_INIT_HASH } from './src/lib/presentation/theme-init.ts';

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
  integrations: [contentReferences(), permalinks(), previewImages(SITE_TITLE), sitemap(), markdownTwins(DATA_AS_OF), mdx(), searchIndex()],
  vite: {
    plugins: [codeThemeCssPlugin(), lazyModulesPlugin({ search: 'src/browser/search/index.ts', compare: 'src/browser/compare.ts' })],
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly on the page (it allows no JavaScript eval);
      // without it Pagefind needs its web worker, another ~13 KB for the first search.
      scriptDirective: { hashes: [THEME_INIT_HASH], resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
