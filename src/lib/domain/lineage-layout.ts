/**
 * Lays out the lineage diagram: one lane per family, releases placed by the year they appeared,
 * nudged apart when they would overlap, and an edge for every lineage relation.
 */
export interface LineageRelease {
  id: string;
  shortName: string;
  family: string;
  lifecycle: { previewFrom?: string | undefined; ga: string | null };
  lineage: { relations: readonly { to: string; kind: string }[] };
}

export interface LineageNode {
  id: string;
  label: string;
  family: string;
  x: number;
  y: number;
  width: number;
}

export interface LineageEdge {
  from: string;
  to: string;
  kind: string;
  /** A strong relation (built from, took components from) or a looser one (compatible, resembles, previews). */
  strength: 'strong' | 'loose';
  path: string;
}

export interface LineageLayout {
  width: number;
  height: number;
  lanes: { family: string; y: number }[];
  nodes: LineageNode[];
  edges: LineageEdge[];
}

const LOOSE = new Set(['compatible-with', 'resembles', 'previews']);

export function lineageLayout(
  releases: readonly LineageRelease[],
  lanes: readonly string[],
  options: { width: number; laneHeight: number; charWidth: number; fromYear: number; toYear: number; margin: number },
): LineageLayout {
  const { width, laneHeight, charWidth, fromYear, toYear, margin } = options;
  const nodeWidth = (label: string) => Math.round(label.length * charWidth + 16);
  const linked = new Set(
    releases.flatMap((r) => (r.lineage.relations.length > 0 ? [r.id, ...r.lineage.relations.map((rel) => rel.to)] : [])),
  );
  const shown = releases.filter((r) => linked.has(r.id) || r.family === 'amazon-linux');
  const year = (r: LineageRelease) => {
    const date = r.lifecycle.ga ?? r.lifecycle.previewFrom ?? `${toYear}-06-30`;
    const [y, m] = date.split('-').map(Number) as [number, number];
    return y + (m - 1) / 12;
  };
  const span = width - 2 * margin - nodeWidth('CentOS Stream 10');
  const xFor = (r: LineageRelease) => margin + ((year(r) - fromYear) / (toYear - fromYear)) * span;

  const nodes: LineageNode[] = [];
  for (const family of lanes) {
    let lastRight = -Infinity;
    const laneIndex = lanes.indexOf(family);
    for (const r of shown.filter((s) => s.family === family).toSorted((a, b) => year(a) - year(b))) {
      const x = Math.max(xFor(r), lastRight + 8);
      const w = nodeWidth(r.shortName);
      nodes.push({ id: r.id, label: r.shortName, family, x: Math.round(x), y: laneIndex * laneHeight + laneHeight / 2, width: w });
      lastRight = x + w;
    }
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LineageEdge[] = [];
  for (const r of shown) {
    for (const rel of r.lineage.relations) {
      const a = byId.get(r.id);
      const b = byId.get(rel.to);
      if (!a || !b) continue;
      const ax = a.x + a.width / 2;
      const bx = b.x + b.width / 2;
      const dy = b.y > a.y ? 14 : -14;
      const path = a.y === b.y ? `M${a.x + a.width} ${a.y} L${b.x} ${b.y}` : `M${ax} ${a.y + dy} L${bx} ${b.y - dy}`;
      edges.push({ from: r.id, to: rel.to, kind: rel.kind, strength: LOOSE.has(rel.kind) ? 'loose' : 'strong', path });
    }
  }
  return {
    width,
    height: lanes.length * laneHeight,
    lanes: lanes.map((family, i) => ({ family, y: i * laneHeight })),
    nodes,
    edges,
  };
}
