import { describe, expect, test } from 'vitest';
import { closestRelatives } from './relatives.ts';

describe('closestRelatives', () => {
  test('follows lineage links both ways, two steps deep, in data order', () => {
    const r = (id: string, to: string[] = []) => ({ id, lineage: { relations: to.map((t) => ({ to: t })) } });
    const releases = [
      r('al2', ['centos7']),
      r('al2023', ['fedora34', 'centos-stream9']),
      r('rhel7'),
      r('rhel9', ['centos-stream9']),
      r('centos7', ['rhel7']),
      r('centos-stream9', ['fedora34']),
      r('fedora34'),
    ];
    expect(closestRelatives('al2', releases)).toEqual(['rhel7', 'centos7']);
    expect(closestRelatives('al2023', releases)).toEqual(['rhel9', 'centos-stream9', 'fedora34']);
  });
});
