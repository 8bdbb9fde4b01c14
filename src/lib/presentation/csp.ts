/**
 * The Content-Security-Policy every page carries in a <meta> element, ahead of any script. Scripts
 * come from the site's own files, plus the inline scripts whose hashes are listed; nothing else runs.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly on the page (it allows no JavaScript eval;
 * without it Pagefind needs its web worker, another ~13 KB for the first search).
 */
const directives = (inlineScriptHashes: readonly string[]) => [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(' '),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy of a page whose only inline scripts are the ones with these hashes ("sha256-…"). */
export const contentSecurityPolicy = (inlineScriptHashes: readonly string[]): string => directives(inlineScriptHashes).join('; ');
