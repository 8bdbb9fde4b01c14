import { describe, expect, test } from 'vitest';
import { formatPhase, phasesOfLog, timePhase } from './build-phases.ts';

// Lines as Astro 7 prints them (colour codes included), with two of the project's own.
const LOG = [
  '\x1b[2m15:09:26\x1b[22m \x1b[34m[build]\x1b[39m Collecting build info...',
  '\x1b[2m15:09:26\x1b[22m \x1b[34m[build]\x1b[39m \x1b[32m✓ Completed in 1.58s.\x1b[39m',
  '15:09:26 [build] Building static entrypoints...',
  '15:09:28 [vite] ✓ built in 1.17s',
  '15:09:28 [vite] ✓ built in 113ms',
  ' generating static routes ',
  '15:09:31 ✓ Completed in 3.51s.',
  '15:09:31 [build] ✓ Completed in 4.84s.',
  '15:09:35 [field-guide:built-site] build phase: previews 1.20 s',
  '15:09:38 [field-guide:built-site] build phase: Pagefind index 3.05 s',
].join('\n');

describe('build phases', () => {
  test('reads Astro’s timed steps and the project’s own phases from a build log, in order', () => {
    expect(phasesOfLog(LOG)).toEqual([
      { name: 'astro: setup (config, content sync, the content check)', seconds: 1.58 },
      { name: 'astro: bundle (Vite)', seconds: 1.17 },
      { name: 'astro: bundle (Vite)', seconds: 0.113 },
      { name: 'astro: render pages (MDX, components, Shiki)', seconds: 3.51 },
      { name: 'previews', seconds: 1.2 },
      { name: 'Pagefind index', seconds: 3.05 },
    ]);
  });

  test('a phase is reported as a line the log reader understands, also when it fails', async () => {
    const lines: string[] = [];
    expect(
      await timePhase(
        'twins',
        (l) => lines.push(l),
        () => 42,
      ),
    ).toBe(42);
    await expect(
      timePhase(
        'previews',
        (l) => lines.push(l),
        () => {
          throw new Error('font missing');
        },
      ),
    ).rejects.toThrow('font missing');
    expect(lines.map((l) => phasesOfLog(l)[0]!.name)).toEqual(['twins', 'previews']);
    expect(formatPhase({ name: 'sitemap', seconds: 0.0049 })).toBe('build phase: sitemap 0.00 s');
  });
});
