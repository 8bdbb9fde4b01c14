/**
 * The porting checker: reads a shell script, Dockerfile, cloud-init user data or Ansible tasks
 * line by line and reports what the rules in src/data/port-rules.ts find for one target release.
 * Pure and total: any string is accepted, nothing is run, and the work is linear in the input
 * (each line is cut at MAX_LINE characters, and a keyword pre-filter decides which patterns run).
 */
import { PORT_RULES, SEVERITIES, type PortAdvice, type PortRule, type PortTarget, type Severity } from '../../data/port-rules.ts';

export interface Finding {
  ruleId: string;
  /** 1-based line and column of the match. */
  line: number;
  column: number;
  /** The matched text. */
  match: string;
  /** The whole line (cut at MAX_EXCERPT characters), to show as text. */
  excerpt: string;
  severity: Severity;
}

export type InputKind = 'dockerfile' | 'cloud-init' | 'ansible' | 'shell';

export interface PortCheckResult {
  target: PortTarget;
  /** Findings in line order, at most MAX_FINDINGS; `total` counts them all. */
  findings: Finding[];
  total: number;
  counts: Record<Severity, number>;
  /** Ids of the rules that found something, in rule order. */
  rulesHit: string[];
  /** Findings per rule id, counting those beyond MAX_FINDINGS too. */
  perRule: Record<string, number>;
  lines: number;
  /** Lines longer than MAX_LINE: only their start was checked. */
  longLines: number;
  kind: InputKind;
}

/** Characters of each line that are checked. */
export const MAX_LINE = 2000;
/** Findings listed in full; more are only counted. */
export const MAX_FINDINGS = 500;
const MAX_EXCERPT = 200;

interface Prepared {
  rule: PortRule;
  advice: PortAdvice;
  matchers: { pattern: RegExp; context: RegExp | undefined }[];
}

function prepare(rules: readonly PortRule[], target: PortTarget, text: string): Prepared[] {
  const prepared: Prepared[] = [];
  for (const rule of rules) {
    const advice = rule.targets[target];
    if (!advice) continue;
    if (rule.unlessText && new RegExp(rule.unlessText.source, rule.unlessText.flags.replace(/[gy]/g, '')).test(text)) continue;
    prepared.push({
      rule,
      advice,
      matchers: rule.match.map((m) => ({
        pattern: new RegExp(m.pattern.source, m.pattern.flags.replace(/[gy]/g, '')),
        context: m.context,
      })),
    });
  }
  return prepared;
}

