import { describe, expect, it } from 'vitest';
import { variantSources } from './variant-sources.ts';

describe('variantSources', () => {
  it('lists a variant’s own sources', () => {
    expect(variantSources({ sources: ['a', 'b'] })).toEqual(['a', 'b']);
  });
  it('adds the sources of a same-as after the variant’s own, once each', () => {
    expect(variantSources({ sources: ['a', 'b'], sameAs: { sources: ['b', 'c'] } })).toEqual(['a', 'b', 'c']);
  });
  it('gives the same-as sources of an unknown variant, which has none of its own', () => {
    expect(variantSources({ sameAs: { sources: ['c'] } })).toEqual(['c']);
  });
  it('gives nothing for a variant without sources', () => {
    expect(variantSources({})).toEqual([]);
  });
});
