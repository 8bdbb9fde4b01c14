/**
 * Fails `astro build` (and reports in `astro dev`) when an MDX page names an unknown release,
 * command or source, or has a section heading without a stable id, and when a porting rule links to
 * a guide page or heading that does not exist. See src/lib/content/content-references.ts.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_IDS, RELEASE_IDS, SOURCE_IDS } from '../data/index.ts';
import { assertNoProblems, formatProblem, type Problem } from '../core/problems.ts';
import { PORT_RULES, portRuleGuideProblems, type GuidePage } from '../data/port-rules.ts';
import { extractHeadings, findContentProblems } from '../lib/content/content-references.ts';
import { RELEASE_FACT_KEYS } from '../lib/domain/release-facts.ts';
import { SNIPPET_DIR } from '../lib/content/snippets.ts';
import { timePhase } from '../built/build-phases.ts';

export const CONTENT_DIR = 'content/docs';

async function mdxFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export async function checkContent(root: string): Promise<Problem[]> {
  const snippets = (await readdir(path.join(root, SNIPPET_DIR)).catch(() => [])).sort();
  const known = { release: RELEASE_IDS, command: COMMAND_IDS, source: SOURCE_IDS, fact: RELEASE_FACT_KEYS, snippet: snippets };
  const problems: Problem[] = [];
  const guides: GuidePage[] = [];
  for (const file of await mdxFiles(path.join(root, CONTENT_DIR))) {
    const text = await readFile(file, 'utf8');
    problems.push(...findContentProblems(path.relative(root, file), text, known));
    guides.push({ slug: path.basename(file).replace(/\.mdx?$/, ''), headingIds: extractHeadings(text).map((heading) => heading.id) });
  }
  problems.push(...portRuleGuideProblems(PORT_RULES, guides));
  return problems;
}

export default function contentReferences(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'field-guide:content-references',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const problems = await timePhase(
          'content check (part of Astro’s setup)',
          (line) => logger.info(line),
          () => checkContent(root),
        );
        assertNoProblems(`The MDX pages in ${CONTENT_DIR}`, problems);
      },
      'astro:server:start': async ({ logger }) => {
        for (const problem of await checkContent(root)) logger.error(formatProblem(problem));
      },
    },
  };
}
