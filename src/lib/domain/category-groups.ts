/** Items grouped under their categories, in the categories' order; each group keeps the items' order, and empty groups are left out. */
export function groupByCategory<C extends { id: string }, T extends { category: string }>(
  items: readonly T[],
  categories: readonly C[],
): { category: C; items: T[] }[] {
  return categories
    .map((category) => ({ category, items: items.filter((i) => i.category === category.id) }))
    .filter((g) => g.items.length > 0);
}
