import type { Page } from '@playwright/test';

/**
 * The clipboard's text, read in the page (the context needs the clipboard-read permission). A copy
 * control writes it asynchronously after the click, so read it through `expect.poll`, never once
 * right after the click: on a busy machine the write can still be under way.
 */
export const clipboardText = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
