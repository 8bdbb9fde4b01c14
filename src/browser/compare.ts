/**
 * Applies the "compare two releases" choice to every command table on the page (see src/lib/domain/compare.ts):
 * only the two releases show, the "from" release first; "On this page" and the category list follow what is
 * shown; "only differences" hides the tasks whose two commands are the same, and is kept in the address.
 */
import { compareUrl, readComparePair, type ComparePair } from '../lib/domain/compare.ts';
import { COMPARE_STORAGE_KEY } from '../lib/presentation/compare-storage.ts';

function saved(): string | null {
  try {
    return localStorage.getItem(COMPARE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function save(pair: ComparePair | null): void {
  try {
    if (pair) localStorage.setItem(COMPARE_STORAGE_KEY, `${pair.from},${pair.to}`);
    else localStorage.removeItem(COMPARE_STORAGE_KEY);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** The release-specific parts of the page, each with a marker at its place in the markup, so the order can be restored. */
function releaseParts(): Map<HTMLElement, Comment> {
  const parts = new Map<HTMLElement, Comment>();
  for (const el of document.querySelectorAll<HTMLElement>('[data-compare-scope] [data-release]')) {
    if (el.closest('[data-compare-fixed]')) continue;
    const marker = document.createComment('');
    el.before(marker);
    parts.set(el, marker);
  }
  return parts;
}

/** Shows only the pair's parts, the "from" part first (it moves ahead of the "to" part where the markup has it after). */
function showPair(parts: Map<HTMLElement, Comment>, pair: ComparePair | null): void {
  for (const [el, marker] of parts) {
    marker.after(el);
    el.hidden = pair !== null && el.dataset['release'] !== pair.from && el.dataset['release'] !== pair.to;
  }
  if (!pair) return;
  for (const el of parts.keys()) {
    if (el.dataset['release'] !== pair.to) continue;
    const from = [...(el.parentElement?.children ?? [])].find((sibling) => (sibling as HTMLElement).dataset['release'] === pair.from);
    if (from && el.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) from.after(el);
  }
}

/** A cell's command as text, without its copy button. */
function cellText(cell: Element | null): string {
  if (!cell) return '';
  const copy = cell.cloneNode(true) as Element;
  for (const button of copy.querySelectorAll('button')) button.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** With a pair and "only differences", hides each task row whose two commands read the same, and a table left empty. */
function showOnlyDifferences(pair: ComparePair | null, only: boolean): void {
  for (const scope of document.querySelectorAll<HTMLElement>('[data-compare-scope]')) {
    const rows = [...scope.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    if (rows.length === 0) continue;
    for (const row of rows) {
      const cell = (id: string) => row.querySelector(`[data-release="${CSS.escape(id)}"]`);
      row.hidden = pair !== null && only && cellText(cell(pair.from)) === cellText(cell(pair.to));
    }
    scope.hidden = rows.every((row) => row.hidden);
  }
}

/** "On this page" and the category list: an entry per part still shown, in the order shown. */
function syncContents(): void {
  const target = (link: HTMLAnchorElement) => document.getElementById(decodeURIComponent(link.hash.slice(1)));
  for (const list of document.querySelectorAll<HTMLElement>('.toc ol, .category-index ul')) {
    const items = [...list.children].filter((li) => li.querySelector('a[href^="#"]')) as HTMLLIElement[];
    const targets = new Map(items.map((li) => [li, target(li.querySelector<HTMLAnchorElement>('a[href^="#"]')!)]));
    for (const [li, el] of targets) li.hidden = el?.closest('[hidden]') != null;
    items.sort((a, b) => {
      const [ta, tb] = [targets.get(a), targets.get(b)];
      if (!ta || !tb || ta === tb) return 0;
      return ta.compareDocumentPosition(tb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    list.append(...items);
  }
}

export function setupCompare(): void {
  const form = document.querySelector<HTMLFieldSetElement>('[data-compare-form]');
  const from = form?.querySelector<HTMLSelectElement>('select[name=from]');
  const to = form?.querySelector<HTMLSelectElement>('select[name=to]');
  const reset = form?.querySelector<HTMLButtonElement>('[data-compare-reset]');
  const status = form?.querySelector<HTMLElement>('[data-compare-status]');
  const port = form?.querySelector<HTMLElement>('[data-compare-port]');
  const portLink = port?.querySelector<HTMLAnchorElement>('a[data-href-template]');
  const differences = form?.querySelector<HTMLElement>('[data-compare-differences]');
  const onlyDifferences = differences?.querySelector<HTMLInputElement>('input');
  if (!form || !from || !to || !reset || !status || !port || !portLink || !differences || !onlyDifferences) return;
  const known = [...from.options].map((o) => o.value).filter(Boolean);
  const nameOf = (id: string) => from.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(id)}"]`)?.textContent ?? id;
  const parts = releaseParts();
  // On a phone a compared task stacks its two commands (src/styles/commands.css); each then says which release it is for.
  for (const cell of document.querySelectorAll<HTMLElement>('table.command-matrix td[data-release]'))
    cell.dataset['label'] = nameOf(cell.dataset['release']!);
  const hasTaskRows = document.querySelector('[data-compare-scope] tbody tr') !== null;
  let current: ComparePair | null = null;

  function show(): void {
    showPair(parts, current);
    showOnlyDifferences(current, onlyDifferences!.checked);
    syncContents();
  }

  function apply(pair: ComparePair | null, message = ''): void {
    current = pair;
    from!.value = pair?.from ?? '';
    to!.value = pair?.to ?? '';
    if (pair) document.documentElement.dataset['compare'] = `${pair.from},${pair.to}`;
    else delete document.documentElement.dataset['compare'];
    differences!.hidden = pair === null || !hasTaskRows;
    show();
    status!.textContent = message || (pair ? `Showing ${nameOf(pair.from)} and ${nameOf(pair.to)} only, ${nameOf(pair.from)} first.` : '');
    port!.hidden = pair === null;
    if (pair) portLink!.href = portLink!.dataset['hrefTemplate']!.replace('{from}', pair.from).replace('{to}', pair.to);
  }

  function choose(): void {
    const pair = from!.value && to!.value ? { from: from!.value, to: to!.value } : null;
    if (!pair && (from!.value || to!.value)) {
      status!.textContent = 'Pick a second release to compare.';
      return;
    }
    if (pair && pair.from === pair.to) {
      status!.textContent = 'Pick two different releases to compare.';
      return;
    }
    save(pair);
    history.replaceState(null, '', compareUrl(location.href, pair, onlyDifferences!.checked));
    apply(pair);
  }

  // A release the reader picked while this module was loading (see compare-loader.ts) wins.
  const pickedWhileLoading = from.value !== '' || to.value !== '';
  const params = new URL(location.href).searchParams;
  const fromLink = params.has('from') || params.has('to');
  const initial = readComparePair(params, saved(), known);
  // Only pages with task rows offer the choice; elsewhere a link's ?only= is left alone.
  onlyDifferences.checked = initial.onlyDifferences && hasTaskRows;
  if (pickedWhileLoading && !initial.pair) choose();
  else if (initial.pair && !fromLink) {
    // A pair remembered from an earlier visit: applied, said so, and left out of this page's address.
    apply(
      initial.pair,
      initial.error ??
        `Showing ${nameOf(initial.pair.from)} and ${nameOf(initial.pair.to)} only, as you chose before (remembered in this browser). “Show all releases” forgets it.`,
    );
  } else apply(initial.pair, initial.error);
  // The page scrolled to its anchor before the tables changed: go there again now that they are final.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  from.addEventListener('change', choose);
  to.addEventListener('change', choose);
  onlyDifferences.addEventListener('change', () => {
    show();
    // The reader acted on this page: its address now names what it shows, pair included.
    history.replaceState(null, '', compareUrl(location.href, current, onlyDifferences.checked));
  });
  reset.addEventListener('click', () => {
    from.value = '';
    to.value = '';
    onlyDifferences.checked = false;
    choose();
  });
}
