/**
 * The closest relatives of a release: releases its lineage names, releases that name it, and one
 * more step along those links (so AL2 reaches RHEL 7 through CentOS 7). Order: data order.
 */
export interface ReleaseLinks {
  id: string;
  lineage: { relations: readonly { to: string }[] };
}

export function closestRelatives(id: string, releases: readonly ReleaseLinks[]): string[] {
  const neighbours = (of: string): string[] => {
    const release = releases.find((r) => r.id === of);
    const outgoing = release ? release.lineage.relations.map((r) => r.to) : [];
    const incoming = releases.filter((r) => r.lineage.relations.some((rel) => rel.to === of)).map((r) => r.id);
    return [...outgoing, ...incoming];
  };
  const first = neighbours(id);
  const second = first.flatMap(neighbours);
  const found = new Set([...first, ...second]);
  found.delete(id);
  return releases.map((r) => r.id).filter((rid) => found.has(rid));
}
