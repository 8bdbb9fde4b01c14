/**
 * The release identifier page: runs src/lib/domain/identify.ts on what the user pastes and shows the
 * answer. Nothing leaves the page: no request is made and the address does not change.
 */
import {
  describeClaim,
  describeMatch,
  identify,
  summarizeIdentification,
  type Clue,
  type Identification,
  type IdentifyKnowledge,
  type Match,
} from '../../lib/domain/identify.ts';
import { statusSlug, type LifecycleStatus } from '../../lib/domain/lifecycle.ts';
import { el, plural, readIsland, wireToolForm } from './dom.ts';

interface ReleaseDisplay {
  status: LifecycleStatus;
  statusText: string;
  lineage: string;
  relations: string[];
  releaseHref: string;
  commandsHref: string | null;
}

interface Island {
  statusDate: string;
  knowledge: IdentifyKnowledge;
  display: Record<string, ReleaseDisplay>;
  examples: { label: string; text: string }[];
  guide: string;
}

const CONFIDENCE: Record<string, string> = {
  high: 'High: os-release names one release, or two kinds of evidence agree.',
  medium: 'Medium: one release line or hostnamectl name, a rebuild, or an os-release ID shared by two families without NAME.',
  low: 'Low: only a kernel version, or the input does not show the release.',
};

const SOURCE_NAMES: Record<Clue['source'], string> = {
  'os-release': 'os-release',
  'release-file': 'release file',
  hostnamectl: 'hostnamectl',
  kernel: 'kernel',
  'image-id': '/etc/image-id',
};

function clueItem(clue: Clue): HTMLLIElement {
  return el(
    'li',
    {},
    el('code', {}, clue.label === 'release line' || clue.label === 'kernel release' ? clue.value : `${clue.label}=${clue.value}`),
    ` (line ${clue.line}, ${SOURCE_NAMES[clue.source]})`,
  );
}

function row(list: HTMLDListElement, term: string, ...detail: (Node | string)[]): void {
  list.append(el('dt', {}, term), el('dd', {}, ...detail));
}

function releaseDetails(data: Island, releaseId: string, list: HTMLDListElement): void {
  const d = data.display[releaseId];
  if (!d) return;
  const relations = d.relations.length > 0 ? el('ul', {}, ...d.relations.map((r) => el('li', {}, r))) : null;
  row(list, 'Lineage', el('p', {}, d.lineage), ...(relations ? [relations] : []));
  row(list, `Status on ${data.statusDate}`, el('span', { className: `status status-${statusSlug(d.status)}` }, d.statusText));
  const name = data.knowledge.releases.find((r) => r.id === releaseId)?.shortName ?? releaseId;
  const links = el('ul', { className: 'tool-links' }, el('li', {}, el('a', { href: d.releaseHref }, `${name} release page`)));
  if (d.commandsHref) links.append(el('li', {}, el('a', { href: d.commandsHref }, `${name} in the command reference`)));
  row(list, 'More', links);
}

function matchHeadline(data: Island, match: Match, result: Identification): HTMLElement {
  const text = describeMatch(data.knowledge, match);
  const minor = result.minor ? `, release ${result.minor.value}` : '';
  return el('p', { className: 'verdict' }, el('strong', {}, text.charAt(0).toUpperCase() + text.slice(1)), minor);
}

