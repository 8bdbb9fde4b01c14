import { describe, expect, test } from 'vitest';
import { findReleases, meaningfulWords, stem, withoutErrorNoise, wordsOf } from './query-words.ts';

const NAMES = [
  { release: 'al2', name: 'al2' },
  { release: 'al2', name: 'amazon linux 2' },
  { release: 'al2023', name: 'al2023' },
  { release: 'al2023', name: 'amazon linux 2023' },
  { release: 'al2023', name: 'amazon linux 2022' },
  { release: 'rhel9', name: 'rhel9' },
  { release: 'rhel9', name: 'rhel 9' },
  { release: 'centos7', name: 'centos 7' },
];

describe('findReleases', () => {
  test('finds ids, short names and full names as whole words, in the order written', () => {
    expect(findReleases('sestatus AL2023', NAMES)).toEqual({ releases: ['al2023'], rest: 'sestatus', at: [1] });
    expect(findReleases('check selinux status rhel 9', NAMES)).toEqual({ releases: ['rhel9'], rest: 'check selinux status', at: [3] });
    expect(findReleases('rhel9 to centos 7', NAMES)).toEqual({ releases: ['rhel9', 'centos7'], rest: 'to', at: [0, 2] });
  });

  test('prefers the longer name: "amazon linux 2023" is not "amazon linux 2" followed by 2023', () => {
    expect(findReleases('install package amazon linux 2023', NAMES).releases).toEqual(['al2023']);
    expect(findReleases('docker on amazon linux 2', NAMES)).toEqual({ releases: ['al2'], rest: 'docker on', at: [2] });
    expect(findReleases('amazon linux 2022', NAMES).releases).toEqual(['al2023']);
  });

  test('never matches part of a word', () => {
    expect(findReleases('al20 xal2 al2023x', NAMES).releases).toEqual([]);
  });
});

describe('stop words and error messages', () => {
  test('keeps only the words that carry meaning', () => {
    expect(meaningfulWords('how do I check if selinux is enforcing')).toEqual(['check', 'selinux', 'enforcing']);
    expect(meaningfulWords('which package provides a file')).toEqual(['package', 'provides', 'file']);
  });

  test('keeps the stop words when there is nothing else', () => {
    expect(meaningfulWords('how to')).toEqual(['how', 'to']);
  });

  test('takes the terminal noise off an error message and keeps the name that failed', () => {
    expect(withoutErrorNoise('amazon-linux-extras: command not found')).toBe('amazon-linux-extras');
    expect(withoutErrorNoise('bash: sestatus: command not found')).toBe('sestatus');
    expect(withoutErrorNoise('fatal error: Python.h: No such file or directory')).toBe('python.h');
    expect(withoutErrorNoise('No package epel-release available.')).toBe('epel-release');
    expect(withoutErrorNoise('command not found')).toBe('command not found');
  });

  test('splits words at spaces and drops the punctuation around them', () => {
    expect(wordsOf('  "Check"  SELinux, (status)? ')).toEqual(['check', 'selinux', 'status']);
    expect(wordsOf('/etc/os-release')).toEqual(['/etc/os-release']);
  });

  test('stems plurals and -ing forms the same way on both sides', () => {
    expect(['packages', 'package', 'installing', 'status', 'ss', 'ports'].map(stem)).toEqual([
      'package',
      'package',
      'install',
      'statu',
      'ss',
      'port',
    ]);
  });
});
