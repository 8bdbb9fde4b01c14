/**
 * A Vite plugin that gives page scripts the URL of a module to load later, instead of a
 * bundler-managed dynamic import: Vite wraps every dynamic import in a preload helper of about
 * 0.8 KB gzip, which every page would carry although these modules load only on intent.
 * `import url from 'virtual:lazy-module/<name>'`, then `import(/* @vite-ignore *\/ url)` when needed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:lazy-module/';

export function lazyModulesPlugin(modules: Record<string, string>): Plugin {
  let serving = false;
  const entry = (name: string) => {
    const file = modules[name];
    if (!file) throw new Error(`${PREFIX}${name}: no such lazy module; known: ${Object.keys(modules).join(', ')}`);
    return fileURLToPath(new URL(file, new URL('../../', import.meta.url)));
  };
  return {
    name: 'field-guide:lazy-modules',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const file = entry(id.slice(PREFIX.length + 1));
      // The dev server compiles modules on request, under the base path.
      if (serving) return `export default import.meta.env.BASE_URL + ${JSON.stringify(`@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file, name: path.basename(file, '.ts'), preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