function render(data: Island, result: Identification, out: HTMLElement): void {
  const k = data.knowledge;
  const parts: Node[] = [];
  const v = result.verdict;
  if (v.kind === 'empty') {
    out.replaceChildren(el('p', { className: 'tool-summary' }, 'Nothing to identify yet.'));
    return;
  }
  if (v.kind === 'unknown') {
    parts.push(el('p', { className: 'verdict' }, el('strong', {}, 'Not identified. '), v.reason));
  } else if (v.kind === 'conflict') {
    parts.push(
      el('p', { className: 'verdict verdict-conflict' }, el('strong', {}, 'The input contradicts itself, so no release is named.')),
      el('ul', {}, ...v.claims.map((c) => el('li', {}, describeClaim(k, c), '.'))),
      el(
        'p',
        {},
        'Paste the files from one machine. If the parts really come from one system, trust /etc/os-release: it is the file made for identification (see ',
        el('a', { href: `${data.guide}#os-release` }, 'the fields that matter'),
        ').',
      ),
    );
  } else {
    const list = el('dl', { className: 'facts tool-facts' });
    parts.push(matchHeadline(data, v.match, result), list);
    row(list, 'How sure', CONFIDENCE[v.confidence] ?? v.confidence);
    row(list, 'Decided by', el('ul', { className: 'clues' }, ...v.decidedBy.map(clueItem)));
    const m = v.match;
    if (m.kind === 'release') releaseDetails(data, m.releaseId, list);
    if (m.kind === 'former') {
      row(
        list,
        'Note',
        `${m.formerName} was the preview of ${describeMatch(k, { kind: 'release', releaseId: m.releaseId })}, renamed before general availability. This site treats it as a separate, untracked system.`,
      );
      releaseDetails(data, m.releaseId, list);
    }
    if (m.kind === 'rebuild') {
      row(list, 'Why a rebuild', `It is not a release this site tracks, but ${m.basis}.`);
      const related = m.relatedReleaseId ? data.display[m.relatedReleaseId] : undefined;
      if (related && m.relatedReleaseId) {
        const name = k.releases.find((r) => r.id === m.relatedReleaseId)?.name ?? m.relatedReleaseId;
        row(list, 'Closest tracked release', el('a', { href: related.releaseHref }, name));
      }
    }
    if (m.kind === 'ambiguous')
      row(
        list,
        'Candidates',
        el(
          'ul',
          {},
          ...m.releaseIds.map((id) =>
            el('li', {}, el('a', { href: data.display[id]?.releaseHref ?? '#' }, describeMatch(k, { kind: 'release', releaseId: id }))),
          ),
        ),
      );
  }
  if (result.notes.length > 0) parts.push(el('h4', {}, 'Notes'), el('ul', {}, ...result.notes.map((n) => el('li', {}, n))));
  if (result.problemCount > 0 || result.ignored.count > 0) {
    const items: Node[] = result.problems.map((p) => el('li', {}, `Line ${p.line}: ${p.message}`));
    if (result.problemCount > result.problems.length)
      items.push(el('li', {}, `…and ${plural(result.problemCount - result.problems.length, 'more problem')}.`));
    if (result.ignored.count > 0) {
      const more =
        result.ignored.count > result.ignored.lines.length ? ` and ${result.ignored.count - result.ignored.lines.length} more` : '';
      items.push(
        el('li', {}, `Not understood and ignored: ${plural(result.ignored.count, 'line')} (${result.ignored.lines.join(', ')}${more}).`),
      );
    }
    parts.push(el('h4', {}, 'Lines that were not read'), el('ul', {}, ...items));
  }
  out.replaceChildren(...parts);
}

export function setupIdentify(): void {
  const form = document.querySelector<HTMLFormElement>('[data-identify-form]');
  const input = form?.querySelector<HTMLTextAreaElement>('textarea');
  const status = document.querySelector<HTMLElement>('[data-identify-status]');
  const out = document.querySelector<HTMLElement>('[data-identify-result]');
  const data = readIsland<Island>('identify-data');
  if (!form || !input || !status || !out || !data) return;

  const checkNow = wireToolForm(form, input, status, () => {
    const result = identify(input.value, data.knowledge);
    render(data, result, out);
    return summarizeIdentification(data.knowledge, result);
  });

  const examples = form.querySelector<HTMLElement>('[data-identify-examples]');
  for (const example of data.examples) {
    const button = el('button', { className: 'tool-example' }, example.label);
    button.type = 'button';
    button.addEventListener('click', () => {
      input.value = example.text;
      checkNow();
    });
    examples?.append(' ', button);
  }
}
