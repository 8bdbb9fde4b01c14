import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { joinBase } from './src/core/base-path.ts';
import { BASE_PATH, OUT_DIR } from './src/core/site-config.ts';

/**
 * Browser: PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when set (empty = Playwright's own browser),
 * else a system Chromium when present, else Playwright's own (`npx playwright install chromium`).
 */
const systemChromium =
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const baseURL = `http://127.0.0.1:${PORT}${joinBase(BASE_PATH, '')}`;

export default defineConfig({
  testDir: './e2e',
  // One folder per build under test, so the sub-path run beside the main one never clears its results.
  outputDir: `test-results/${path.basename(OUT_DIR)}`,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  // Every test stands alone, so the long sweeps spread over both workers instead of running a file at a time.
  fullyParallel: true,
  // Generous: a test fails for a wrong answer, never because the machine is busy. On a quiet machine
  // the slowest test takes 10 s and the slowest wait about 2 s; a passing run never waits for these.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: process.env['CI'] ? 'line' : 'list',
  use: { baseURL, trace: process.env['CI'] ? 'off' : 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: systemChromium
          ? {
              executablePath: systemChromium,
              // Keep Chromium off the network: this machine has none, and tests must not depend on it.
              args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
              ],
            }
          : {},
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${PORT} --dir ${OUT_DIR} --base ${BASE_PATH}`,
    url: baseURL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
