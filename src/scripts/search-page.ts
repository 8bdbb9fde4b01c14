/** The search page: queries the Pagefind index built at compile time. Results render as text only. */
import { excerptParts } from '../lib/excerpt.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
}

function excerptElement(excerpt: string): HTMLElement {
  const p = document.createElement('p');
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
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
    const pf = await loadPagefind();
    const { results } = await pf.search(trimmed);
    const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    if (current !== generation) return;
    list!.replaceChildren(
      ...data.map((result) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        const best = result.sub_results?.[0];
        link.href = best?.url ?? result.url;
        link.textContent = result.meta.title ?? result.url;
        const heading = document.createElement('h2');
        heading.append(link);
        li.append(heading);
        if (best && best.title && best.title !== result.meta.title) {
          const section = document.createElement('p');
          section.className = 'search-section';
          section.textContent = best.title;
          li.append(section);
        }
        li.append(excerptElement(best?.excerpt ?? result.excerpt));
        return li;
      }),
    );
    status!.textContent = data.length === 0 ? `No results for “${trimmed}”.` : `${data.length} result${data.length === 1 ? '' : 's'} for “${trimmed}”.`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 120);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
