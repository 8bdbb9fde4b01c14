/**
 * A porting path as a checklist to paste into a ticket: a Markdown task list (GitHub, GitLab, Jira
 * Cloud's editor), Jira wiki markup, or Confluence wiki markup (Insert › Markup). Every item names the
 * task, the command on each side and the link to read more; the header carries the page URL and the
 * date the statuses and data apply to.
 */
import { SEVERITIES, SEVERITY_NAMES, type PortPath, type Severity, type VariantForPort } from '../domain/port-path.ts';

export const CHECKLIST_FORMATS = ['markdown', 'jira', 'confluence'] as const;
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

export const CHECKLIST_FORMAT_NAMES: Readonly<Record<ChecklistFormat, string>> = {
  markdown: 'Markdown task list',
  jira: 'Jira wiki markup',
  confluence: 'Confluence wiki markup',
};

/** Each format's file beside the porting page: served as text, fetched by the copy button. */
export const CHECKLIST_FILES: Readonly<Record<ChecklistFormat, { file: string; type: 'text/markdown' | 'text/plain' }>> = {
  markdown: { file: 'checklist.md', type: 'text/markdown' },
  jira: { file: 'checklist.jira.txt', type: 'text/plain' },
  confluence: { file: 'checklist.confluence.txt', type: 'text/plain' },
};

export interface ChecklistContext {
  /** Short names of the two releases, e.g. "RHEL 9" and "AL2023". */
  fromName: string;
  toName: string;
  /** The porting page's public URL. */
  url: string;
  /** The day the page's data and statuses apply to. */
  asOf: string;
  /** The public URL for a task's cell on the target release. */
  taskUrl: (taskId: string) => string;
  /** A fact's label, e.g. "Package manager". */
  factLabel: (key: string) => string;
}

interface Item {
  severity: Severity;
  title: string;
  before: string[];
  after: string[];
  /** Prose that stands in for a command: "not available", "not established". */
  beforeText?: string;
  afterText?: string;
  url?: string;
}

const CHECKED: readonly Severity[] = SEVERITIES.filter((s) => s !== 'same');

function variantParts(variant: VariantForPort): { lines: string[]; text?: string } {
  if (variant.kind === 'command') return { lines: [...variant.lines] };
  if (variant.kind === 'unknown') return { lines: [], text: 'not established' };
  return { lines: [...(variant.lines ?? [])], text: variant.lines ? 'not available; instead' : 'not available' };
}

function items(path: PortPath, context: ChecklistContext): Item[] {
  const facts = path.facts
    .filter((fact) => CHECKED.includes(fact.severity))
    .map((fact): Item => ({
      severity: fact.severity,
      title: context.factLabel(fact.key),
      before: [],
      after: [],
      beforeText: fact.from.text ?? 'unknown',
      afterText: fact.to.text ?? 'unknown',
    }));
  const tasks = path.tasks
    .filter((task) => CHECKED.includes(task.severity))
    .map((task): Item => {
      const before = variantParts(task.from);
      const after = variantParts(task.to);
      return {
        severity: task.severity,
        title: task.title,
        before: before.lines,
        after: after.lines,
        ...(before.text ? { beforeText: before.text } : {}),
        ...(after.text ? { afterText: after.text } : {}),
        url: context.taskUrl(task.taskId),
      };
    });
  return [...facts, ...tasks];
}

interface Markup {
  heading: (level: 2 | 3, text: string) => string;
  item: (text: string) => string;
  code: (text: string) => string;
  strong: (text: string) => string;
  link: (text: string, url: string) => string;
  text: (text: string) => string;
}

const wikiEscape = (text: string) => text.replace(/[\\{}[\]|*_^~+-]/g, (c) => `\\${c}`);
const wikiMarkup = (item: (text: string) => string): Markup => ({
  heading: (level, text) => `h${level}. ${wikiEscape(text)}`,
  item,
  // {{…}} cannot hold "}}" or a line break; braces and brackets inside are escaped.
  code: (text) => `{{${text.replace(/[\\{}[\]|]/g, (c) => `\\${c}`)}}}`,
  strong: (text) => `*${wikiEscape(text)}*`,
  link: (text, url) => `[${wikiEscape(text)}|${url}]`,
  text: wikiEscape,
});

const MARKUPS: Readonly<Record<ChecklistFormat, Markup>> = {
  markdown: {
    heading: (level, text) => `${'#'.repeat(level)} ${text}`,
    item: (text) => `- [ ] ${text}`,
    code: (text) => {
      const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
      return fence.length > 1 || text.startsWith(' ') ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
    },
    strong: (text) => `**${text.replace(/[*_]/g, '\\$&')}**`,
    link: (text, url) => `[${text.replace(/[[\]]/g, '\\$&')}](${url})`,
    text: (text) => text.replace(/[*_[\]<>]/g, '\\$&'),
  },
  jira: wikiMarkup((text) => `* ${text}`),
  confluence: wikiMarkup((text) => `[] ${text}`),
};

function side(markup: Markup, name: string, lines: string[], text: string | undefined): string {
  const parts = [text ? markup.text(text) : '', lines.map(markup.code).join(' then ')].filter(Boolean);
  return `${markup.text(name)}: ${parts.join(' ')}`;
}

export function portChecklist(path: PortPath, format: ChecklistFormat, context: ChecklistContext): string {
  const markup = MARKUPS[format];
  const all = items(path, context);
  const out = [
    markup.heading(2, `Porting checklist: ${context.fromName} → ${context.toName}`),
    `${markup.text(`From the Amazon Linux ↔ RHEL Field Guide, data as of ${context.asOf}:`)} ${markup.link(context.url, context.url)}`,
  ];
  for (const severity of CHECKED) {
    const group = all.filter((item) => item.severity === severity);
    if (group.length === 0) continue;
    out.push('', markup.heading(3, `${SEVERITY_NAMES[severity]} (${group.length})`));
    for (const item of group) {
      const sides = `${side(markup, context.fromName, item.before, item.beforeText)} → ${side(markup, context.toName, item.after, item.afterText)}`;
      const more = item.url ? ` (${markup.link('details', item.url)})` : '';
      out.push(markup.item(`${markup.strong(item.title)}: ${sides}${more}`));
    }
  }
  return `${out.join('\n')}\n`;
}
