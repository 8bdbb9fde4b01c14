/** Applies the "compare two releases" choice to every command table on the page (see src/lib/domain/compare.ts). */
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

export function setupCompare(): void {
  const form = document.querySelector<HTMLFieldSetElement>('[data-compare-form]');
  const from = form?.querySelector<HTMLSelectElement>('select[name=from]');
  const to = form?.querySelector<HTMLSelectElement>('select[name=to]');
  const reset = form?.querySelector<HTMLButtonElement>('[data-compare-reset]');
  const status = form?.querySelector<HTMLElement>('[data-compare-status]');
  const port = form?.querySelector<HTMLElement>('[data-compare-port]');
  const portLink = port?.querySelector<HTMLAnchorElement>('a[data-href-template]');
  if (!form || !from || !to || !reset || !status || !port || !portLink) return;
  const known = [...from.options].map((o) => o.value).filter(Boolean);
  const nameOf = (id: string) => from.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(id)}"]`)?.textContent ?? id;

  function apply(pair: ComparePair | null, message = ''): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-compare-scope] [data-release]')) {
      if (el.closest('[data-compare-fixed]')) continue;
      const release = el.dataset['release']!;
      el.hidden = pair !== null && release !== pair.from && release !== pair.to;
    }
    from!.value = pair?.from ?? '';
    to!.value = pair?.to ?? '';
    if (pair) document.documentElement.dataset['compare'] = `${pair.from},${pair.to}`;
    else delete document.documentElement.dataset['compare'];
    status!.textContent = message || (pair ? `Showing ${nameOf(pair.from)} and ${nameOf(pair.to)} only.` : '');
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
    history.replaceState(null, '', compareUrl(location.href, pair));
    apply(pair);
  }

  // A release the reader picked while this module was loading (see compare-loader.ts) wins.
  const pickedWhileLoading = from.value !== '' || to.value !== '';
  const initial = readComparePair(new URL(location.href).searchParams, saved(), known);
  // A pair remembered from another page goes into the URL too, so the address can be shared as is.
  if (initial.pair) history.replaceState(null, '', compareUrl(location.href, initial.pair));
  if (pickedWhileLoading && !initial.pair) choose();
  else apply(initial.pair, initial.error);
  from.addEventListener('change', choose);
  to.addEventListener('change', choose);
  reset.addEventListener('click', () => {
    from.value = '';
    to.value = '';
    choose();
  });
}
