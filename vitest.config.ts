import { defineConfig } from 'vitest/config';

// Two projects in one `npm test` run: fast unit/data/chart tests, and browser tests that need the site
// built and served once by tests/browser/global-setup.ts (which only runs when a browser test is selected).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
        },
      },
    ],
  },
});
