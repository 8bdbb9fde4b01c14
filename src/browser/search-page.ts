/** The full-page search at /search/: the same engine and rendering as the dialog. */
import { loadSearchEngine } from './search/engine.ts';
import { MAX_QUERY_LENGTH, resultSummary } from '../lib/search/search-state.ts';
import { noResults, resultItem } from './search/render.ts';

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const commandsHref = document.querySelector<HTMLAnchorElement>('[data-commands-link]')?.href ?? '/';
  if (!form || !input || !status || !list) return;

  let generation = 0;
  async function search(query: string): Promise<void> {
    const current = ++generation;
    const trimmed = query.trim();
    const url = new URL(location.href);
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!trimmed) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    const hits = await (await loadSearchEngine()).search(trimmed, {});
    if (current !== generation) return;
    list!.replaceChildren(...(hits.length > 0 ? hits.map((hit) => resultItem(hit, trimmed)) : [noResults(trimmed, commandsHref)]));
    status!.textContent = resultSummary(hits.length, trimmed);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 80);
  });
  const initial = new URL(location.href).searchParams.get('q')?.slice(0, MAX_QUERY_LENGTH);
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
