/**
 * Offline, in real Chromium: the production build's service worker (vite-plugin-pwa / Workbox)
 * installs on the first visit; with the browser context offline, every view, a lecture step, the
 * handout and a figure export still work, every response comes from the service worker, and no
 * request fails. Then the update path: a new version deployed while a page is open is offered by
 * a polite notice (never applied on its own, never over a lecture), and "Reload" switches to it.
 *
 * Served from a copy of dist/, so the test can deploy a "new version" by changing its sw.js.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS helper without type declarations
import { serveStatic } from '../../scripts/static-server.mjs';
// @ts-expect-error -- plain JS helper without type declarations
import { launchChromium } from '../../scripts/chromium.mjs';

const VIEWS = [
  { view: 'overview', heading: 'Two ketamine studies, each built as a crossover' },
  { view: 'designs', heading: 'How the two trials were built' },
  { view: 'timeline', heading: 'How long the effects lasted, in people and in rats' },
  { view: 'blockade', heading: 'Does blocking opioid receptors stop ketamine working?' },
  { view: 'lab', heading: 'Design lab: change the trial, watch the answer' },
  { view: 'sources', heading: 'Sources' },
] as const;

let root: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'offline-dist-'));
  cpSync('dist', root, { recursive: true });
  server = (await serveStatic(root)) as typeof server;
  browser = (await launchChromium()) as Browser;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
  failed: string[];
  /** Responses not served by the service worker (recorded only while `offline`). */
  fromNetwork: string[];
  /** How many responses the service worker served while `offline`. */
  fromWorker: number;
  offline: boolean;
}

async function open(): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watched: Watched = {
    context,
    page,
    errors: [],
    failed: [],
    fromNetwork: [],
    fromWorker: 0,
    offline: false,
  };
  page.on('console', (m) => m.type() === 'error' && watched.errors.push(m.text()));
  page.on('pageerror', (e) => watched.errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A request cut short because the test navigates on (a worker still starting) is not a
    // failure to load; offline failures read net::ERR_INTERNET_DISCONNECTED or net::ERR_FAILED.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    watched.failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    const url = r.url();
    if (watched.offline && !url.startsWith('data:') && !url.startsWith('blob:')) {
      if (r.fromServiceWorker()) watched.fromWorker += 1;
      else watched.fromNetwork.push(url);
    }
  });
  return watched;
}

/** First visit: wait until the service worker has installed, activated and controls the page. */
async function installOnce(page: Page) {
  await page.goto(`${server.url}?view=overview`);
  await page.getByRole('heading', { level: 1, name: VIEWS[0].heading }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 20_000,
  });
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const cacheNames = await caches.keys();
    let entries = 0;
    for (const name of cacheNames) entries += (await (await caches.open(name)).keys()).length;
    return { scope: registration.scope, cacheNames, entries };
  });
}

describe('offline after one visit', () => {
  it('every view, a lecture step, the handout and an export work with the network off', async () => {
    const watched = await open();
    const { page, context } = watched;
    const installed = await installOnce(page);
    expect(installed.scope).toBe(server.url);
    expect(installed.cacheNames.some((name) => name.startsWith('workbox-precache'))).toBe(true);
    // The shell, every lazy chunk, styles, icons and the manifest: dozens of entries.
    expect(installed.entries).toBeGreaterThan(30);

    await context.setOffline(true);
    watched.offline = true;
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    for (const { view, heading } of VIEWS) {
      await page.goto(`${server.url}?view=${view}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // The view's figures draw (their chunk and data came from the cache).
      // (The overview and the sources have none; the blockade draws its after the reveal, below.)
      if (['designs', 'timeline', 'lab'].includes(view)) {
        await page.locator('.chart-figure__chart svg').first().waitFor();
      }
      await page.reload();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }

    // The lab's simulation worker is a separate script: it too comes from the cache.
    await page.goto(`${server.url}?view=lab&sims=200`);
    await page.getByText(/^Done: 200 trials in \d+ ms/).waitFor({ timeout: 20_000 });

    await page.goto(`${server.url}?lecture=1&slide=2`);
    await page.getByText(/^Step 2 of \d+$/).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Step 3 of \d+$/).waitFor();
    await page.reload();
    await page.getByText(/^Step 3 of \d+$/).waitFor();

    await page.goto(`${server.url}?print=1&revealed=1&sims=200`);
    await page.getByRole('img', { name: /^QR code of the live version/ }).waitFor();
    expect(await page.locator('.handout__view').count()).toBe(6);

    await page.goto(`${server.url}?view=blockade&revealed=1`);
    await page.locator('#responders svg').waitFor();
    const tools = page
      .locator('#responders')
      .getByRole('group', { name: 'Export and share this figure' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('<svg');

    expect(watched.failed).toEqual([]);
    expect(watched.fromNetwork).toEqual([]);
    expect(watched.fromWorker).toBeGreaterThan(50);
    expect(watched.errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('a new version', () => {
  it('is offered by a polite notice, waits during a lecture, and Reload switches to it', async () => {
    const watched = await open();
    const { page, context } = watched;
    await installOnce(page);

    // Deploy: a byte-different service worker (as a new build with new precache revisions is).
    const swPath = join(root, 'sw.js');
    writeFileSync(swPath, `${readFileSync(swPath, 'utf8')}\n// a new version\n`);
    try {
      // In a lecture, the new version waits silently.
      await page.goto(`${server.url}?lecture=1&slide=2`);
      await page.getByText(/^Step 2 of \d+$/).waitFor();
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await page.waitForFunction(
        async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
        null,
        { timeout: 20_000 },
      );
      expect(await page.getByRole('complementary', { name: 'New version' }).count()).toBe(0);

      // Leaving the lecture shows the notice; nothing reloads on its own.
      await page.getByRole('button', { name: 'Exit lecture' }).click();
      const notice = page.getByRole('complementary', { name: 'New version' });
      await notice.waitFor();
      await expect.poll(() => page.getByRole('status').filter({ has: notice }).count()).toBe(1);
      const waitingBefore = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state,
      );
      expect(waitingBefore).toBe('installed');

      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await page.locator('main h1').waitFor();
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: Boolean(registration?.waiting),
          active: registration?.active?.state,
          controlled: navigator.serviceWorker.controller !== null,
        };
      });
      // The worker that waited is the one now active: nothing waits any more.
      expect(after).toEqual({ waiting: false, active: 'activated', controlled: true });
      expect(await page.getByRole('complementary', { name: 'New version' }).count()).toBe(0);
      expect(watched.errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
