/**
 * The sources a guide page cites, numbered in order of first use. Each citing component has a
 * function from its attributes to the source ids it cites (a <Cite> its ids, a <Command> the
 * task's sources, a table the sources of every fact it shows). Read from the MDX text, so the
 * numbered list is known before the page renders.
 */
import { componentTags } from './content-references.ts';
import type { Citer } from './mdx-api.ts';

export function pageCitations(body: string, citers: Readonly<Record<string, Citer>>): string[] {
  const ordered = new Set<string>();
  for (const tag of componentTags(body)) {
    const cite = citers[tag.component];
    if (!cite) continue;
    const attributes = Object.fromEntries(tag.attributes.map((a) => [a.name, a.value]));
    for (const id of cite(attributes)) ordered.add(id);
  }
  return [...ordered];
}
