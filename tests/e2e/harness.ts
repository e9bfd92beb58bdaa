/**
 * Shared set-up for browser tests: one static server and one Chromium per test file, and a page
 * that records console errors, page errors, dialogs and every request that leaves the origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error -- plain JS helper without type declarations
import { serveStatic } from '../../scripts/static-server.mjs';
// @ts-expect-error -- plain JS helper without type declarations
import { launchChromium } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Harness {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = (await serveStatic('dist')) as { url: string; close: () => Promise<void> };
  const browser = (await launchChromium()) as Browser;
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  dialogs: string[];
}

export async function openPage(
  harness: Harness,
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<WatchedPage> {
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const origin = new URL(harness.url).origin;
  const watched: WatchedPage = { page, consoleErrors: [], foreignRequests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watched.foreignRequests.push(url);
  });
  return watched;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core (WCAG 2.x A/AA and best practices) on the current page. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not block.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (...a: unknown[]) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}
