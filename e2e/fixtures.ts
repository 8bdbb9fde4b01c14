/**
 * Shared test fixture: every page a test opens must log nothing to the console and throw nothing,
 * and the browser must request nothing from another origin.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleMessages: string[] }>({
  consoleMessages: [
    async ({ page, baseURL }, use) => {
      const messages: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol))
          messages.push(`request to another origin: ${request.url()}`);
      });
      await use(messages);
      expect(messages, 'the console stays empty and no other origin is contacted').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
