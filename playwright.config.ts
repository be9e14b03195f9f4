import { defineConfig } from '@playwright/test';

// Every spec starts the app itself through tests/e2e/harness.ts (launchApp), so no browser
// projects are configured here.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
