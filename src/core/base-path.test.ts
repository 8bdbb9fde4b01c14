import { describe, expect, test } from 'vitest';
import { fileForSitePath, joinBase, normaliseBase, sitePathForFile, stripBase } from './base-path.ts';

describe('the base-path rule', () => {
  test('normalises what a deployer writes into "/" or "/a/b/"', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('guides/amazon-linux')).toBe('/guides/amazon-linux/');
    expect(normaliseBase(' //guides/amazon-linux// ')).toBe('/guides/amazon-linux/');
  });

  test('joins root and sub-path bases without doubling slashes', () => {
    expect(joinBase('/', 'releases/al2/')).toBe('/releases/al2/');
    expect(joinBase('/guides/al/', '/releases/')).toBe('/guides/al/releases/');
    expect(joinBase('/guides/al/', '')).toBe('/guides/al/');
  });

  test('strips the base from a served path, and says when a path is outside it', () => {
    expect(stripBase('/', '/guide/overview/')).toBe('/guide/overview/');
    expect(stripBase('/guides/al/', '/guides/al/guide/overview/')).toBe('/guide/overview/');
    expect(stripBase('/guides/al/', '/guides/al')).toBe('/');
    expect(stripBase('/guides/al/', '/other/')).toBeUndefined();
  });

  test('maps site paths to built files and back', () => {
    expect(fileForSitePath('/')).toBe('index.html');
    expect(fileForSitePath('/guide/overview/')).toBe('guide/overview/index.html');
    expect(fileForSitePath('/api/v1/releases.json')).toBe('api/v1/releases.json');
    expect(fileForSitePath('/404.html')).toBe('404.html');
    expect(sitePathForFile('index.html')).toBe('/');
    expect(sitePathForFile('guide/overview/index.html')).toBe('/guide/overview/');
    expect(sitePathForFile('404.html')).toBe('/404.html');
  });
});
