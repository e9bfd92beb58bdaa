/**
 * Views lead with their figure (issue #11): at 1280×800 the wide header is one row, and each
 * view's main figure (or, on the blockade before the reveal, the prediction it asks for first)
 * starts on the first screen, with its top no lower than 400 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Each view and the element that is its lead figure. */
const LEADS = [
  { query: 'view=overview', lead: '.studies-figure' },
  { query: 'view=designs', lead: '.chart-figure' },
  { query: 'view=timeline', lead: '.chart-figure' },
  { query: 'view=blockade', lead: '.predict' },
  { query: 'view=blockade&revealed=1', lead: '.predict, .chart-figure' },
  { query: 'view=lab&sims=200', lead: '.chart-figure' },
  { query: 'view=sources', lead: 'table' },
];

describe('views lead with their figure at 1280×800', () => {
  it('the wide header is one row and every view’s figure starts on the first screen', async () => {
    const { page, consoleErrors } = await openPage(harness, { width: 1280, height: 800 });
    const tops: string[] = [];
    const problems: string[] = [];
    for (const { query, lead } of LEADS) {
      await page.goto(`${harness.url}?${query}&theme=light`);
      await page
        .locator(`main ${lead.split(',')[0]}`)
        .first()
        .waitFor();
      const m = await page.evaluate((selector) => {
        const header = document.querySelector('header.site-header')!.getBoundingClientRect();
        const tops = [
          ...document.querySelectorAll(
            'header.site-header a, header.site-header button, header.site-header select',
          ),
        ]
          .filter((node) => node.getBoundingClientRect().width > 0)
          .map((node) => Math.round(node.getBoundingClientRect().top));
        const figure = document.querySelector(`main :is(${selector})`)!.getBoundingClientRect();
        return {
          headerHeight: header.height,
          // Rows of controls: tops more than 20 px apart start a new row.
          headerRows: [...tops]
            .sort((a, b) => a - b)
            .filter((top, index, sorted) => index === 0 || top - sorted[index - 1]! > 20).length,
          figureTop: Math.round(figure.top + window.scrollY),
        };
      }, lead);
      tops.push(`${query}: ${m.figureTop}`);
      if (m.headerHeight > 72 || m.headerRows > 1)
        problems.push(`${query}: header ${m.headerHeight} px in ${m.headerRows} rows`);
      if (m.figureTop > 400) problems.push(`${query}: figure starts at ${m.figureTop} px`);
    }
    console.info(`lead figure tops at 1280×800: ${tops.join('; ')}`);
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('chart labels on a 390 px phone', () => {
  for (const theme of ['light', 'projector'] as const) {
    it(`in ${theme}: the lab's panel titles do not overlap and the blockade's stop label is not cut off`, async () => {
      const { page, consoleErrors } = await openPage(harness, { width: 390, height: 844 });
      await page.goto(`${harness.url}?view=lab&sims=200&theme=${theme}`);
      await page.locator('svg.trial-chart .trial-chart__title').first().waitFor();
      const titles = await page
        .locator('svg.trial-chart .trial-chart__title')
        .evaluateAll((nodes) =>
          nodes.map((node) => {
            const box = node.getBoundingClientRect();
            return { left: box.left, right: box.right };
          }),
        );
      expect(titles).toHaveLength(2);
      expect(titles[0]!.right).toBeLessThanOrEqual(titles[1]!.left);
      await page.goto(`${harness.url}?view=blockade&revealed=1&theme=${theme}`);
      const stop = await page.locator('svg.interim-bar').evaluate((svg) => {
        const chart = svg.getBoundingClientRect();
        const label = svg.querySelector('.interim-bar__stop-label')!.getBoundingClientRect();
        return { inside: label.left >= chart.left - 1 && label.right <= chart.right + 1 };
      });
      expect(stop.inside).toBe(true);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
});
