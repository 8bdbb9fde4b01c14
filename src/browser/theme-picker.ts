/** The theme picker in the header: remembers the reader's choice and applies it to <html data-theme>. */
import { THEME_STORAGE_KEY } from '../lib/presentation/theme-storage.ts';

export function setupThemePicker(): void {
  const picker = document.querySelector<HTMLElement>('[data-theme-picker]');
  const select = picker?.querySelector<HTMLSelectElement>('select');
  if (picker && select) {
    const saved = (() => {
      try {
        return localStorage.getItem(THEME_STORAGE_KEY);
      } catch {
        return null;
      }
    })();
    select.value = saved === 'light' || saved === 'dark' ? saved : 'auto';
    select.addEventListener('change', () => {
      const choice = select.value;
      try {
        if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, choice);
      } catch {
        // Storage can be unavailable (private mode); the choice then lasts for this page only.
      }
      if (choice === 'auto') delete document.documentElement.dataset['theme'];
      else document.documentElement.dataset['theme'] = choice;
    });
    picker.hidden = false;
  }
}
