import { describe, expect, test } from 'vitest';
import { commands, getCommand } from './index.ts';
import { resolveSameAs, resolveVariants } from './resolve-same-as.ts';
import type { ValidVariant } from './validate.ts';

const rhel7: ValidVariant = { kind: 'command', lines: ['sudo yum install {{package}}'], sources: ['doc-a'] };

describe('resolveVariants', () => {
  test('replaces a same-as with the lines it points to and says where they came from', () => {
    const resolved = resolveVariants({
      rhel7,
      centos7: { kind: 'same-as', release: 'rhel7', differences: ['Repositories moved to the vault.'], sources: ['doc-b'] },
    });
    expect(resolved.centos7).toEqual({
      kind: 'command',
      lines: ['sudo yum install {{package}}'],
      sources: ['doc-a'],
      sameAs: { release: 'rhel7', differences: ['Repositories moved to the vault.'], sources: ['doc-b'] },
    });
  });

  test('keeps variants that state their own form as they are', () => {
    const own: ValidVariant = { kind: 'unknown', reason: 'Not read yet.' };
    expect(resolveVariants({ rhel7, centos7: own })).toEqual({ rhel7, centos7: own });
  });

  test('repeats an unknown or unavailable variant too, marked as the same', () => {
    const resolved = resolveVariants({
      rhel7: { kind: 'unknown', reason: 'Not read yet.' },
      centos7: { kind: 'same-as', release: 'rhel7', differences: [], sources: ['doc-b'] },
    });
    expect(resolved.centos7).toEqual({
      kind: 'unknown',
      reason: 'Not read yet.',
      sameAs: { release: 'rhel7', differences: [], sources: ['doc-b'] },
    });
  });

  test('refuses data that was not validated: a same-as pointing at a same-as', () => {
    expect(() =>
      resolveVariants({
        rhel7,
        centos7: { kind: 'same-as', release: 'rhel8', differences: [], sources: ['doc-b'] },
        rhel8: { kind: 'same-as', release: 'rhel7', differences: [], sources: ['doc-b'] },
      }),
    ).toThrow('same-as on centos7 points at rhel8, which has no variant of its own');
  });

  test('resolves every task and leaves the rest of the task alone', () => {
    const [task] = resolveSameAs([
      { id: 't', variants: { rhel7, centos7: { kind: 'same-as', release: 'rhel7', differences: [], sources: ['doc-b'] } } },
    ]);
    expect(task!.id).toBe('t');
    expect(task!.variants.centos7?.kind).toBe('command');
  });
});

describe('the data module', () => {
  test('no reader sees a same-as: every variant of every task is resolved', () => {
    const kinds = new Set(commands.flatMap((task) => Object.values(task.variants).map((variant) => variant?.kind)));
    expect([...kinds].sort()).toEqual(['command', 'unavailable', 'unknown']);
  });

  test('CentOS 7 shows RHEL 7’s command for installing a package, with the vault difference', () => {
    const variant = getCommand('install-package').variants.centos7;
    expect(variant).toMatchObject({ kind: 'command', lines: ['sudo yum install {{package}}'], sameAs: { release: 'rhel7' } });
    expect(variant.sameAs?.differences[0]).toContain('vault.centos.org');
  });

  test('CentOS Stream 9 states its own EPEL lines, without subscription-manager', () => {
    const variant = getCommand('enable-epel').variants['centos-stream9'];
    expect(variant).toMatchObject({
      kind: 'command',
      lines: ['sudo dnf config-manager --set-enabled crb', 'sudo dnf install epel-release epel-next-release'],
    });
    expect(variant.sameAs).toBeUndefined();
  });
});
