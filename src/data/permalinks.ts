/**
 * The permalink manifest (permalinks.json beside this file): every public URL and anchor of the site,
 * the redirects of moved pages and the aliases of renamed anchors. Validated on import, like the rest
 * of the data; src/built/permalinks.ts checks a build against it.
 */
import { z } from 'astro/zod';
import { ProblemsError, type Problem } from '../core/problems.ts';
import manifestJson from './permalinks.json' with { type: 'json' };

const sitePath = z.string().regex(/^\/([a-z0-9._-]+\/)*([a-z0-9._-]+\.[a-z]+)?$/, {
  error: 'a site path such as /guide/identify/ or /api/v1/releases.json (no base path)',
});
const anchorId = z.string().regex(/^[A-Za-z][\w.-]*$/, { error: 'an element id' });
const aliasKey = z
  .string()
  .regex(/^\/([a-z0-9._-]+\/)*#[A-Za-z][\w.-]*$/, { error: 'a page path and an old id, e.g. /guide/identify/#old-id' });

export const permalinkManifestSchema = z.strictObject({
  /** What this file is and how to change it, for whoever opens it. */
  about: z.string(),
  /** Every public page or document (site path without the base) and the anchors it must keep. */
  pages: z.record(sitePath, z.array(anchorId)),
  /** Old path → new path. The build turns each into a redirect page. */
  redirects: z.record(sitePath, sitePath),
  /** "<path>#<old id>" → the id on the same page that now carries the content. */
  anchorAliases: z.record(aliasKey, anchorId),
});
export type PermalinkManifest = z.infer<typeof permalinkManifestSchema>;

export const MANIFEST_FILE = 'src/data/permalinks.json';

/** Parses the manifest, or throws naming the file, the entry, the value and what was expected. */
export function parsePermalinkManifest(json: unknown, file = MANIFEST_FILE): PermalinkManifest {
  const result = permalinkManifestSchema.safeParse(json);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((issue) => {
    // A bad record key reports "Invalid key in record"; the key's own issue says what was expected.
    const keyIssue = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
    const [section = '(root)', key] = issue.path.map(String);
    return {
      file,
      entry: section,
      field: key ?? '',
      value: keyIssue ? key : valueAt(json, issue.path),
      expected: (keyIssue ?? issue).message,
    };
  });
  throw new ProblemsError('The permalink manifest', problems);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );
}

export const permalinkManifest: PermalinkManifest = parsePermalinkManifest(manifestJson);

/** The old ids that must still land on the element with `id` on the page at `path`. */
export function anchorAliasesOf(path: string, id: string): string[] {
  return Object.entries(permalinkManifest.anchorAliases)
    .filter(([key, to]) => to === id && key.startsWith(`${path}#`))
    .map(([key]) => key.slice(path.length + 1));
}
