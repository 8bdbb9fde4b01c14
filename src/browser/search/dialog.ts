/**
 * The search dialog, loaded only when the reader shows intent (see src/browser/enhance.ts).
 * A modal <dialog> keeps focus inside and closes on Esc, returning focus to the control that opened it.
 * Arrow keys move between the results; Enter opens one. Query and filters live in the page URL.
 */
import { listEchoed } from '../../core/echo.ts';
import { SEARCH_KINDS, type SearchKind } from '../../lib/search/search-entry.ts';
import { filtersOf, readSearchState, resultSummary, searchStateUrl, type SearchState } from '../../lib/search/search-state.ts';
import { searchDelay } from '../../lib/search/typing.ts';
import { loadSearchEngine } from './engine.ts';
import { noResults, resultItem } from './render.ts';

const KIND_NAMES: Record<SearchKind, string> = { command: 'Commands', guide: 'Guides', release: 'Releases', port: 'Porting' };

interface Parts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  kindButtons: Map<SearchKind, HTMLButtonElement>;
  releaseButtons: Map<string, HTMLButtonElement>;
  releaseSummary: HTMLElement;
  status: HTMLElement;
  list: HTMLUListElement;
}

let parts: Parts | undefined;
let opener: HTMLElement | null = null;
let state: SearchState = { query: '', kinds: [], releases: [] };
let generation = 0;
/** Said once when the page URL carried filters we could not use. */
let notice = '';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** The list with `value` added at its end, or without it when it was there. */
const toggled = <T>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** A filter toggle: pressing it changes the state and searches again; `run` sets its aria-pressed. */
function toggleButton(label: string, attributes: Record<string, string>, change: () => void): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'search-toggle', ...attributes }, label);
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    change();
    void run();
  });
  return button;
}

function build(commandsHref: string, releases: { id: string; title: string; shortName: string }[]): Parts {
  const dialog = element('dialog', { class: 'search-dialog' });
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  const title = element('h2', { id: 'search-dialog-title', class: 'visually-hidden' }, 'Search the guide');
  const input = element('input', {
    type: 'search',
    id: 'search-dialog-input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Command, package, path or question',
  });
  input.setAttribute('aria-describedby', 'search-dialog-status');
  const label = element('label', { for: 'search-dialog-input', class: 'visually-hidden' }, 'Search');
  const close = element('button', { type: 'button', class: 'search-close' }, 'Close');
  close.setAttribute('aria-label', 'Close search');
  const head = element('div', { class: 'search-head' }, label, input, close);
  head.setAttribute('role', 'search');

  const kindButtons = new Map<SearchKind, HTMLButtonElement>();
  const filters = element('div', { class: 'search-filters' });
  filters.setAttribute('role', 'group');
  filters.setAttribute('aria-label', 'Show only');
  for (const kind of SEARCH_KINDS) {
    const button = toggleButton(KIND_NAMES[kind], {}, () => (state = { ...state, kinds: toggled(state.kinds, kind) }));
    kindButtons.set(kind, button);
    filters.append(button);
  }
  // Releases are toggles too, behind a disclosure (there are many); several mean "any of them".
  const releaseButtons = new Map<string, HTMLButtonElement>();
  const releaseGroup = element('div', { class: 'search-release-toggles' });
  releaseGroup.setAttribute('role', 'group');
  releaseGroup.setAttribute('aria-label', 'Release');
  for (const { id, title, shortName } of releases) {
    const button = toggleButton(shortName, { title }, () => (state = { ...state, releases: toggled(state.releases, id) }));
    releaseButtons.set(id, button);
    releaseGroup.append(button);
  }
  const releaseSummary = element('summary', { class: 'search-toggle' });
  filters.append(element('details', { class: 'search-releases' }, releaseSummary, releaseGroup));

  const status = element('p', { id: 'search-dialog-status', class: 'search-status' });
  status.setAttribute('role', 'status');
  const list = element('ul', { class: 'search-results', id: 'search-dialog-results' });
  list.setAttribute('aria-label', 'Results');
  const foot = element('p', { class: 'search-foot' }, 'Arrow keys move through results, Enter opens one, Esc closes. ');
  const browse = element('a', { href: commandsHref }, 'Browse all commands');
  foot.append(browse);
  dialog.append(title, head, filters, status, list, foot);
  document.body.append(dialog);

  let pending: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    clearTimeout(pending);
    list.setAttribute('aria-busy', 'true');
    // A short last word waits for a boundary or a pause (see searchDelay); a longer one searches at
    // once: a warm query takes a few milliseconds, and a stale answer is dropped (see `generation`).
    const delay = searchDelay(input.value);
    if (delay === 0) void run();
    else pending = setTimeout(() => void run(), delay);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      links()[0]?.click();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    const move = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    if (move < 0) input.focus();
    else all[Math.min(move, all.length - 1)]?.focus();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    history.replaceState(null, '', searchStateUrl(location.href, null));
    opener?.focus();
  });
  return { dialog, input, kindButtons, releaseButtons, releaseSummary, status, list };
}

