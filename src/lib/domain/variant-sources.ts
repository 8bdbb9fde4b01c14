/**
 * Every source behind a task's variant on one release: the variant's own, and, when it repeats another
 * release's variant ("same as RHEL 7"), the sources that support that it does and its stated differences.
 */
interface VariantWithSources {
  sources?: readonly string[] | undefined;
  sameAs?: { sources: readonly string[] } | undefined;
}

export function variantSources(variant: VariantWithSources): string[] {
  return [...new Set([...(variant.sources ?? []), ...(variant.sameAs?.sources ?? [])])];
}
