/**
 * What a task in the command reference looks like as the data files write it, and which releases every
 * task must cover. commands.ts and commands-porting.ts both write tasks in this shape.
 */
import type { z } from 'astro/zod';
import type { CategoryId } from './categories.ts';
import type { ReleaseId } from './releases.ts';
import type { DataInput, commandSchema } from './schema.ts';
import type { SourceId } from './sources.ts';

/**
 * Releases every task must cover, in the order of the site's families (Amazon Linux, RHEL, CentOS,
 * CentOS Stream). The others may add a variant where they differ. CentOS 7 and CentOS Stream 9 are
 * here because they are the commonest starting points of a move to AL2023; most of their variants
 * say "same as RHEL 7/9" with the differences stated.
 */
export const COMMAND_RELEASES = [
  'al1',
  'al2',
  'al2023',
  'rhel7',
  'rhel8',
  'rhel9',
  'rhel10',
  'centos7',
  'centos-stream9',
] as const satisfies readonly ReleaseId[];

type OptionalRelease = Exclude<ReleaseId, (typeof COMMAND_RELEASES)[number]>;

export type CommandInput = Omit<
  DataInput<
    z.input<ReturnType<typeof commandSchema<readonly [SourceId, ...SourceId[]], typeof COMMAND_RELEASES, readonly OptionalRelease[]>>>
  >,
  'category' | 'related'
> & { category: CategoryId; related?: readonly string[] };

/** Keeps a task list's literal ids while checking each task's shape. */
export const defineCommands = <const T extends readonly CommandInput[]>(commands: T) => commands;
