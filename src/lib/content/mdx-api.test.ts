import { describe, expect, test } from 'vitest';
import { CITERS, MDX_COMPONENT_NAMES, isMdxComponentName } from './mdx-api.ts';

describe('the MDX component API', () => {
  test('declares the components the guide pages use', () => {
    expect([...MDX_COMPONENT_NAMES].sort()).toEqual([
      'Cite',
      'Command',
      'FactTable',
      'LifecycleTimeline',
      'LineageDiagram',
      'Release',
      'ReleaseFact',
      'ReleasesTable',
      'Snippet',
      'Status',
      'VersionMap',
    ]);
    expect(isMdxComponentName('Command')).toBe(true);
    expect(isMdxComponentName('toString')).toBe(false);
  });

  test('a Cite cites its ids, several separated by spaces', () => {
    expect(CITERS['Cite']!({ id: ' aws-al2023-epel  redhat-rhel9-selinux-states ' })).toEqual([
      'aws-al2023-epel',
      'redhat-rhel9-selinux-states',
    ]);
  });

  test("a Command cites its task's sources, a Status its release's lifecycle sources", () => {
    expect(CITERS['Command']!({ id: 'selinux-status' })).toEqual([
      'aws-al2023-enforcing-mode',
      'aws-al2023-selinux-default',
      'aws-al2023-compare-with-al2',
      'redhat-rhel7-selinux-permanent',
      'redhat-rhel9-selinux-states',
    ]);
    expect(CITERS['Status']!({ release: 'al2023' })).toEqual([
      'aws-al2023-release-cadence',
      'aws-al2023-what-is',
      'aws-al2023-ident-os-release',
      'aws-amazon-linux-2023-repo',
      'aws-al2022-readme',
    ]);
  });

  test('unknown ids cite nothing (the content check reports them)', () => {
    expect(CITERS['Command']!({ id: 'no-such-task' })).toEqual([]);
    expect(CITERS['Status']!({ release: 'rhel99' })).toEqual([]);
    expect(CITERS['ReleaseFact']!({ release: 'al2023', fact: 'no-such-fact' })).toEqual([]);
  });

  test('components that cite nothing have no citer', () => {
    expect(Object.keys(CITERS)).not.toContain('Release');
    expect(Object.keys(CITERS)).not.toContain('Snippet');
  });
});
