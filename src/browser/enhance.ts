/**
 * Progressive enhancement for every page: the theme picker, copy buttons on command snippets, "copy link" on anchors,
 * the search dialog (loaded only on intent), and search-term highlighting on pages opened from a
 * result. Without JavaScript the commands stay selectable text, the anchors stay plain links, and the
 * search control stays a link to the command reference.
 */
import searchModuleUrl from 'virtual:lazy-module/search';
import type * as SearchModuleExports from './search/index.ts';
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

/** Copy buttons for text kept in a file of its own (a porting checklist): the file is fetched when the button is pressed. */
function addCopyFromButtons(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-from]')) {
    if (link.nextElementSibling?.classList.contains('copy-button')) continue;
    link.after(
      copyButton(
        link.dataset['copyLabel'] ?? 'Copy',
        'copy-button copy-from-button',
        () => writeClipboardFrom(link.href),
        () => announce('Could not copy automatically. Open the link to see the text and copy it from there.'),
      ),
    );
  }
}

function enhanceAnchorLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-anchor-link]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // The browser still follows the link (so the section is highlighted as the target); this also copies it.
    const message = (await writeClipboard(link.href)) ? 'Link copied' : 'Link shown in the address bar';
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
