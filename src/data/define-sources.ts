import type { DataInput, SourceInput } from './schema.ts';

/** Keeps each source id a literal type, so a typo in a citation is a type error as well as a build error. */
export const defineSources = <const T extends readonly DataInput<SourceInput>[]>(sources: T) => sources;
