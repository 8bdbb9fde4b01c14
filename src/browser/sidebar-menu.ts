/**
 * The sidebar menu is a <details>, closed in the markup so phones show the page first; on wide screens
 * CSS shows its list anyway. With scripts, the menu is also opened there, so its state matches what is
 * shown (for assistive technology, and in browsers without ::details-content, where CSS cannot show it).
 */
const WIDE = '(min-width: 60rem)';

export function setupSidebarMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('.sidebar details');
  if (!menu) return;
  const wide = matchMedia(WIDE);
  const sync = () => (menu.open = wide.matches);
  sync();
  wide.addEventListener('change', sync);
}
