/**
 * Scrolls each chart that names a spot of interest (data-scroll-to, in SVG units from the left of what scrolls)
 * so that spot is in view when the page opens: the timeline at the status date, the lineage graph at the newest
 * Amazon Linux. Without JavaScript the charts open at their left edge, with their labels still in view.
 */
export function scrollChartsToTheirMark(): void {
  for (const scroller of document.querySelectorAll<HTMLElement>('[data-scroll-to]')) {
    const svg = scroller.querySelector('svg');
    if (!svg || scroller.scrollWidth <= scroller.clientWidth) continue;
    const unitsToPixels = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const spot = Number(scroller.dataset['scrollTo']) * unitsToPixels;
    // In the middle: what came before the spot and what follows stay in view beside it.
    scroller.scrollLeft = spot - scroller.clientWidth / 2;
  }
}
