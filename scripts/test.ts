/**
 * `npm test`: every check a reviewer would run, two at a time where the machine's two cores allow.
 * A step starts when the steps it needs have passed and no step holding the same lock runs: the
 * steps that run Astro (type check, builds) share the project's `.astro` folder, so they take turns.
 * Each step's output is printed in one piece when it ends; a summary with the time of each step closes
 * the run, followed by the end of each failed step's output again, so a log read from its tail (as CI
 * shows it) still says why. After a failure no new step starts; the ones running finish, and the run exits 1.
 * Usage: node scripts/test.ts [step …]   (TEST_JOBS sets how many steps run at once; default 2)
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

interface Step {
  name: string;
  /** The npm script that is the step; `npm run <script>` runs it on its own too. */
  script: string;
  needs?: readonly string[];
  lock?: 'astro';
}

/** In order of priority: the longest chain (build, then the browser tests) starts first. */
const STEPS: readonly Step[] = [
  { name: 'build', script: 'build', lock: 'astro' },
  { name: 'lint', script: 'lint' },
  { name: 'browser tests', script: 'test:e2e', needs: ['build'] },
  { name: 'type check', script: 'check', lock: 'astro' },
  { name: 'unit tests', script: 'test:unit' },
  { name: 'built-site checks', script: 'test:dist', needs: ['build'] },
  { name: 'sub-path build', script: 'test:base-path', lock: 'astro' },
  { name: 'reproducible build', script: 'test:reproducible', lock: 'astro' },
  { name: 'audit', script: 'audit' },
];

interface Outcome {
  step: Step;
  code: number;
  seconds: number;
  output: string;
}

const FAILURE_TAIL_LINES = 60;

const jobs = Number(process.env['TEST_JOBS'] ?? Math.min(2, availableParallelism()));
const only = process.argv.slice(2);
const unknown = only.filter((name) => !STEPS.some((step) => step.name === name || step.script === name));
if (unknown.length > 0) {
  console.error(`Unknown step ${unknown.map((n) => `"${n}"`).join(', ')}; the steps are: ${STEPS.map((s) => s.script).join(', ')}`);
  process.exit(2);
}
const selected = only.length > 0 ? STEPS.filter((step) => only.includes(step.name) || only.includes(step.script)) : STEPS;
const selectedNames = new Set(selected.map((step) => step.name));

function run(step: Step): Promise<Outcome> {
  const started = performance.now();
  console.log(`▶ ${step.name} (npm run ${step.script})`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], { env: { ...process.env, FORCE_COLOR: '0' } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const text = Buffer.concat(output).toString().trimEnd();
      const verdict = code === 0 ? 'passed' : `FAILED (exit ${code})`;
      console.log(`\n── ${step.name}: ${verdict} in ${seconds.toFixed(0)} s ──${text ? `\n${text}` : ''}\n`);
      resolve({ step, code: code ?? 1, seconds, output: text });
    });
  });
}

const started = performance.now();
const done = new Map<string, Outcome>();
const running = new Map<string, Promise<Outcome>>();
let failed = false;

const ready = (step: Step) =>
  !done.has(step.name) &&
  !running.has(step.name) &&
  (step.needs ?? []).every((need) => !selectedNames.has(need) || done.get(need)?.code === 0) &&
  (!step.lock || ![...running.keys()].some((name) => STEPS.find((s) => s.name === name)!.lock === step.lock));

while (done.size < selected.length) {
  while (!failed && running.size < jobs) {
    const next = selected.find(ready);
    if (!next) break;
    running.set(next.name, run(next));
  }
  if (running.size === 0) break;
  const outcome = await Promise.race(running.values());
  running.delete(outcome.step.name);
  done.set(outcome.step.name, outcome);
  if (outcome.code !== 0) failed = true;
}

const total = (performance.now() - started) / 1000;
console.log('Step                 Result   Time');
for (const step of selected) {
  const outcome = done.get(step.name);
  const result = !outcome ? 'not run' : outcome.code === 0 ? 'passed' : 'FAILED';
  console.log(`${step.name.padEnd(20)} ${result.padEnd(8)} ${outcome ? `${outcome.seconds.toFixed(0).padStart(4)} s` : ''}`);
}
for (const outcome of done.values()) {
  if (outcome.code === 0) continue;
  const tail = outcome.output.split('\n').slice(-FAILURE_TAIL_LINES);
  console.log(`\n── ${outcome.step.name} failed; the last ${tail.length} lines of its output ──\n${tail.join('\n')}\n`);
}
console.log(
  `npm test: ${failed || done.size < selected.length ? 'FAILED' : 'passed'} in ${(total / 60).toFixed(1)} min (${jobs} at a time)`,
);
process.exitCode = failed || done.size < selected.length ? 1 : 0;
