import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../core/problems.ts';
import { extractHeadings, extractReferences, findContentProblems } from './content-references.ts';

const known = {
  release: ['al2023', 'rhel9'],
  command: ['install-package', 'selinux-status'],
  source: ['aws-al2023-epel'],
  fact: ['idLike', 'selinux'],
  snippet: ['identify-release.sh'],
};

function problems(text: string): string[] {
  return findContentProblems('content/docs/page.mdx', text, known).map(formatProblem);
}

describe('extractReferences', () => {
  test('finds ids in known components with their line and column', () => {
    const text = 'Intro\n\nSee <Release id="al2023" /> and <Command id="install-package" from="rhel9" to="al2023" />.\n';
    expect(extractReferences(text).map((r) => [r.component, r.attribute, r.id, r.line])).toEqual([
      ['Release', 'id', 'al2023', 3],
      ['Command', 'id', 'install-package', 3],
      ['Command', 'from', 'rhel9', 3],
      ['Command', 'to', 'al2023', 3],
    ]);
  });

  test('reads several source ids from one Cite', () => {
    expect(extractReferences('<Cite id="a b  c" />').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  test('ignores components shown inside code', () => {
    const text = 'Use `<Release id="nope" />` like this:\n\n```mdx\n<Command id="also-nope" />\n```\n';
    expect(extractReferences(text)).toEqual([]);
  });
});

describe('findContentProblems', () => {
  test('accepts known ids and headings with explicit ids', () => {
    expect(problems('## Install {#install}\n\n<Command id="install-package" />\n')).toEqual([]);
  });

  test('names the file, line, component and unknown command, with a suggestion', () => {
    expect(problems('## A {#a}\n\n<Command id="install-packages" />\n')).toEqual([
      'content/docs/page.mdx:3:10 › <Command> tag › id = "install-packages": expected a command id defined in src/data/commands.ts (did you mean "install-package"?)',
    ]);
  });

  test('reports unknown releases and sources', () => {
    expect(problems('<Release id="rhel11" /> <Cite id="aws-epel" />')).toEqual([
      'content/docs/page.mdx:1:10 › <Release> tag › id = "rhel11": expected a release id defined in src/data/releases.ts (did you mean "rhel9"?)',
      'content/docs/page.mdx:1:31 › <Cite> tag › id = "aws-epel": expected a source id defined in src/data/sources.ts',
    ]);
  });

  test('names a tag that is no component of the MDX API, with a suggestion', () => {
    expect(problems('Text <Comand id="install-package" /> and <Release id="al2023" short />.')).toEqual([
      'content/docs/page.mdx:1:7 › <Comand> tag › "Comand": expected a component declared in src/lib/content/mdx-api.ts (did you mean "Command"?)',
    ]);
  });

  test('names an attribute the component does not declare, and a required one left out or empty', () => {
    expect(problems('<Command id="install-package" form="rhel9" />\n<FactTable releases="al2023" facts="" />')).toEqual([
      'content/docs/page.mdx:1:31 › <Command> tag › form = "rhel9": expected one of the attributes id, from, to (did you mean "from"?)',
      'content/docs/page.mdx:2:30 › <FactTable> tag › facts = "": expected a non-empty value',
      'content/docs/page.mdx:2:2 › <FactTable> tag › caption = (missing): expected this required attribute',
    ]);
  });

  test('rejects expressions, which the build cannot check', () => {
    expect(problems('<Release id={someId} />')).toEqual([
      'content/docs/page.mdx:1:10 › <Release> tag › id = "{someId}": expected a literal release id in quotes, so the build can check it',
    ]);
  });

  test('requires an explicit, unique, kebab-case id on every section heading', () => {
    expect(problems('## No id here\n\n### Bad {#Bad_Id}\n\n## One {#dup}\n\n## Two {#dup}\n')).toEqual([
      'content/docs/page.mdx:1:1 › heading "No id here" › id = (missing): expected an explicit {#some-id} at the end, so its anchor survives rewording',
      'content/docs/page.mdx:3:1 › heading "Bad" › id = "Bad_Id": expected kebab-case (a-z, 0-9, single hyphens)',
      'content/docs/page.mdx:7:1 › heading "Two" › id = "dup": expected an id not already used (line 5 has it)',
    ]);
  });
});

describe('extractHeadings', () => {
  test('strips the id from the heading text', () => {
    expect(extractHeadings('## What AWS says {#aws-says}\n')).toEqual([{ depth: 2, id: 'aws-says', text: 'What AWS says', line: 1 }]);
  });
});

describe('fact names', () => {
  test('an unknown fact in ReleaseFact or FactTable is reported', () => {
    expect(
      problems(
        '<ReleaseFact release="al2023" fact="idlike" />\n\n<FactTable releases="al2023 rhel9" facts="selinux pyhton" caption="x" />',
      ),
    ).toEqual([
      'content/docs/page.mdx:1:31 › <ReleaseFact> tag › fact = "idlike": expected a fact id defined in src/lib/domain/release-facts.ts (RELEASE_FACTS) (did you mean "idLike"?)',
      'content/docs/page.mdx:3:36 › <FactTable> tag › facts = "pyhton": expected a fact id defined in src/lib/domain/release-facts.ts (RELEASE_FACTS)',
    ]);
  });
});
