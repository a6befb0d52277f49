import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

const ROOT = join(__dirname, '../../..');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** The API global-setup started, as every browser test's base URL. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.STAFETT_BROWSER_BASE_URL;
    if (!url) throw new Error('STAFETT_BROWSER_BASE_URL is not set: run the browser tests through npm test or npm run test:browser');
    await use(url);
  },
});
export { expect };

/** A development bearer token for a demo user, from the CLI as a developer would get one. */
export function tokenFor(practitionerId: string): string {
  const env = { ...process.env, ...(JSON.parse(process.env.STAFETT_BROWSER_ENV ?? '{}') as Record<string, string>) };
  return execFileSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'token', practitionerId, '1h'], { env, encoding: 'utf8' }).trim();
}

/** Calls the API with a bearer token, the way the journeys' other actors would. */
export async function callApi(path: string, practitionerId: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${process.env.STAFETT_BROWSER_BASE_URL}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${tokenFor(practitionerId)}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Axe finds no WCAG 2.1 A or AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(violations, `WCAG 2.1 A/AA violations on ${page.url()}`).toEqual([]);
}

/** A full-page screenshot under test-results/screenshots (git-ignored), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Nothing wider than the viewport: at 320 px nobody should have to scroll sideways (WCAG 1.4.10). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `page width at ${innerWidth} px on ${page.url()}`).toBeLessThanOrEqual(innerWidth);
}

/**
 * Moves the focus with Tab alone until `target` has it (failing when it never does, i.e. it cannot
 * be reached with the keyboard), then presses Enter on it.
 */
export async function tabToAndPress(page: Page, target: Locator, maxTabs = 60): Promise<void> {
  const element = await target.elementHandle();
  for (let tabs = 0; tabs < maxTabs; tabs++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((candidate) => candidate === document.activeElement, element)) {
      await expect(target).toBeFocused();
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}