/** A guess at what the text is, from its first lines; it only changes the wording of the result. */
export function guessInputKind(lines: readonly string[]): InputKind {
  const head = lines.slice(0, 200).map((l) => l.slice(0, 200));
  const first = head.find((l) => l.trim() !== '')?.trim() ?? '';
  if (/^#cloud-config\b/.test(first)) return 'cloud-init';
  const from = head.some((l) => /^\s*FROM\s+\S/i.test(l));
  if (from && head.some((l) => /^\s*(?:RUN|COPY|ADD|CMD|ENTRYPOINT|ENV|WORKDIR)\s/i.test(l))) return 'dockerfile';
  if (head.some((l) => /^\s*-\s+(?:name|hosts|import_tasks|include_tasks|ansible\.builtin\.\w+)\s*:/.test(l))) return 'ansible';
  return 'shell';
}

/** Checks the text for the target release. */
export function checkPort(text: string, target: PortTarget, rules: readonly PortRule[] = PORT_RULES): PortCheckResult {
  const lines = text.split(/\r\n|\n|\r/);
  const prepared = prepare(rules, target, text);
  const findings: Finding[] = [];
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const perRule: Record<string, number> = {};
  let total = 0;
  let longLines = 0;

  for (let i = 0; i < lines.length; i++) {
    const full = lines[i]!;
    if (full.length === 0) continue;
    let line = full;
    if (full.length > MAX_LINE) {
      longLines += 1;
      line = full.slice(0, MAX_LINE);
    }
    const lower = line.toLowerCase();
    const start = line.trimStart();
    const comment = start.startsWith('#') && !start.startsWith('#!');
    for (const { rule, advice, matchers } of prepared) {
      if (comment && !rule.inComments) continue;
      if (!rule.keywords.some((k) => lower.includes(k))) continue;
      for (const { pattern, context } of matchers) {
        const m = pattern.exec(line);
        if (!m) continue;
        if (context && !context.test(line)) continue;
        if (advice.skipIfMatch && advice.skipIfMatch.test(m[0])) continue;
        total += 1;
        counts[advice.severity] += 1;
        perRule[rule.id] = (perRule[rule.id] ?? 0) + 1;
        if (findings.length < MAX_FINDINGS) {
          findings.push({
            ruleId: rule.id,
            line: i + 1,
            column: m.index + 1,
            match: m[0].length > MAX_EXCERPT ? m[0].slice(0, MAX_EXCERPT) : m[0],
            excerpt: line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT)}…` : line,
            severity: advice.severity,
          });
        }
        break; // one finding per rule and line
      }
    }
  }
  return {
    target,
    findings,
    total,
    counts,
    rulesHit: rules.filter((r) => perRule[r.id] !== undefined).map((r) => r.id),
    perRule,
    lines: text === '' ? 0 : lines.length,
    longLines,
    kind: guessInputKind(lines),
  };
}

const KIND_WORDS: Record<InputKind, string> = {
  dockerfile: 'a Dockerfile',
  'cloud-init': 'cloud-init user data',
  ansible: 'Ansible tasks',
  shell: 'a script',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The one-line summary a screen reader hears after a check. */
export function summarizePortCheck(result: PortCheckResult, targetName: string): string {
  if (result.lines === 0) return 'Nothing to check yet.';
  const read = `Read ${plural(result.lines, 'line')} as ${KIND_WORDS[result.kind]}.`;
  if (result.total === 0)
    return `${read} No known porting problems for ${targetName}. The checker knows a fixed list of patterns, so a clean result is not a guarantee.`;
  const parts = [
    result.counts.error > 0 ? plural(result.counts.error, 'error') : '',
    result.counts.warning > 0 ? plural(result.counts.warning, 'warning') : '',
    result.counts.info > 0 ? plural(result.counts.info, 'note') : '',
  ].filter(Boolean);
  return `${read} For ${targetName}: ${parts.join(', ')}.`;
}

/** Splits advice text on `backticks` into plain and code parts, for rendering without HTML. */
export function adviceParts(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text !== '');
}

/**
 * The findings as a Markdown task list for a ticket: one item per rule that found something, worst
 * first, with its lines, what breaks, what to do instead and where to read more.
 */
export function findingsChecklist(
  result: PortCheckResult,
  targetName: string,
  moreAbout: (ruleId: string) => string | undefined,
  rules: readonly PortRule[] = PORT_RULES,
): string {
  const hit = rules
    .filter((rule) => result.rulesHit.includes(rule.id) && rule.targets[result.target])
    .toSorted((a, b) => SEVERITIES.indexOf(a.targets[result.target]!.severity) - SEVERITIES.indexOf(b.targets[result.target]!.severity));
  const items = hit.map((rule) => {
    const advice = rule.targets[result.target]!;
    const lines = result.findings.filter((f) => f.ruleId === rule.id).map((f) => f.line);
    const where =
      lines.length > 0
        ? `line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}`
        : 'see the script';
    const link = moreAbout(rule.id);
    return `- [ ] **${rule.title}** (${advice.severity}, ${where}): ${advice.breaks} Instead: ${advice.instead}${link ? ` (${link})` : ''}`;
  });
  return [`## Porting to ${targetName}: ${result.total} finding${result.total === 1 ? '' : 's'}`, '', ...items, ''].join('\n');
}
