import { describe, expect, test } from 'vitest';
import { ProblemsError, formatProblem } from '../core/problems.ts';
import { findDataProblems, validateDataset, type RawDataset } from './validate.ts';

// Test data is edited freely to plant defects, so its entries are loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A small dataset that passes every rule; each test breaks one thing. */
function fixture(): RawDataset & {
  sources: Loose[];
  releases: Loose[];
  categories: Loose[];
  commands: Loose[];
  commandReleases: string[];
} {
  const sourced = (value: unknown) => ({ value, sources: ['doc-a'] });
  const release = (id: string, ga: string) => ({
    id,
    name: `Release ${id}`,
    shortName: id.toUpperCase(),
    family: 'amazon-linux',
    version: '1',
    codename: null,
    lifecycle: {
      ga,
      endOfStandardSupport: '2030-01-31',
      endOfMaintenance: '2031-01-31',
      phaseNames: { standard: 'Standard', maintenance: 'Maintenance' },
      sources: ['doc-a'],
    },
    lineage: { summary: 'Built by its vendor.', relations: [], sources: ['doc-a'] },
    packageManager: sourced('dnf'),
    initSystem: sourced({ name: 'systemd' }),
    kernels: sourced([{ series: '6.1', default: true }]),
    kernelReleaseTag: sourced('amzn2023'),
    python: sourced({ default: '3.9' }),
    selinux: sourced('permissive'),
    osRelease: sourced({ fields: { ID: 'amzn' } }),
    systemRelease: sourced({ present: true }),
    redhatRelease: sourced({ present: false }),
    containerImages: { unknown: 'Not published yet.' },
    sources: ['doc-a'],
  });
  return {
    sources: [
      { id: 'doc-a', title: 'Doc A', publisher: 'AWS', url: 'https://example.com/a', retrieved: '2026-11-26', primary: true },
      { id: 'doc-b', title: 'Doc B', publisher: 'Red Hat', url: 'https://example.com/b', retrieved: '2026-11-26', primary: true },
    ],
    releases: [release('al9', '2023-03-15'), release('rhel99', '2022-05-18')],
    categories: [{ id: 'packages', title: 'Packages' }],
    commands: [
      {
        id: 'install-package',
        title: 'Install a package',
        category: 'packages',
        summary: 'Install one package.',
        placeholders: { package: 'the package name' },
        variants: {
          al9: { kind: 'command', lines: ['sudo dnf install {{package}}'] },
          rhel99: { kind: 'unavailable', reason: 'No network.', instead: 'Copy the RPM over.' },
        },
        sources: ['doc-b'],
        verification: 'Checked against the vendor pages.',
      },
    ],
    commandReleases: ['al9', 'rhel99'],
  };
}

function messages(raw: RawDataset): string[] {
  return findDataProblems(raw).problems.map(formatProblem);
}

describe('validateDataset', () => {
  test('accepts a dataset that follows every rule and fills defaults', () => {
    const dataset = validateDataset(fixture());
    expect(dataset.releases.map((r) => r.id)).toEqual(['al9', 'rhel99']);
    expect(dataset.commands[0]!.related).toEqual([]);
  });

  test('throws one error that lists every problem', () => {
    const raw = fixture();
    raw.releases[0].lifecycle.ga = '2040-01-01';
    raw.commands[0].sources = ['doc-z'];
    expect(() => validateDataset(raw)).toThrow(ProblemsError);
    try {
      validateDataset(raw);
    } catch (error) {
      expect((error as ProblemsError).problems).toHaveLength(2);
      expect((error as Error).message).toMatch(
        /^The data module in src\/data has 2 problems:\n {2}src\/data\/commands\.ts › command "install-package" › sources\[0\]/,
      );
    }
  });
});

