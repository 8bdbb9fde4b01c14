/** Release families in the order the site lists them, Amazon Linux first. */
export const FAMILY_ORDER = ['amazon-linux', 'rhel', 'centos', 'centos-stream', 'fedora'] as const;

export const FAMILY_NAMES: Record<(typeof FAMILY_ORDER)[number], string> = {
  'amazon-linux': 'Amazon Linux',
  rhel: 'Red Hat Enterprise Linux',
  centos: 'CentOS Linux',
  'centos-stream': 'CentOS Stream',
  fedora: 'Fedora',
};

/** Sorts by family, then by GA date (previews last), keeping the data's order for ties. */
export function sortReleases<T extends { family: (typeof FAMILY_ORDER)[number]; lifecycle: { ga: string | null } }>(
  releases: readonly T[],
): T[] {
  return releases.toSorted((a, b) => {
    const family = FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family);
    if (family !== 0) return family;
    const ga = (r: T) => r.lifecycle.ga ?? '9999-99-99';
    return ga(a) < ga(b) ? -1 : ga(a) > ga(b) ? 1 : 0;
  });
}