/** Each release toggle shows whether it is chosen; the disclosure's label names the chosen ones. */
function showReleases({ releaseButtons, releaseSummary }: Parts): void {
  const chosen: string[] = [];
  for (const [id, button] of releaseButtons) {
    const pressed = state.releases.includes(id);
    button.setAttribute('aria-pressed', String(pressed));
    if (pressed) chosen.push(button.textContent ?? id);
  }
  releaseSummary.textContent = `Release filter: ${chosen.length > 0 ? chosen.join(', ') : 'any'}`;
}

function links(): HTMLAnchorElement[] {
  return [...(parts?.list.querySelectorAll<HTMLAnchorElement>('li > a') ?? [])];
}

async function run(): Promise<void> {
  if (!parts) return;
  const current = ++generation;
  const { input, kindButtons, status, list } = parts;
  for (const [kind, button] of kindButtons) button.setAttribute('aria-pressed', String(state.kinds.includes(kind)));
  showReleases(parts);
  if (input.value !== state.query) input.value = state.query;
  history.replaceState(null, '', searchStateUrl(location.href, state));
  const query = state.query.trim();
  if (!query) {
    list.replaceChildren();
    list.setAttribute('aria-busy', 'false');
    status.textContent = notice || 'Type a command, a package, a path or a question.';
    return;
  }
  status.textContent = 'Searching…';
  list.setAttribute('aria-busy', 'true');
  const engine = await loadSearchEngine();
  const hits = await engine.search(query, filtersOf(state));
  if (current !== generation) return;
  list.replaceChildren(...(hits.length > 0 ? hits.map((hit) => resultItem(hit, query)) : [noResults(query, commandsLink)]));
  list.setAttribute('aria-busy', 'false');
  const summary = resultSummary(hits.length, query);
  status.textContent = notice ? `${summary} ${notice}` : summary;
}

let commandsLink = '/';

/** Opens the dialog, with the state from the page URL when it carries one. */
export async function openSearch(trigger: HTMLElement | null, commandsHref: string): Promise<void> {
  const active = document.activeElement;
  opener = active instanceof HTMLElement && active !== document.body ? active : trigger;
  commandsLink = commandsHref;
  const engine = loadSearchEngine();
  if (!parts) {
    const releases = (await engine).releases();
    parts = build(commandsHref, releases);
    const { state: fromUrl, ignored } = readSearchState(
      new URL(location.href).searchParams,
      releases.map((r) => r.id),
    );
    state = fromUrl;
    if (ignored.length > 0) notice = `Ignored ${listEchoed(ignored)} from the link.`;
  }
  if (!parts.dialog.open) parts.dialog.showModal();
  parts.input.focus();
  parts.input.select();
  await run();
}
