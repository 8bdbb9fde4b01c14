/**
 * Progressive enhancement for every page: copy buttons on command snippets and "copy link" on
 * anchors. Without JavaScript the commands stay selectable text and the anchors stay plain links.
 */
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

function addCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
    if (block.querySelector(':scope > .copy-button')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', block.dataset['copyLabel'] ?? 'Copy command');
    button.addEventListener('click', async () => {
      if (await writeClipboard(block.dataset['copyText'] ?? '')) {
        button.textContent = 'Copied';
        announce('Copied');
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      } else {
        selectContents(block.querySelector('code') ?? block);
        announce('Could not copy automatically. The command is selected: press Ctrl+C or Command+C.');
      }
    });
    block.append(button);
  }
}

function enhanceAnchorLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-anchor-link]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // The browser still follows the link (so the section is highlighted as the target); this also copies it.
    announce((await writeClipboard(link.href)) ? 'Link copied' : 'Link shown in the address bar');
  });
}

addCopyButtons();
enhanceAnchorLinks();
