/**
 * The one error format of the project. Every validator (data, MDX content, the permalink manifest,
 * the built site, byte budgets) reports problems in this shape, so a reader always learns the file,
 * the entry in it, the field, the value found and what was expected instead.
 */

export interface Problem {
  /** The file to open: "src/data/commands.ts", "content/docs/selinux.mdx:12:3", "dist/guide/overview/index.html". */
  file: string;
  /** The entry inside it: `command "install-package"`, `<Command> tag`, `page /guide/overview/`. */
  entry: string;
  /** Dotted path or attribute inside the entry, e.g. `lifecycle.endOfMaintenance`; empty for the entry itself. */
  field: string;
  /** The value found; `undefined` when the field is missing. */
  value: unknown;
  /** What was expected, said so that it tells the fix. */
  expected: string;
}

const MAX_VALUE = 120;

function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export function formatProblem(problem: Problem): string {
  const where = problem.field ? `${problem.field} = ${showValue(problem.value)}` : showValue(problem.value);
  return `${problem.file} › ${problem.entry} › ${where}: expected ${problem.expected}`;
}

/** Thrown when a check finds problems; its message lists every one of them. */
export class ProblemsError extends Error {
  readonly problems: readonly Problem[];
  constructor(what: string, problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${what} has ${count}:\n  ${problems.map(formatProblem).join('\n  ')}`);
    this.name = 'ProblemsError';
    this.problems = problems;
  }
}

/** Throws a ProblemsError naming `what` when there are problems. */
export function assertNoProblems(what: string, problems: readonly Problem[]): void {
  if (problems.length > 0) throw new ProblemsError(what, problems);
}
