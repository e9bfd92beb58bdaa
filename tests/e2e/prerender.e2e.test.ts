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

  it('is in the document before the app renders, and the app starts after it is painted', async () => {
    const { page, consoleErrors } = await openPage(harness, { height: 800 });
    await page.addInitScript(() => {
      const seen = { savedAtAppStart: null as boolean | null, savedFrame: false };
      (window as unknown as { __order: typeof seen }).__order = seen;
      new MutationObserver(() => {
        if (!seen.savedFrame && document.querySelector('.prerender')) {
          requestAnimationFrame(() => (seen.savedFrame = true));
        }
        const root = document.getElementById('root');
        if (seen.savedAtAppStart === null && root?.firstChild) {
          seen.savedAtAppStart = seen.savedFrame && Boolean(document.querySelector('.prerender'));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${harness.url}?view=lab`);
    await expect.poll(() => page.locator('.prerender').count(), { timeout: 20_000 }).toBe(0);
    const order = await page.evaluate(
      () => (window as unknown as { __order: { savedAtAppStart: boolean } }).__order,
    );
    expect(order.savedAtAppStart).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("is not shown where a reader's own studies are kept", async () => {
    // The mark the app sets when it keeps a study, and, for studies kept before the mark
    // existed, the database alone.
    const setups = [
      () => localStorage.setItem('ketamine-crossover-explainer:studies-kept', '1'),
      () =>
        new Promise<void>((done) => {
          const request = indexedDB.open('ketamine-crossover-explainer');
          request.onsuccess = () => {
            request.result.close();
            done();
          };
        }),
    ];
    for (const [index, setup] of setups.entries()) {
      const context = await harness.browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`${harness.url}?view=sources`);
      await page.locator('#root main').waitFor();
      await page.evaluate(setup);
      // Whether a saved page is there when the app first renders (it should be gone by then).
      await page.addInitScript(() => {
        const w = window as unknown as { __savedAtAppStart: boolean | null };
        w.__savedAtAppStart = null;
        new MutationObserver(() => {
          if (w.__savedAtAppStart === null && document.getElementById('root')?.firstChild) {
            w.__savedAtAppStart = Boolean(document.querySelector('.prerender'));
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${harness.url}?view=designs`);
      await page.locator('#root figure svg').first().waitFor();
      expect(
        await page.evaluate(
          () => (window as unknown as { __savedAtAppStart: boolean | null }).__savedAtAppStart,
        ),
        `case ${index}`,
      ).toBe(false);
      expect(await page.locator('.prerender').count()).toBe(0);
      if (index === 0) {
        const fetched = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .some((entry) => entry.name.includes('/prerender/')),
        );
        expect(fetched).toBe(false);
      }
      await context.close();
    }
  });
});
