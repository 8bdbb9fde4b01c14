import type { Page } from '@playwright/test';

/**
 * Opens a page on Playwright's fake clock and stops the clock once the page has loaded: it jumps ten
 * minutes ahead (running the page's start-up timers due in that time) and stays there. Feedback that
 * a timer removes after a moment ("Copied", "Link copied") then stays until the test moves the clock
 * with `page.clock.runFor`, so a busy machine cannot end it before the test reads it. Animation frames
 * wait for the clock too: run it a little (`runFor(100)`) before reading what one draws.
 */
export async function gotoWithStoppedClock(page: Page, url: string): Promise<void> {
  const start = Date.now();
  await page.clock.install({ time: start });
  await page.goto(url);
  await page.clock.pauseAt(start + 10 * 60_000);
}
