/** Layout measurements shared by the sweeps. */
import type { Page } from '@playwright/test';

/** How many pixels the page scrolls sideways (0 when everything fits the viewport's width). */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
