/**
 * Checks what MDX pages name: every release, command and source id used by a component must exist
 * in src/data, and every section heading carries an explicit, unique id so its anchor never changes.
 * Astro's own reference() only logs a dangling id; this check fails the build with file and line.
 */
import type { Problem } from '../../core/problems.ts';
import { closestId } from '../../core/suggest.ts';
import { MDX_API, MDX_COMPONENT_NAMES, isMdxComponentName, type AttributeSpec, type ReferenceKind } from './mdx-api.ts';

export type { ReferenceKind };

export interface ContentReference {
  component: string;
  attribute: string;
  kind: ReferenceKind;
  id: string;
  line: number;
  column: number;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Blanks out fenced code and inline code so examples inside them are not read as components or headings. */
function withoutCode(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([a-zA-Z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})))?/g;

export interface ComponentTag {
  component: string;
  /** A bare attribute (`short`) has the value "". */
  attributes: { name: string; value: string; line: number; column: number }[];
  line: number;
  column: number;
}

/** Every capitalised (component) tag outside code, with its attributes and their positions. */
export function componentTags(text: string): ComponentTag[] {
  return [...withoutCode(text).matchAll(TAG)].map((tag) => {
    const component = tag[1]!;
    const attributesStart = tag.index + 1 + component.length;
    return {
      component,
      ...position(text, tag.index + 1),
      attributes: [...tag[2]!.matchAll(ATTRIBUTE)].map((attribute) => ({
        name: attribute[1]!,
        value: attribute[2] ?? attribute[3] ?? attribute[4] ?? '',
        ...position(text, attributesStart + attribute.index),
      })),
    };
  });
}

/** Every id-valued attribute of a known component, with its position. Expressions are reported with id "{…}". */
export function extractReferences(text: string): ContentReference[] {
  const references: ContentReference[] = [];
  for (const tag of componentTags(text)) {
    if (!isMdxComponentName(tag.component)) continue;
    const specs: Readonly<Record<string, AttributeSpec>> = MDX_API[tag.component].attributes;
    for (const attribute of tag.attributes) {
      const kind = specs[attribute.name]?.references;
      if (!kind) continue;
      const ids = attribute.value.startsWith('{') ? [attribute.value] : attribute.value.split(/\s+/).filter(Boolean);
      for (const id of ids) {
        references.push({ component: tag.component, attribute: attribute.name, kind, id, line: attribute.line, column: attribute.column });
      }
    }
  }
  return references;
}

const HEADING = /^(#{2,6})[ \t]+(.*?)[ \t]*$/gm;
const HEADING_ID = /\{#([^}\s]+)\}$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface HeadingAnchor {
  depth: number;
  id: string;
  text: string;
  line: number;
}

/** Headings of depth 2 and more with their explicit {#id}; a heading without one gets id "". */
export function extractHeadings(text: string): HeadingAnchor[] {
  const source = withoutCode(text);
  return [...source.matchAll(HEADING)].map((match) => {
    const body = match[2]!;
    const id = HEADING_ID.exec(body)?.[1] ?? '';
    return { depth: match[1]!.length, id, text: body.replace(HEADING_ID, '').trim(), line: position(text, match.index).line };
  });
}

export type KnownIds = Readonly<Record<ReferenceKind, readonly string[]>>;

const KIND_FILE: Record<ReferenceKind, string> = {
  release: 'src/data/releases.ts',
  command: 'src/data/commands.ts',
  source: 'src/data/sources.ts',
  fact: 'src/lib/domain/release-facts.ts (RELEASE_FACTS)',
  snippet: 'src/snippets/',
};

/** Tags that name no component of the MDX API, attributes it does not declare, and required attributes left out. */
function componentProblems(text: string, at: (line: number, column: number) => string): Problem[] {
  const problems: Problem[] = [];
  const suggest = (value: string, known: readonly string[]) => {
    const suggestion = closestId(value, known);
    return suggestion ? ` (did you mean "${suggestion}"?)` : '';
  };
  for (const tag of componentTags(text)) {
    const entry = `<${tag.component}> tag`;
    if (!isMdxComponentName(tag.component)) {
      problems.push({
        file: at(tag.line, tag.column),
        entry,
        field: '',
        value: tag.component,
        expected: `a component declared in src/lib/content/mdx-api.ts${suggest(tag.component, MDX_COMPONENT_NAMES)}`,
      });
      continue;
    }
    const specs: Readonly<Record<string, AttributeSpec>> = MDX_API[tag.component].attributes;
    const declared = Object.keys(specs);
    for (const attribute of tag.attributes) {
      if (declared.includes(attribute.name)) continue;
      problems.push({
        file: at(attribute.line, attribute.column),
        entry,
        field: attribute.name,
        value: attribute.value,
        expected: declared.length
          ? `one of the attributes ${declared.join(', ')}${suggest(attribute.name, declared)}`
          : 'no attributes: this component takes none',
      });
    }
    for (const [name, spec] of Object.entries(specs)) {
      if (!spec.required) continue;
      const given = tag.attributes.find((attribute) => attribute.name === name);
      if (!given)
        problems.push({ file: at(tag.line, tag.column), entry, field: name, value: undefined, expected: 'this required attribute' });
      else if (given.value.trim() === '')
        problems.push({ file: at(given.line, given.column), entry, field: name, value: given.value, expected: 'a non-empty value' });
    }
  }
  return problems;
}

export function findContentProblems(file: string, text: string, known: KnownIds): Problem[] {
  const at = (line: number, column: number) => `${file}:${line}:${column}`;
  const problems: Problem[] = componentProblems(text, at);
  for (const ref of extractReferences(text)) {
    const entry = `<${ref.component}> tag`;
    if (ref.id.startsWith('{')) {
      problems.push({
        file: at(ref.line, ref.column),
        entry,
        field: ref.attribute,
        value: ref.id,
        expected: `a literal ${ref.kind} id in quotes, so the build can check it`,
      });
      continue;
    }
    if (!known[ref.kind].includes(ref.id)) {
      const suggestion = closestId(ref.id, known[ref.kind]);
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
      problems.push({
        file: at(ref.line, ref.column),
        entry,
        field: ref.attribute,
        value: ref.id,
        expected: `a ${ref.kind} id defined in ${KIND_FILE[ref.kind]}${hint}`,
      });
    }
  }
  const seen = new Map<string, number>();
  for (const heading of extractHeadings(text)) {
    const entry = `heading "${heading.text}"`;
    if (!heading.id) {
      problems.push({
        file: at(heading.line, 1),
        entry,
        field: 'id',
        value: undefined,
        expected: 'an explicit {#some-id} at the end, so its anchor survives rewording',
      });
    } else if (!KEBAB.test(heading.id)) {
      problems.push({
        file: at(heading.line, 1),
        entry,
        field: 'id',
        value: heading.id,
        expected: 'kebab-case (a-z, 0-9, single hyphens)',
      });
    } else if (seen.has(heading.id)) {
      problems.push({
        file: at(heading.line, 1),
        entry,
        field: 'id',
        value: heading.id,
        expected: `an id not already used (line ${seen.get(heading.id)} has it)`,
      });
    } else {
      seen.set(heading.id, heading.line);
    }
  }
  return problems;
}
