/**
 * Progressive enhancement for every page: the theme picker, copy buttons on command snippets, "copy link" on
 * anchors (as rich text and URL), the search dialog (loaded only on intent), search-term highlighting on pages
 * opened from a result, and lifecycle statuses worked out again when the page is read after its status date.
 * Without JavaScript the commands stay selectable text, the anchors stay plain links, the statuses stay those of
 * the status date, and the search control stays a link to the command reference.
 */
import searchModuleUrl from 'virtual:lazy-module/search';
import lifecycleRecheckUrl from 'virtual:lazy-module/lifecycle-recheck';
import type * as SearchModuleExports from './search/index.ts';
import type * as LifecycleRecheckExports from './lifecycle-recheck.ts';
import { setupThemePicker } from './theme-picker.ts';
import { setupSidebarMenu } from './sidebar-menu.ts';

type SearchModule = typeof SearchModuleExports;
const loadSearch = () => import(/* @vite-ignore */ searchModuleUrl) as Promise<SearchModule>;

function announcer(): HTMLElement {
  let live = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!live) {
    live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    live.dataset['copyStatus'] = '';
    document.body.append(live);
  }
  return live;
}

function announce(message: string): void {
  const live = announcer();
  live.textContent = '';
  // A fresh text node makes screen readers repeat the message when the same button is used twice.
  requestAnimationFrame(() => (live.textContent = message));
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function selectContents(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** A "Copy" button that runs `copy` when pressed, says "Copied" for two seconds when it worked, and calls `failed` when not. */
function copyButton(label: string, className: string, copy: () => Promise<boolean>, failed: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = 'Copy';
  button.setAttribute('aria-label', label);
  button.addEventListener('click', async () => {
    if (!(await copy())) return failed();
    button.textContent = 'Copied';
    announce('Copied');
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  return button;
}

function addCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
    if (block.querySelector(':scope > .copy-button')) continue;
    const code = () => block.querySelector('code');
    block.append(
      copyButton(
        block.dataset['copyLabel'] ?? 'Copy command',
        'copy-button',
        () => writeClipboard(code()?.textContent ?? ''),
        () => {
          selectContents(code() ?? block);
          announce('Could not copy automatically. The command is selected: press Ctrl+C or Command+C.');
        },
      ),
    );
  }
}

/** The text of a file as a clipboard item; the promise inside keeps the click's permission to write while the file loads. */
async function writeClipboardFrom(url: string): Promise<boolean> {
  const text = fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} for ${url}`);
    return new Blob([await response.text()], { type: 'text/plain' });
  });
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text })]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy buttons beside links: for text kept in a file of its own (data-copy-from, a porting checklist), the file
 * is fetched when the button is pressed; for the page's own link (data-copy-link), the link is copied as rich text.
 */
function addCopyFromButtons(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-from], a[data-copy-link]')) {
    if (link.nextElementSibling?.classList.contains('copy-button')) continue;
    const rich = link.dataset['copyLink'] !== undefined;
    link.after(
      copyButton(
        link.dataset['copyLabel'] ?? 'Copy',
        'copy-button copy-from-button',
        () => (rich ? writeLink(link.href, link.textContent!.trim()) : writeClipboardFrom(link.href)),
        () =>
          announce(
            rich
              ? 'Could not copy automatically. Right-click the link to copy its address.'
              : 'Could not copy automatically. Open the link to see the text and copy it from there.',
          ),
      ),
    );
  }
}

/**
 * A link on the clipboard twice over: as rich text (an <a> named `title`), which Confluence, Google Docs and Slack
 * paste as a link, and as the plain URL for everything else.
 */
async function writeLink(url: string, title: string): Promise<boolean> {
  const blob = (text: string, type: string) => new Blob([text], { type });
  // The browser writes the <a> itself, so the title and URL come out escaped.
  const html = Object.assign(document.createElement('a'), { href: url, textContent: title }).outerHTML;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(url, 'text/plain'), 'text/html': blob(html, 'text/html') })]);
    return true;
  } catch {
    return writeClipboard(url);
  }
}

/** What a link to a part of this page is called: the page's heading, then the part's. */
function partTitle(part: string): string {
  const page = document.querySelector('main h1')?.textContent?.trim() ?? document.title;
  return part && part !== page ? `${page}: ${part}` : page;
}

function enhanceAnchorLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-anchor-link]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // The browser still follows the link (so the section is highlighted as the target); this also copies it.
    const message = (await writeLink(link.href, partTitle(link.dataset['anchorLink'] ?? '')))
      ? 'Link copied'
      : 'Link shown in the address bar';
    announce(message);
    showBeside(link, message);
  });
}

const feedbackTimers = new WeakMap<HTMLElement, number>();

/** Shows a short message beside a control for a moment (CSS draws it from data-feedback; screen readers hear the live region instead). */
function showBeside(control: HTMLElement, message: string): void {
  clearTimeout(feedbackTimers.get(control));
  control.dataset['feedback'] = message;
  feedbackTimers.set(
    control,
    window.setTimeout(() => delete control.dataset['feedback'], 2500),
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function setupSearch(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (!trigger) return;
  const warm = () => void loadSearch().then((m) => m.loadSearchEngine());
  const open = () => void loadSearch().then((m) => m.openSearch(trigger, trigger.href));
  trigger.addEventListener('pointerenter', warm, { once: true });
  trigger.addEventListener('focus', warm, { once: true });
  trigger.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !isTyping(event.target)) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
    if (!shortcut || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    open();
  });
  // A shared link with ?q= reopens the search, except on the full search page, which reads it itself.
  if (new URL(location.href).searchParams.has('q') && !document.querySelector('[data-search-form]')) open();
}

/** Statuses are computed when the site is built; a page read on a later day works them out again (see lifecycle-recheck.ts). */
function recheckLifecycleStatuses(): void {
  const builtOn = document.querySelector<HTMLTimeElement>('time[data-status-date]')?.dateTime;
  const today = new Date().toISOString().slice(0, 10);
  if (!builtOn || today <= builtOn || !document.querySelector('[data-lifecycle]')) return;
  void (import(/* @vite-ignore */ lifecycleRecheckUrl) as Promise<typeof LifecycleRecheckExports>).then((m) =>
    m.recheckStatuses(builtOn, today),
  );
}

function markLandingTerms(): void {
  const query = new URL(location.href).searchParams.get('highlight');
  if (query) void loadSearch().then((m) => m.markSearchTerms(query));
}

setupThemePicker();
setupSidebarMenu();
addCopyButtons();
addCopyFromButtons();
enhanceAnchorLinks();
setupSearch();
markLandingTerms();
recheckLifecycleStatuses();
