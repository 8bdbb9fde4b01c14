import { describe, expect, test } from 'vitest';
import { extractHeadings, extractReferences, findContentProblems, formatContentProblem } from './content-references.ts';

const known = {
  release: ['al2023', 'rhel9'],
  command: ['install-package', 'selinux-status'],
  source: ['aws-al2023-epel'],
  fact: ['idLike', 'selinux'],
  snippet: ['identify-release.sh'],
};

function problems(text: string): string[] {
  return findContentProblems('content/docs/page.mdx', text, known).map(formatContentProblem);
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
      'content/docs/page.mdx:3:10 <Command id> names unknown command "install-packages"; it is not defined in src/data/commands.ts. Did you mean "install-package"?',
    ]);
  });

  test('reports unknown releases and sources', () => {
    expect(problems('<Release id="rhel11" /> <Cite id="aws-epel" />')).toEqual([
      'content/docs/page.mdx:1:10 <Release id> names unknown release "rhel11"; it is not defined in src/data/releases.ts. Did you mean "rhel9"?',
      'content/docs/page.mdx:1:31 <Cite id> names unknown source "aws-epel"; it is not defined in src/data/sources.ts.',
    ]);
  });

  test('rejects expressions, which the build cannot check', () => {
    expect(problems('<Release id={someId} />')).toEqual([
      'content/docs/page.mdx:1:10 <Release id> is an expression ({someId}); write the release id as a literal string so the build can check it',
    ]);
  });

  test('requires an explicit, unique, kebab-case id on every section heading', () => {
    expect(problems('## No id here\n\n### Bad {#Bad_Id}\n\n## One {#dup}\n\n## Two {#dup}\n')).toEqual([
      'content/docs/page.mdx:1:1 heading "No id here" has no explicit id; end it with {#some-id} so its anchor survives rewording',
      'content/docs/page.mdx:3:1 heading id "Bad_Id" must be kebab-case (a-z, 0-9, single hyphens)',
      'content/docs/page.mdx:7:1 heading id "dup" is already used on line 5',
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
      'content/docs/page.mdx:1:31 <ReleaseFact fact> names unknown fact "idlike"; it is not defined in src/lib/domain/release-facts.ts (RELEASE_FACTS). Did you mean "idLike"?',
      'content/docs/page.mdx:3:36 <FactTable facts> names unknown fact "pyhton"; it is not defined in src/lib/domain/release-facts.ts (RELEASE_FACTS).',
    ]);
  });
});
