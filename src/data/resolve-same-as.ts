/**
 * Replaces every `{ kind: 'same-as', release }` variant with the variant it points to, marked with
 * `sameAs` (the release, the stated differences and their sources). This is the one place a same-as
 * is read: pages, tables, the compare view, porting paths, the API, search and the shell-line tests
 * all see the resolved commands, and can say where they came from.
 *
 * Runs on validated data (validate.ts has already rejected a same-as that points at itself, at a
 * release the task leaves out, or at another same-as).
 */
import type { ResolvedVariant, ValidVariant } from './validate.ts';

type Variants = Readonly<Record<string, ValidVariant | undefined>>;

/** One task's variants, with each same-as resolved. Variants that state their own form are kept as they are. */
export function resolveVariants(variants: Variants): Record<string, ResolvedVariant | undefined> {
  return Object.fromEntries(
    Object.entries(variants).map(([releaseId, variant]) => {
      if (variant?.kind !== 'same-as') return [releaseId, variant];
      const { release, differences, sources } = variant;
      const pointed = variants[release];
      if (!pointed || pointed.kind === 'same-as') {
        throw new Error(`same-as on ${releaseId} points at ${release}, which has no variant of its own; validate the data first`);
      }
      return [releaseId, { ...pointed, sameAs: { release, differences, sources } }];
    }),
  );
}

/** Every task with its variants resolved. */
export function resolveSameAs<C extends { variants: Variants }>(
  commands: readonly C[],
): (Omit<C, 'variants'> & { variants: Record<string, ResolvedVariant | undefined> })[] {
  return commands.map((command) => ({ ...command, variants: resolveVariants(command.variants) }));
}