describe('data rules, one broken fixture each', () => {
  test('ids are unique', () => {
    const raw = fixture();
    raw.releases[1].id = 'al9';
    expect(messages(raw)).toContain('src/data/releases.ts › release "al9" › id = "al9": expected a unique id; entry #1 already uses it');
  });

  test('ids are kebab-case', () => {
    const raw = fixture();
    raw.commands[0].id = 'Install_Package';
    expect(messages(raw)).toContain(
      'src/data/commands.ts › command "Install_Package" › id = "Install_Package": expected a kebab-case id (a-z, 0-9, single hyphens)',
    );
  });

  test('lifecycle dates are in order', () => {
    const raw = fixture();
    raw.releases[0].lifecycle.endOfMaintenance = '2029-12-31';
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "al9" › lifecycle.endOfMaintenance = "2029-12-31": expected a date on or after lifecycle.endOfStandardSupport (2030-01-31): preview ≤ GA ≤ end of standard support ≤ end of maintenance ≤ end of extended support',
    ]);
  });

  test('dates are real calendar days written YYYY-MM-DD', () => {
    const raw = fixture();
    raw.releases[1].lifecycle.ga = '2022-02-30';
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "rhel99" › lifecycle.ga = "2022-02-30": expected a real calendar date written YYYY-MM-DD',
    ]);
  });

  test('a release without GA has no support end dates', () => {
    const raw = fixture();
    raw.releases[0].lifecycle.ga = null;
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "al9" › lifecycle.ga = null: expected a GA date, since support end dates are given (a preview has no support phases)',
    ]);
  });

  test('every cited source exists, with a suggestion for a typo', () => {
    const raw = fixture();
    raw.releases[0].selinux.sources = ['doc-c'];
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "al9" › selinux.sources[0] = "doc-c": expected the id of an entry in src/data/sources.ts (did you mean "doc-a"?)',
    ]);
  });

  test('every related release exists', () => {
    const raw = fixture();
    raw.releases[0].lineage.relations = [{ to: 'fedora99', kind: 'components-from', detail: 'Took parts.', sources: ['doc-a'] }];
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "al9" › lineage.relations[0].to = "fedora99": expected the id of an entry in src/data/releases.ts',
    ]);
  });

  test('every release and command has at least one source', () => {
    const raw = fixture();
    raw.releases[1].sources = [];
    raw.commands[0].sources = [];
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "rhel99" › sources = []: expected at least 1 item',
      'src/data/commands.ts › command "install-package" › sources = []: expected at least 1 item',
    ]);
  });

  test('a fact is sourced or explicitly unknown', () => {
    const raw = fixture();
    raw.releases[0].python = { value: { default: '3.9' } };
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "al9" › python.sources = (missing): expected a value (this field is required)',
    ]);
  });

  test('every command covers every tracked release explicitly', () => {
    const raw = fixture();
    delete raw.commands[0].variants.rhel99;
    expect(messages(raw)).toEqual([
      "src/data/commands.ts › command \"install-package\" › variants.rhel99 = (missing): expected a variant for this tracked release: { kind: 'command', lines }, { kind: 'unavailable', reason, instead }, { kind: 'unknown', reason } or { kind: 'same-as', release, sources }",
    ]);
  });

  test('a variant kind is one of the four forms', () => {
    const raw = fixture();
    raw.commands[0].variants.rhel99 = { kind: 'same-as-al9' };
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.rhel99.kind = "same-as-al9": expected one of "command", "unavailable", "unknown", "same-as"',
    ]);
  });

  test('an unavailable variant says what to do instead', () => {
    const raw = fixture();
    delete raw.commands[0].variants.rhel99.instead;
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.rhel99.instead = (missing): expected a value (this field is required)',
    ]);
  });

  test('command lines carry no prompt', () => {
    const raw = fixture();
    raw.commands[0].variants.al9.lines = ['$ sudo dnf install {{package}}'];
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.al9.lines[0] = "$ sudo dnf install {{package}}": expected a command without a prompt character ($, #, >)',
    ]);
  });

  test('a ShellCheck exception names a code and a reason, once per variant, on a variant with lines', () => {
    const raw = fixture();
    raw.commands[0].variants.al9.shellcheckExceptions = [
      { code: 'SC1091', reason: 'Sourced file exists only on the target.' },
      { code: 'SC1091', reason: 'Twice.' },
      { code: '2086', reason: 'No prefix.' },
    ];
    raw.commands[0].variants.rhel99.shellcheckExceptions = [{ code: 'SC2086', reason: '' }];
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.al9.shellcheckExceptions[2].code = "2086": expected a ShellCheck code such as SC2086',
      'src/data/commands.ts › command "install-package" › variants.rhel99.shellcheckExceptions[0].reason = "": expected non-empty text',
    ]);
    raw.commands[0].variants.al9.shellcheckExceptions.pop();
    raw.commands[0].variants.rhel99.shellcheckExceptions[0].reason = 'Word splitting wanted.';
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.al9.shellcheckExceptions[1] = "SC1091": expected each ShellCheck code listed once per variant',
      'src/data/commands.ts › command "install-package" › variants.rhel99.shellcheckExceptions[0] = "SC2086": expected no ShellCheck exception on a variant without command lines',
    ]);
  });

  test('placeholders are declared and used', () => {
    const raw = fixture();
    raw.commands[0].variants.al9.lines = ['sudo dnf install {{pkg}}'];
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.al9.lines[0] = "sudo dnf install {{pkg}}": expected placeholder {{pkg}} to be declared in placeholders',
      'src/data/commands.ts › command "install-package" › placeholders.package = "the package name": expected a placeholder that some command line or note uses as {{package}}; remove it or use it',
    ]);
  });

  test('placeholders in notes are declared too', () => {
    const raw = fixture();
    raw.commands[0].variants.al9.note = 'Remove it with dnf remove {{pkg_name}}.';
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.al9.note = "Remove it with dnf remove {{pkg_name}}.": expected placeholders written {{name}} with a lower-case, hyphenated name',
    ]);
  });

  test('related tasks exist and are not the task itself', () => {
    const raw = fixture();
    raw.commands[0].related = ['install-package', 'remove-package'];
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › related[1] = "remove-package": expected the id of an entry in src/data/commands.ts',
    ]);
    raw.commands[0].related = ['install-package'];
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › related[0] = "install-package": expected another task, not the task itself',
    ]);
  });

  test('a command belongs to a known category', () => {
    const raw = fixture();
    raw.commands[0].category = 'package';
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › category = "package": expected the id of an entry in src/data/categories.ts (did you mean "packages"?)',
    ]);
  });

  test('tracked command releases exist', () => {
    const raw = fixture();
    raw.commandReleases = ['al9', 'rhel99', 'rhel100'];
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › COMMAND_RELEASES › "rhel100": expected the id of an entry in src/data/releases.ts',
    ]);
  });

  test('unknown fields are rejected rather than silently dropped', () => {
    const raw = fixture();
    raw.sources[0].note = 'typo for notes';
    expect(messages(raw)).toEqual([
      'src/data/sources.ts › source "doc-a" › note = "typo for notes": expected no such field: remove or rename it',
    ]);
  });

  test('two sources never point at the same URL', () => {
    const raw = fixture();
    raw.sources[1].url = 'https://example.com/a';
    expect(messages(raw)).toEqual([
      'src/data/sources.ts › source "doc-b" › url = "https://example.com/a": expected a URL no other source has; source "doc-a" already points there (cite it instead)',
    ]);
  });

  test('source URLs use https', () => {
    const raw = fixture();
    raw.sources[0].url = 'http://example.com/a';
    expect(messages(raw)).toEqual(['src/data/sources.ts › source "doc-a" › url = "http://example.com/a": expected an https URL']);
  });

  test('a same-as points at another release of the task that has its own variant', () => {
    const raw = fixture();
    raw.releases.push({ ...raw.releases[1], id: 'centos99' });
    raw.commandReleases.push('centos99');
    raw.commands[0].variants.centos99 = {
      kind: 'same-as',
      release: 'rhel99',
      differences: ['No subscription-manager.'],
      sources: ['doc-a'],
    };
    expect(messages(raw)).toEqual([]);

    raw.commands[0].variants.centos99 = { kind: 'same-as', release: 'centos99', sources: ['doc-a'] };
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.centos99.release = "centos99": expected another release than the variant itself',
    ]);

    raw.commands[0].variants.centos99 = { kind: 'same-as', release: 'rhel98', sources: ['doc-a'] };
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.centos99.release = "rhel98": expected the id of an entry in src/data/releases.ts (did you mean "rhel99"?)',
    ]);
  });

  test('a same-as may not point at a release the task leaves out', () => {
    const raw = fixture();
    raw.releases.push({ ...raw.releases[1], id: 'centos99' }, { ...raw.releases[1], id: 'fedora99' });
    raw.commandReleases.push('centos99');
    raw.commands[0].variants.centos99 = { kind: 'same-as', release: 'fedora99', sources: ['doc-a'] };
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.centos99.release = "fedora99": expected a release this task has its own variant for: "al9", "rhel99"',
    ]);
  });

  test('a same-as may not point at another same-as', () => {
    const raw = fixture();
    raw.releases.push({ ...raw.releases[1], id: 'centos99' }, { ...raw.releases[1], id: 'stream99' });
    raw.commandReleases.push('centos99', 'stream99');
    raw.commands[0].variants.centos99 = { kind: 'same-as', release: 'rhel99', sources: ['doc-a'] };
    raw.commands[0].variants.stream99 = { kind: 'same-as', release: 'centos99', sources: ['doc-a'] };
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.stream99.release = "centos99": expected a release with its own variant; variants.centos99 is itself same as "rhel99" (point at "rhel99" directly)',
    ]);
  });

  test('a same-as names its sources and declares the placeholders its differences use', () => {
    const raw = fixture();
    raw.releases.push({ ...raw.releases[1], id: 'centos99' });
    raw.commandReleases.push('centos99');
    raw.commands[0].variants.centos99 = { kind: 'same-as', release: 'rhel99', differences: ['Mind {{repo}}.'] };
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.centos99.sources = (missing): expected a value (this field is required)',
    ]);
    raw.commands[0].variants.centos99.sources = ['doc-a'];
    expect(messages(raw)).toEqual([
      'src/data/commands.ts › command "install-package" › variants.centos99.differences[0] = "Mind {{repo}}.": expected placeholder {{repo}} to be declared in placeholders',
    ]);
  });

  test('exactly one kernel is the default', () => {
    const raw = fixture();
    raw.releases[0].kernels.value.push({ series: '6.12', default: true });
    expect(messages(raw)).toEqual([
      'src/data/releases.ts › release "al9" › kernels.value = 2: expected exactly one kernel marked default: true',
    ]);
  });
});
