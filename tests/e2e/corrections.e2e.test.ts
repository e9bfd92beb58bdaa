/**
 * Browser checks for the corrections of issue 12: lecture mode in the light theme passes axe
 * (colour contrast included) on slides of every view, and an exported SVG cites its DOIs.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, runAxe, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

// Slides of every view of the default deck: overview, designs (Hess, rats), timeline, blockade
// (before and after the reveal), lab, the why-a-crossover picture, sources.
const SLIDES = [1, 3, 8, 9, 13, 18, 19, 20, 25];

describe('lecture mode in the light theme', () => {
  for (const slide of SLIDES) {
    it(`slide ${slide}: no axe violation (colour contrast included)`, async () => {
      const { page, consoleErrors } = await openPage(harness);
      await page.goto(`${harness.url}?lecture=1&slide=${slide}&theme=light`);
      await page.getByText(new RegExp(`^Step ${slide} of \\d+$`)).waitFor();
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'data-theme')).toBe('light');
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('lecture mode at rest', () => {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`${theme}: the idle toolbar leaves no faint text behind, and comes back with keyboard focus`, async () => {
      const { page } = await openPage(harness);
      await page.goto(`${harness.url}?lecture=1&slide=13&theme=${theme}`);
      await page.locator('main h1').waitFor();
      await page.locator('.lecture--idle').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(400); // let the fade finish
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.locator('.lecture__bar button').first().focus();
      await expect
        .poll(() =>
          page.locator('.lecture__bar').evaluate((bar) => Number(getComputedStyle(bar).opacity)),
        )
        .toBe(1);
      await page.context().close();
    });
  }
});

describe('exported figures cite DOIs', () => {
  it('the responders SVG names each source with its DOI', async () => {
    const context = await harness.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${harness.url}?view=blockade&revealed=1`);
    const figure = page.locator('#responders');
    await figure.locator('svg').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Williams et al. 2018 (paper), doi:10.1176/appi.ajp.2018.18020138');
    expect(svg).toContain('doi:10.1016/j.biopsych.2018.11.006');
    await context.close();
  });
});
