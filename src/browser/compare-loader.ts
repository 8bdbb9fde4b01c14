/**
 * Loads the compare view (src/browser/compare.ts) only when the page needs it: when the URL or the
 * reader's saved choice names a pair, or when the reader reaches for the controls. Until then the
 * page carries only this.
 */
import compareModuleUrl from 'virtual:lazy-module/compare';
import type * as CompareModuleExports from './compare.ts';
import { COMPARE_STORAGE_KEY } from '../lib/presentation/compare-storage.ts';

type CompareModule = typeof CompareModuleExports;

export function loadCompareWhenNeeded(): void {
  const form = document.querySelector('[data-compare-form]');
  if (!form) return;
  let loading: Promise<void> | undefined;
  const load = () => (loading ??= (import(/* @vite-ignore */ compareModuleUrl) as Promise<CompareModule>).then((m) => m.setupCompare()));
  const params = new URL(location.href).searchParams;
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(COMPARE_STORAGE_KEY);
  } catch {
    // No storage: nothing remembered.
  }
  if (params.has('from') || params.has('to') || remembered) void load();
  else for (const type of ['pointerenter', 'focusin', 'change']) form.addEventListener(type, () => void load(), { once: true });
}
