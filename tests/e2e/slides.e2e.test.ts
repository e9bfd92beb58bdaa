/**
 * Slides are slides: every deck step, at three projector sizes, shows its title, its figure and
 * its takeaway inside the screen with no scrolling, nothing of the figure under the takeaway, and
 * — at 1280×720 — no chart text smaller than 18 px as rendered (issue #11). The figure is laid out
 * for the slide (src/figures/FigureHost.css, useChartDimensions' height), not scaled down to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, runAxe, startHarness, type Harness } from './harness';
import { DEFAULT_DECK } from '../../src/data/decks';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

describe('lecture slides', () => {
  for (const size of SIZES) {
    it(`every step fits ${size.width}×${size.height} in the projector theme: no scrolling, figure in view`, async () => {
      const { page, consoleErrors } = await openPage(harness, size);
      await page.goto(`${harness.url}?lecture=1&slide=1&theme=projector&revealed=1&sims=200`);
      const smallest: string[] = [];
      const problems: string[] = [];
      for (let step = 1; step <= DEFAULT_DECK.steps.length; step += 1) {
        if (step > 1) await page.keyboard.press('ArrowRight');
        await page.getByText(new RegExp(`^Step ${step} of \\d+$`)).waitFor();
        const figure = DEFAULT_DECK.steps[step - 1]!.figure;
        await page
          .locator(
            `.figure-host[data-figure="${figure}"] .figure-host__figure > :not(.loading):not(.figure-host__settings)`,
          )
          .first()
          .waitFor();
        // A chart's canvas is drawn once it has its size (the lab's charts once the worker answers).
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('.slide .chart-figure__canvas')].every((canvas) =>
              canvas.querySelector('svg text'),
            ),
          undefined,
          { timeout: 10_000 },
        );
        await page.waitForTimeout(150);
        const m = await page.evaluate(() => {
          const host = document.querySelector('.slide__figures')!.getBoundingClientRect();
          const title = document.querySelector('.slide__title')!.getBoundingClientRect();
          const takeaway = document.querySelector('.slide__takeaway')?.getBoundingClientRect();
          // The rendered size of each chart text: its font size times the scale from its user
          // units to the screen, so a chart shrunk by CSS reports the size the audience sees.
          const texts = [...document.querySelectorAll<SVGTextElement>('.slide__figures svg text')]
            .map((node) => {
              const box = node.getBoundingClientRect();
              const ctm = node.getScreenCTM();
              const scale = ctm ? Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) : 1;
              return {
                text: (node.textContent ?? '').trim().slice(0, 40),
                size: parseFloat(getComputedStyle(node).fontSize) * scale,
                box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
              };
            })
            .filter((text) => text.text !== '' && text.box.right > text.box.left);
          const smallest = texts.reduce<(typeof texts)[number] | null>(
            (min, text) => (min === null || text.size < min.size ? text : min),
            null,
          );
          // Everything the figure draws stays on the screen and above the takeaway.
          const parts = [
            ...document.querySelectorAll('.slide__figures svg, .slide__figures button'),
          ]
            .map((node) => node.getBoundingClientRect())
            .filter((box) => box.width > 0 && box.height > 0);
          const lowest = Math.max(host.top, ...parts.map((box) => box.bottom));
          const rightmost = Math.max(host.left, ...parts.map((box) => box.right));
          const offScreen = texts.filter(
            (text) =>
              text.box.top < 0 ||
              text.box.bottom > innerHeight + 1 ||
              text.box.left < 0 ||
              text.box.right > innerWidth + 1,
          );
          return {
            scroll: document.documentElement.scrollHeight - innerHeight,
            stageScroll: (() => {
              const stage = document.querySelector('.lecture__stage') as HTMLElement;
              return stage.scrollHeight - stage.clientHeight;
            })(),
            top: Math.min(host.top, title.top),
            bottom: Math.max(host.bottom, lowest),
            right: Math.max(host.right, rightmost),
            overlapsTakeaway: takeaway ? lowest > takeaway.top + 1 : false,
            offScreen: offScreen.map((text) => text.text),
            minFont: smallest ? { size: smallest.size, text: smallest.text } : null,
          };
        });
        if (m.scroll > 1) problems.push(`step ${step}: the page scrolls by ${m.scroll} px`);
        if (m.stageScroll > 1)
          problems.push(`step ${step}: the slide scrolls by ${m.stageScroll} px`);
        if (m.top < 0 || m.bottom > size.height || m.right > size.width) {
          problems.push(`step ${step}: the figure leaves the screen`);
        }
        if (m.overlapsTakeaway) problems.push(`step ${step}: the figure runs into the takeaway`);
        if (m.offScreen.length > 0)
          problems.push(`step ${step}: chart text off screen: ${m.offScreen.join(' | ')}`);
        if (m.minFont !== null) {
          smallest.push(`${step}:${m.minFont.size.toFixed(1)}`);
          if (size.width === 1280 && m.minFont.size < 18)
            problems.push(
              `step ${step}: chart text at ${m.minFont.size.toFixed(1)} px ("${m.minFont.text}")`,
            );
        }
      }
      console.info(
        `smallest chart text (px) at ${size.width}×${size.height}: ${smallest.join(' ')}`,
      );
      expect(problems).toEqual([]);
      expect(await runAxe(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
});
