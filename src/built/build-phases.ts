/**
 * The build's own phases, timed where they run and written to the build log as one line each, so
 * `npm run bench` can split a build into its parts without a profiler:
 *   build phase: previews 1.20 s
 * Astro's phases (setup, bundling, rendering pages) come from Astro's own log lines, read the same way;
 * Astro's setup step includes the project's content check, which runs in `astro:build:start`.
 */
import { stripVTControlCharacters } from 'node:util';

export const PHASE_PREFIX = 'build phase:';

export interface Phase {
  name: string;
  seconds: number;
}

/** Runs `work`, and hands its duration to `report` as a log line, also when it throws. */
export async function timePhase<T>(name: string, report: (line: string) => void, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    report(formatPhase({ name, seconds: (performance.now() - started) / 1000 }));
  }
}

export const formatPhase = ({ name, seconds }: Phase): string => `${PHASE_PREFIX} ${name} ${seconds.toFixed(2)} s`;

/** The phases of a build log, in order: the project's own lines and Astro's timed steps. */
export function phasesOfLog(log: string): Phase[] {
  const phases: Phase[] = [];
  const plain = stripVTControlCharacters(log);
  let astroStep: string | undefined;
  for (const line of plain.split('\n')) {
    const own = new RegExp(`${PHASE_PREFIX} (.+) (\\d+(?:\\.\\d+)?) s$`).exec(line);
    if (own) {
      phases.push({ name: own[1]!, seconds: Number(own[2]) });
      continue;
    }
    if (/Collecting build info/.test(line)) astroStep = 'astro: setup (config, content sync, the content check)';
    else if (/generating static routes/.test(line)) astroStep = 'astro: render pages (MDX, components, Shiki)';
    const completed = /✓ Completed in (\d+(?:\.\d+)?)(ms|s)\.$/.exec(line);
    if (completed && astroStep) {
      phases.push({ name: astroStep, seconds: Number(completed[1]) / (completed[2] === 'ms' ? 1000 : 1) });
      astroStep = undefined;
    }
    const bundled = /\[vite\] ✓ built in (\d+(?:\.\d+)?)(ms|s)$/.exec(line);
    if (bundled) phases.push({ name: 'astro: bundle (Vite)', seconds: Number(bundled[1]) / (bundled[2] === 'ms' ? 1000 : 1) });
  }
  return phases;
}
