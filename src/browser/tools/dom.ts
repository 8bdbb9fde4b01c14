/**
 * Small DOM helpers for the tool pages. Everything the user typed is inserted as text nodes
 * (textContent), never as HTML.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; href?: string } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.href !== undefined && node instanceof HTMLAnchorElement) node.href = props.href;
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Text with `backtick` spans shown as code. */
export function withCode(parts: readonly { code: boolean; text: string }[]): Node[] {
  return parts.map((p) => (p.code ? el('code', {}, p.text) : document.createTextNode(p.text)));
}

/** Sets a live region's text; a fresh text node makes screen readers speak it again. */
export function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}

/** Reads the page's JSON data island. */
export function readIsland<T>(id: string): T | null {
  const node = document.getElementById(id);
  if (!node?.textContent) return null;
  try {
    return JSON.parse(node.textContent) as T;
  } catch {
    return null;
  }
}

/** Calls `run` after the user stops typing for `ms` milliseconds. */
export function debounce(run: () => void, ms: number): { schedule: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule: () => {
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    cancel: () => clearTimeout(timer),
  };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * Wires a tool's form: it checks as the reader types (after a pause) and on submit, and announces
 * the summary `check` returns once per check, only when it changed or the reader asked. Returns a
 * function that checks now and announces, for the tool's other controls.
 */
export function wireToolForm(form: HTMLFormElement, input: HTMLTextAreaElement, status: HTMLElement, check: () => string): () => void {
  let lastSummary = status.textContent ?? '';
  const run = (speak: boolean) => {
    const summary = check();
    if (speak || summary !== lastSummary) announce(status, summary);
    lastSummary = summary;
  };
  const typing = debounce(() => run(false), 500);
  const checkNow = () => {
    typing.cancel();
    run(true);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    checkNow();
  });
  input.addEventListener('input', typing.schedule);
  if (input.value.trim() !== '') run(false);
  return checkNow;
}
