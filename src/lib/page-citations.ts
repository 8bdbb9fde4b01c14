/**
 * The sources a guide page cites, numbered in order of first use: <Cite> ids, the sources of each
 * <ReleaseFact>, and the sources of each <Command>. Read from the MDX text, so the list is known
 * before the page renders.
 */
import { extractReferences } from './content-references.ts';

export interface CitationLookup {
  commandSources(id: string): readonly string[];
  factSources(release: string, fact: string): readonly string[];
}

const TAG_WITH_ATTRIBUTES = /<(ReleaseFact|Command|Cite)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([a-zA-Z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function pageCitations(body: string, lookup: CitationLookup): string[] {
  const ordered: string[] = [];
  const add = (ids: readonly string[]) => {
    for (const id of ids) if (!ordered.includes(id)) ordered.push(id);
  };
  const tags = [...body.matchAll(TAG_WITH_ATTRIBUTES)];
  const known = new Set(extractReferences(body).map((r) => `${r.line}:${r.component}`));
  for (const tag of tags) {
    const line = body.slice(0, tag.index).split('\n').length;
    if (!known.has(`${line}:${tag[1]}`)) continue; // inside code, or not a real component use
    const attributes = Object.fromEntries([...tag[2]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2] ?? a[3] ?? '']));
    if (tag[1] === 'Cite') add((attributes['id'] ?? '').split(/\s+/).filter(Boolean));
    if (tag[1] === 'Command' && attributes['id']) add(lookup.commandSources(attributes['id']));
    if (tag[1] === 'ReleaseFact' && attributes['release'] && attributes['fact']) add(lookup.factSources(attributes['release'], attributes['fact']));
  }
  return ordered;
}
