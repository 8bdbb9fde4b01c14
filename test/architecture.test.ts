/**
 * The layers of src/, checked on every import: a room may import only rooms at its own rank or
 * below, and no file reaches itself through its imports. Ranks, lowest first:
 * core (plumbing) < data < lib (domain < search < content < presentation) < browser and built
 * < integrations and components < layouts < pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const RANKS: Readonly<Record<string, number>> = {
  'env.d.ts': 0,
  core: 0,
  data: 1,
  'lib/domain': 2,
  'lib/search': 3,
  'lib/content': 4,
  'lib/presentation': 5,
  browser: 6,
  built: 6,
  styles: 6,
  integrations: 7,
  components: 7,
  layouts: 8,
  pages: 9,
  'content.config.ts': 9,
};

const SOURCE = /\.(ts|astro|mjs)$/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.includes('.test.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function roomOf(file: string): string {
  const [, first, second] = file.split(path.sep);
  return first === 'lib' ? `lib/${second}` : first!;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((match) => path.normalize(path.join(path.dirname(file), match[1]!)))
    .filter((target) => target.startsWith(`src${path.sep}`) && SOURCE.test(target));
}

const files = sourceFiles('src');
const graph = new Map(files.map((file) => [file, importsOf(file)]));

function cycleFrom(start: string): string[] | undefined {
  const stack: string[] = [];
  const done = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    const at = stack.indexOf(file);
    if (at >= 0) return [...stack.slice(at), file];
    if (done.has(file)) return undefined;
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    done.add(file);
    return undefined;
  };
  return visit(start);
}

describe('the layers of src/', () => {
  test('the import reader sees the imports of a real file', () => {
    expect(importsOf(path.join('src', 'lib', 'domain', 'compare.ts'))).toEqual([path.join('src', 'core', 'echo.ts')]);
  });

  test('every room has a rank', () => {
    expect([...new Set(files.map(roomOf))].filter((room) => RANKS[room] === undefined)).toEqual([]);
  });

  test('no import runs back down the layers', () => {
    const backward = files.flatMap((file) =>
      (graph.get(file) ?? []).filter((target) => RANKS[roomOf(target)]! > RANKS[roomOf(file)]!).map((target) => `${file} → ${target}`),
    );
    expect(backward).toEqual([]);
  });

  test('no file reaches itself through its imports', () => {
    const cycles = files.map(cycleFrom).filter((cycle) => cycle !== undefined);
    expect(cycles.map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
