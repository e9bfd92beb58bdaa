/**
 * Slides are slides: every deck step, at three projector sizes, shows its title, its figure and
 * its takeaway inside the screen with no scrolling. The smallest chart text on each slide is
 * printed (issue #11 asks for at least 18 px at 1280×720; see the note in the issue).
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
        await page.locator('.figure-host .figure-host__figure > *:not(.loading)').first().waitFor();
        await page.waitForTimeout(150);
        const m = await page.evaluate(() => {
          const host = document.querySelector('.slide__figures')!.getBoundingClientRect();
          const title = document.querySelector('.slide__title')!.getBoundingClientRect();
          const fonts = [...document.querySelectorAll('.figure-host svg text')]
            .map(
              (node) =>
                parseFloat(getComputedStyle(node).fontSize) *
                ((node.closest('svg')!.getBoundingClientRect().width || 1) /
                  ((node.closest('svg') as SVGSVGElement).viewBox.baseVal?.width || 1)),
            )
            .filter((size) => size > 0);
          return {
            scroll: document.documentElement.scrollHeight - innerHeight,
            stageScroll: (() => {
              const stage = document.querySelector('.lecture__stage') as HTMLElement;
              return stage.scrollHeight - stage.clientHeight;
            })(),
            top: Math.min(host.top, title.top),
            bottom: host.bottom,
            right: host.right,
            minFont: fonts.length ? Math.min(...fonts) : null,
          };
        });
        if (m.scroll > 1) problems.push(`step ${step}: the page scrolls by ${m.scroll} px`);
        if (m.stageScroll > 1)
          problems.push(`step ${step}: the slide scrolls by ${m.stageScroll} px`);
        if (m.top < 0 || m.bottom > size.height || m.right > size.width) {
          problems.push(`step ${step}: the figure leaves the screen`);
        }
        if (m.minFont !== null) smallest.push(`${step}:${m.minFont.toFixed(1)}`);
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
