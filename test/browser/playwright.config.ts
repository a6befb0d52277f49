import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * The browser tests: Debian's Chromium (Playwright's own browsers cannot be downloaded here),
 * headless, each test in a fresh browser context (Playwright launches Chromium with a new temporary
 * profile, its user-data dir), against the real API started by global-setup on a real PostgreSQL.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.browser.spec.ts',
  globalSetup: './support/global-setup.ts',
  // One API and one database for the run: the tests sign in as different users and must not race.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results/playwright',
  // .ci/run adds up this JSON report with Jest's; its path is relative to where the suite was started.
  reporter: process.env.PLAYWRIGHT_JSON_REPORT ? [['list'], ['json', { outputFile: resolve(process.env.PLAYWRIGHT_JSON_REPORT) }]] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'nb-NO',
    // Not Oslo on purpose: the front must write Norwegian time whatever the computer's zone.
    timezoneId: 'America/New_York',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    trace: 'off',
  },
});
