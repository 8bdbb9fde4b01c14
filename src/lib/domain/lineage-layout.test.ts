import { describe, expect, test } from 'vitest';
import { lineageLayout, type LineageRelease } from './lineage-layout.ts';

const release = (id: string, family: string, ga: string | null, relations: { to: string; kind: string }[] = []): LineageRelease => ({
  id,
  shortName: id.toUpperCase(),
  family,
  lifecycle: { ga },
  lineage: { relations },
});

// charWidth 10 makes a node 10 px per character plus 16 px of padding, and keeps 8 px between nodes. The x axis runs from the margin
// (100) over width − 2 × margin − the width of a "CentOS Stream 10" node (176): 1000 − 200 − 176 = 624 px
// for the 12 years 2010–2022, so 52 px a year.
const OPTIONS = { width: 1000, laneHeight: 50, charWidth: 10, fromYear: 2010, toYear: 2022, margin: 100 };

describe('lineageLayout', () => {
  test('places releases in their family lane by the year they appeared', () => {
    const layout = lineageLayout(
      [
        release('upstream', 'rhel', '2014-01-01'),
        release('derived', 'amazon-linux', '2016-07-01', [{ to: 'upstream', kind: 'built-from' }]),
      ],
      ['rhel', 'amazon-linux'],
      OPTIONS,
    );
    expect(layout.lanes).toEqual([
      { family: 'rhel', y: 0 },
      { family: 'amazon-linux', y: 50 },
    ]);
    expect(layout.nodes).toEqual([
      { id: 'upstream', label: 'UPSTREAM', family: 'rhel', x: 308, y: 25, width: 96 },
      { id: 'derived', label: 'DERIVED', family: 'amazon-linux', x: 438, y: 75, width: 86 },
    ]);
    expect(layout.height).toBe(100);
  });

  test('draws a strong edge between lanes and a loose one for a looser relation', () => {
    const layout = lineageLayout(
      [
        release('upstream', 'rhel', '2014-01-01'),
        release('derived', 'amazon-linux', '2016-07-01', [
          { to: 'upstream', kind: 'built-from' },
          { to: 'upstream', kind: 'resembles' },
        ]),
      ],
      ['rhel', 'amazon-linux'],
      OPTIONS,
    );
    expect(layout.edges).toEqual([
      { from: 'derived', to: 'upstream', kind: 'built-from', strength: 'strong', path: 'M481 61 L356 39' },
      { from: 'derived', to: 'upstream', kind: 'resembles', strength: 'loose', path: 'M481 61 L356 39' },
    ]);
  });

  test('nudges a release right when it would overlap the one before it in its lane', () => {
    const layout = lineageLayout(
      [release('first', 'amazon-linux', '2010-01-01'), release('second', 'amazon-linux', '2010-02-01')],
      ['amazon-linux'],
      OPTIONS,
    );
    expect(layout.nodes.map((node) => [node.id, node.x])).toEqual([
      ['first', 100],
      ['second', 174],
    ]);
  });

  test('leaves out releases outside Amazon Linux that no relation touches', () => {
    const layout = lineageLayout(
      [release('alone', 'fedora', '2015-01-01'), release('al', 'amazon-linux', '2015-01-01')],
      ['fedora', 'amazon-linux'],
      OPTIONS,
    );
    expect(layout.nodes.map((node) => node.id)).toEqual(['al']);
  });
});
