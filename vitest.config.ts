/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The test files share the data module, which validates itself on import and is frozen: importing it
    // once per worker instead of once per file saves about two seconds a file.
    isolate: false,
    // Generous: a test fails for a wrong answer, never because the machine is busy.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/core/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reporter: ['text-summary'],
      // src/lib holds the logic; a change that leaves it less tested than this fails the unit tests.
      thresholds: { 'src/lib/**/*.ts': { statements: 85, lines: 85, branches: 80, functions: 70 } },
    },
  },
});
