/**
 * Everything search does on a page, as one module that the page script loads on intent (see
 * src/browser/enhance.ts). It is emitted as its own bundle and imported by URL, so the page script
 * carries no module-preload helper (src/integrations/lazy-modules.ts).
 */
export { openSearch } from './dialog.ts';
export { loadSearchEngine } from './engine.ts';
export { markSearchTerms } from './landing.ts';
