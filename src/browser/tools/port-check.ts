/**
 * The porting checker page: runs src/lib/domain/port-check.ts on what the user pastes, for the target
 * chosen, and lists the findings grouped by rule. Nothing leaves the page: no request is made
 * and the address does not change.
 */
import { DEFAULT_PORT_TARGET, PORT_RULES, PORT_TARGETS, type PortRule, type PortTarget } from '../../data/port-rules.ts';
import {
  adviceParts,
  checkPort,
  findingsChecklist,
  summarizePortCheck,
  type Finding,
  type PortCheckResult,
} from '../../lib/domain/port-check.ts';
import { el, plural, readIsland, wireToolForm, withCode } from './dom.ts';

interface Island {
  targets: { id: PortTarget; name: string }[];
  links: Record<
    string,
    { task: { href: string; title: string } | null; guide: { href: string; title: string } | null; release: Record<string, string> | null }
  >;
  sources: Record<string, { title: string; url: string; publisher: string; primary: boolean }>;
  /** Target → the porting pages of every move into it. */
  moves: Record<string, { name: string; href: string }[]>;
}

/** Lines listed per rule; the rest are counted. */
const LINES_PER_RULE = 20;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

const EXAMPLE = `#!/bin/bash
# Provision a web node (written for CentOS 7 and AL2)
amazon-linux-extras install -y nginx1
yum install -y epel-release ntp python2 aws-cli
systemctl enable --now ntpd
if [ -f /etc/redhat-release ]; then
  echo "*/5 * * * * /usr/local/bin/health.sh" | crontab -
fi
tail -n 20 /var/log/messages
`;

function ruleGroup(data: Island, rule: PortRule, target: PortTarget, findings: readonly Finding[], total: number): HTMLElement {
  const advice = rule.targets[target]!;
  const link = data.links[rule.id];
  const targetName = data.targets.find((t) => t.id === target)?.name ?? target;
  const shown = findings.slice(0, LINES_PER_RULE);
  const lines = el(
    'ul',
    { className: 'finding-lines' },
    ...shown.map((f) => el('li', {}, el('span', { className: 'finding-line' }, `Line ${f.line}`), ' ', el('code', {}, f.excerpt))),
  );
  if (total > shown.length) lines.append(el('li', {}, `…and ${plural(total - shown.length, 'more line')}.`));
  const more = el('ul', { className: 'tool-links' });
  if (link?.task) more.append(el('li', {}, el('a', { href: `${link.task.href}#${target}` }, `${link.task.title} on ${targetName}`)));
  if (link?.guide) more.append(el('li', {}, el('a', { href: link.guide.href }, `Guide: ${link.guide.title}`)));
  if (link?.release?.[target]) more.append(el('li', {}, el('a', { href: link.release[target] }, `${targetName}: platform facts`)));
  const sources = el(
    'ul',
    { className: 'finding-sources' },
    ...advice.sources.map((id) => {
      const s = data.sources[id];
      return el('li', {}, s ? el('a', { href: s.url }, s.title) : id, s ? ` (${s.publisher}${s.primary ? '' : ', secondary'})` : '');
    }),
  );
  return el(
    'li',
    { className: `finding severity-${advice.severity}` },
    el(
      'h4',
      {},
      el('span', { className: `severity severity-${advice.severity}` }, SEVERITY_WORDS[advice.severity]),
      ' ',
      rule.title,
      el('span', { className: 'finding-count' }, ` (${plural(total, 'line')})`),
    ),
    lines,
    el('p', {}, el('strong', {}, 'What breaks: '), advice.breaks),
    el('p', { className: 'finding-fix' }, el('strong', {}, 'Instead: '), ...withCode(adviceParts(advice.instead))),
    more.childElementCount > 0 ? more : null,
    el('details', {}, el('summary', {}, 'Sources'), sources),
  );
}

function render(data: Island, result: PortCheckResult, out: HTMLElement): void {
  if (result.total === 0) {
    out.replaceChildren();
    return;
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of result.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const firstLine = (id: string) => byRule.get(id)?.[0]?.line ?? Number.MAX_SAFE_INTEGER;
  const rules = (PORT_RULES as readonly PortRule[])
    .filter((r) => result.rulesHit.includes(r.id))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.targets[result.target]!.severity] - SEVERITY_ORDER[b.targets[result.target]!.severity] ||
        firstLine(a.id) - firstLine(b.id),
    );
  const targetName = data.targets.find((t) => t.id === result.target)?.name ?? result.target;
  const copy = el('button', { className: 'tool-copy-checklist' }, 'Copy findings as a checklist');
  copy.type = 'button';
  copy.addEventListener('click', async () => {
    const moreAbout = (ruleId: string) => {
      const link = data.links[ruleId];
      const href = link?.task ? `${link.task.href}#${result.target}` : link?.guide?.href;
      return href ? new URL(href, location.href).href : undefined;
    };
    try {
      await navigator.clipboard.writeText(findingsChecklist(result, targetName, moreAbout));
      copy.textContent = 'Copied';
      setTimeout(() => (copy.textContent = 'Copy findings as a checklist'), 2000);
    } catch {
      copy.textContent = 'Could not copy: your browser blocked the clipboard';
    }
  });
  const parts: Node[] = [
    el('p', {}, copy),
    el(
      'ol',
      { className: 'findings' },
      ...rules.map((r) => ruleGroup(data, r, result.target, byRule.get(r.id) ?? [], result.perRule[r.id] ?? 0)),
    ),
  ];
  if (result.total > result.findings.length) {
    parts.push(
      el('p', {}, `Only the first ${plural(result.findings.length, 'finding')} of ${result.total.toLocaleString('en-US')} are listed.`),
    );
  }
  if (result.longLines > 0)
    parts.push(el('p', {}, `${plural(result.longLines, 'line')} longer than 2,000 characters were checked only at the start.`));
  const moves = data.moves[result.target] ?? [];
  if (moves.length > 0) {
    const links = moves.flatMap((move, i) => [...(i > 0 ? [', '] : []), el('a', { href: move.href }, move.name)]);
    parts.push(el('p', { className: 'port-moves-links' }, 'Every task that changes, for the whole move: ', ...links, '.'));
  }
  out.replaceChildren(...parts);
}

export function setupPortCheck(): void {
  const form = document.querySelector<HTMLFormElement>('[data-port-form]');
  const input = form?.querySelector<HTMLTextAreaElement>('textarea');
  const status = document.querySelector<HTMLElement>('[data-port-status]');
  const out = document.querySelector<HTMLElement>('[data-port-result]');
  const data = readIsland<Island>('port-data');
  if (!form || !input || !status || !out || !data) return;

  const target = (): PortTarget => {
    const value = form.querySelector<HTMLInputElement>('input[name=target]:checked')?.value;
    return (PORT_TARGETS as readonly string[]).includes(value ?? '') ? (value as PortTarget) : DEFAULT_PORT_TARGET;
  };
  const checkNow = wireToolForm(form, input, status, () => {
    const t = target();
    const result = checkPort(input.value, t);
    render(data, result, out);
    return summarizePortCheck(result, data.targets.find((x) => x.id === t)?.name ?? t);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[name=target]')) checkNow();
  });
  // After an explicit check, bring the findings into view (typing updates them in place).
  const showFindings = () => out.closest('section')?.scrollIntoView({ block: 'start' });
  form.addEventListener('submit', showFindings);
  form.querySelector('[data-port-example]')?.addEventListener('click', () => {
    input.value = EXAMPLE;
    checkNow();
    showFindings();
  });
}
