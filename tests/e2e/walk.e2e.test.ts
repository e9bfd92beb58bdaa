/**
 * Charts you can walk, in real Chromium: each data-bearing chart is one tab stop; the arrow keys
 * move a visible focus from mark to mark, each mark's accessible name changes and names its
 * value; End and Home reach the ends; Escape and Tab leave the chart. (axe on every view and theme
 * runs in app.e2e.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const CHARTS = [
  {
    name: 'flow diagram',
    query: 'view=designs',
    figure: '#flow-hess-2024',
    value: /\.( .*)?(\d+|not reported)/,
  },
  { name: 'schedule', query: 'view=designs', figure: '#schedule-hess-2024', value: /day \d+/ },
  {
    name: 'responders',
    query: 'view=blockade&revealed=1',
    figure: '#responders',
    value: /(responded|did not respond|not described)/,
  },
  {
    name: 'evidence timeline',
    query: 'view=blockade&revealed=1',
    figure: '#evidence',
    value: /^20\d\d /,
  },
  {
    name: 'histogram',
    query: 'view=lab&sims=500',
    figure: '#lab-many',
    value: /: \d+ trials/,
  },
  {
    name: 'power curve',
    query: 'view=lab',
    figure: '#lab-power',
    value: /^n = \d+: crossover power \d+%/,
  },
] as const;

interface Focused {
  name: string | null;
  inFigure: boolean;
  ring: boolean;
}

function focused(page: Page, figure: string): Promise<Focused> {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    const style = active ? getComputedStyle(active) : null;
    return {
      name: active?.getAttribute('aria-label') ?? null,
      inFigure: Boolean(active?.closest(`${selector} .chart-figure__chart`)),
      // A visible focus: an outline, or a stroke on an invisible hit area.
      ring: Boolean(style && (style.outlineStyle !== 'none' || style.stroke !== 'none')),
    };
  }, figure);
}

describe('charts you can walk with the keyboard', () => {
  for (const chart of CHARTS) {
    it(`${chart.name}: one tab stop, arrows move mark to mark naming each value`, async () => {
      const { page, consoleErrors } = await openPage(harness);
      await page.goto(`${harness.url}?${chart.query}`);
      const marks = page.locator(`${chart.figure} .chart-figure__chart [data-mark]`);
      await marks.first().waitFor();
      await page.locator(`${chart.figure} [aria-busy="true"]`).waitFor({ state: 'detached' });
      const count = await marks.count();
      expect(count).toBeGreaterThan(1);
      // One tab stop for the whole chart.
      expect(await page.locator(`${chart.figure} [data-mark][tabindex="0"]`).count()).toBe(1);

      // Reach it with Tab from the control just before the chart.
      await page.locator(`${chart.figure} [data-mark][tabindex="0"]`).focus();
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page, chart.figure)).inFigure).toBe(false);
      await page.keyboard.press('Tab');
      const first = await focused(page, chart.figure);
      expect(first.inFigure).toBe(true);
      expect(first.ring).toBe(true);
      expect(first.name).toMatch(chart.value);

      await page.keyboard.press('ArrowRight');
      const second = await focused(page, chart.figure);
      expect(second.inFigure).toBe(true);
      expect(second.name).toMatch(chart.value);
      expect(second.name).not.toBe(first.name);
      expect(second.ring).toBe(true);

      await page.keyboard.press('End');
      const last = await focused(page, chart.figure);
      expect(last.name).toMatch(chart.value);
      expect(last.name).not.toBe(first.name);
      // At the end, a further arrow stays there.
      await page.keyboard.press('ArrowRight');
      expect((await focused(page, chart.figure)).name).toBe(last.name);
      await page.keyboard.press('Home');
      expect((await focused(page, chart.figure)).name).toBe(first.name);

      // Escape leaves the chart (and Tab does too: the marks are one stop).
      await page.keyboard.press('Escape');
      expect((await focused(page, chart.figure)).inFigure).toBe(false);
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page, chart.figure)).name).toBe(first.name);
      await page.keyboard.press('Tab');
      expect((await focused(page, chart.figure)).inFigure).toBe(false);

      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('in a lecture, arrows walk the chart and do not change the slide; Escape leaves it first', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?lecture=1&slide=5`);
    await page.getByText(/^Step 5 of \d+$/).waitFor();
    const mark = page.locator('[data-mark][tabindex="0"]').first();
    await mark.focus();
    const before = await mark.getAttribute('aria-label');
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Step 5 of \d+$/).waitFor();
    const after = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(after).not.toBe(before);
    expect(new URL(page.url()).searchParams.get('slide')).toBe('5');
    await page.keyboard.press('Escape');
    // The next Escape is the lecture's: its overview opens.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /All \d+ steps/ }).waitFor();
    await page.context().close();
  });
});
