/**
 * The saved first page (scripts/prerender.mjs, the view-preload script): on a plain link it is
 * shown, inert and hidden from assistive technology, while the app's script loads; it is what the
 * app then draws; the app replaces it; and any address it was not saved for gets none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { openPage, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Holds the app's scripts until `release` is called, so the saved page can be looked at. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[^/]+\.js$/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** A figure's drawing without what differs between two renders of the same state. */
const drawing = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((svg) => {
      const copy = svg.cloneNode(true) as Element;
      for (const node of [copy, ...copy.querySelectorAll('*')]) {
        for (const name of [
          'style',
          'data-prerender-style',
          'id',
          'aria-labelledby',
          'aria-describedby',
        ])
          node.removeAttribute(name);
      }
      return copy.outerHTML.replace(/«[^»]*»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, '');
    });

describe('saved first page', () => {
  for (const view of ['designs', 'lab', 'overview']) {
    it(`?view=${view}: shown at once, the same drawing as the app's, then replaced`, async () => {
      const { page, consoleErrors, foreignRequests } = await openPage(harness, { height: 800 });
      const release = await holdScripts(page);
      await page.goto(view === 'overview' ? harness.url : `${harness.url}?view=${view}`, {
        waitUntil: 'commit',
      });
      const saved = page.locator('.prerender');
      await saved.locator('figure svg').first().waitFor();
      expect(await saved.getAttribute('inert')).toBe('');
      expect(await saved.getAttribute('aria-hidden')).toBe('true');
      await expect.poll(() => page.locator('.prerender figure svg').first().isVisible()).toBe(true);
      const before = await drawing(page, '.prerender figure svg');
      release();
      await expect.poll(() => saved.count(), { timeout: 20_000 }).toBe(0);
      expect(
        await page.evaluate(() => document.documentElement.classList.contains('prerendering')),
      ).toBe(false);
      await expect.poll(() => page.locator('#root figure svg').first().isVisible()).toBe(true);
      expect(await drawing(page, '#root figure svg')).toBe(before);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    });
  }

  it('is not shown for another state, a narrow screen or another language', async () => {
    const cases = [
      { url: '?view=designs&study=williams-2018', width: 1280, locale: 'en-GB' },
      { url: '?view=designs&lang=es', width: 1280, locale: 'en-GB' },
      { url: '?view=designs', width: 390, locale: 'en-GB' },
      { url: '?view=designs', width: 1280, locale: 'es-ES' },
    ];
    for (const { url, width, locale } of cases) {
      const context = await harness.browser.newContext({
        viewport: { width, height: 800 },
        locale,
      });
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${harness.url}${url}`);
      await page.locator('#root figure svg').first().waitFor();
      expect(await page.locator('.prerender').count(), `${url} at ${width} px, ${locale}`).toBe(0);
      expect(requested.filter((path) => path.includes('/prerender/'))).toEqual([]);
      await context.close();
    }
  });
});
