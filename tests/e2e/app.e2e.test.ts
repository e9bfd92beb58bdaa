import type { Page } from 'playwright-core';
import { crossoverPower } from '../../src/model/lab/power';
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

const VIEWS = [
  { view: 'overview', heading: 'Two ketamine studies, each built as a crossover' },
  { view: 'designs', heading: 'How the two trials were built' },
  { view: 'timeline', heading: 'How long the effects lasted, in people and in rats' },
  { view: 'blockade', heading: 'Does blocking opioid receptors stop ketamine working?' },
  { view: 'lab', heading: 'Design lab: change the trial, watch the answer' },
  { view: 'sources', heading: 'Sources' },
] as const;

describe('every view in real Chromium', () => {
  for (const { view, heading } of VIEWS) {
    for (const theme of ['light', 'dark', 'projector'] as const) {
      it(`${view} renders in the ${theme} theme: no console error, nothing from another origin, no axe violation`, async () => {
        const { page, consoleErrors, foreignRequests } = await openPage(harness);
        await page.goto(`${harness.url}?view=${view}&theme=${theme}`);
        await expect.poll(() => page.locator('main h1').textContent()).toBe(heading);
        expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
        await page.waitForLoadState('networkidle');
        const violations = await runAxe(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the fact panel opened by keyboard passes axe too, and a phone-width page does not scroll sideways', async () => {
    const { page, consoleErrors } = await openPage(harness, { width: 360, height: 780 });
    await page.goto(`${harness.url}?view=overview&theme=projector`);
    const marker = page.getByRole('button', {
      name: /secondary: PsyPost 2024 — source and tier of “Participants”/,
    });
    await marker.focus();
    await expect.poll(() => page.getByRole('note').isVisible()).toBe(true);
    expect(await page.getByRole('note').textContent()).toContain('PsyPost');
    const box = await page.getByRole('note').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(await runAxe(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('Designs view', () => {
  it('a deep link opens Williams, sequence BA, built up to the washout', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(`${harness.url}?view=designs&study=williams-2018&sequence=BA&step=4`);
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('How the two trials were built');
    expect(await page.getByRole('radio', { name: 'Williams et al. 2018' }).isChecked()).toBe(true);
    expect(
      await page.getByRole('radio', { name: 'BA: Placebo + ketamine first' }).isChecked(),
    ).toBe(true);
    const flow = page.getByRole('figure', { name: /Participant flow/ });
    expect(await flow.getByText('Stage 4 of 6: Between the periods').isVisible()).toBe(true);
    const pressed = await flow
      .locator('[aria-pressed="true"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-box-id')));
    expect(pressed).toEqual(['allocation-BA', 'period1-BA', 'washout-BA']);
    expect(await flow.locator('[data-box-id^="period2"]').count()).toBe(0);
    expect(await flow.locator('[data-box-id="stopped"]').count()).toBe(0);
    expect(await flow.locator('.chart-figure__summary').textContent()).toBe(
      'Sequence BA: placebo + ketamine first, naltrexone + ketamine about 1 month later. Showing stages 1–4 of 6, up to the time between the periods.',
    );
    expect(new URL(page.url()).search).toBe('?view=designs&study=williams-2018&sequence=BA&step=4');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is usable by keyboard alone: follow a sequence from a box, then build the diagram', async () => {
    const { page } = await openPage(harness, { reducedMotion: 'reduce' });
    await page.goto(`${harness.url}?view=designs&step=5`);
    const box = page.locator('[data-box-id="period1-AB"]');
    await box.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sequence')).toBe('AB');
    expect(await box.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Next stage →' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(null);
    const flow = page.getByRole('figure', { name: /Participant flow/ });
    expect(await flow.locator('[data-box-id="analysis"]').count()).toBe(1);
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });

  it('with every table open, axe still finds nothing', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?view=designs&study=williams-2018&theme=projector`);
    await page.locator('main h1').waitFor();
    const toggles = await page.locator('.chart-figure__table-toggle').all();
    expect(toggles.length).toBe(3);
    for (const toggle of toggles) await toggle.click();
    // Three chart tables plus the side-by-side comparison.
    expect(await page.locator('main table').count()).toBe(4);
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });
});

describe('Effects over time', () => {
  /** Client x of a day on the timeline, read from the axis tick positions. */
  async function dayToClientX(page: Page, day: number) {
    return page.evaluate((d) => {
      const svg = document.querySelector('svg.effect-timeline') as SVGSVGElement;
      const ticks = [...svg.querySelectorAll('.axis > g')] as SVGGElement[];
      const first = ticks[0]!.getBoundingClientRect();
      const last = ticks[ticks.length - 1]!.getBoundingClientRect();
      const x0 = first.left + first.width / 2;
      const x21 = last.left + last.width / 2;
      return x0 + ((x21 - x0) * d) / 21;
    }, day);
  }

  it('the day cursor follows a mouse drag and round-trips through the URL', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(`${harness.url}?view=timeline&day=2`);
    const slider = page.getByRole('slider', { name: 'Day since treatment' });
    await slider.waitFor();
    const box = (await page.locator('svg.effect-timeline').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(await dayToClientX(page, 2), y);
    await page.mouse.down();
    await page.mouse.move(await dayToClientX(page, 5), y, { steps: 5 });
    await page.mouse.move(await dayToClientX(page, 9), y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('9');
    await expect.poll(() => new URL(page.url()).searchParams.get('day')).toBe('9');
    expect(await page.locator('#effects-timeline .chart-figure__summary').textContent()).toContain(
      'Day 9 — people: past the 7-day window',
    );
    await page.reload();
    await expect
      .poll(() =>
        page.getByRole('slider', { name: 'Day since treatment' }).getAttribute('aria-valuenow'),
      )
      .toBe('9');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a tap on a touch screen moves the cursor, and the keyboard does too', async () => {
    const context = await harness.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${harness.url}?view=timeline`);
    const slider = page.getByRole('slider', { name: 'Day since treatment' });
    await slider.waitFor();
    await slider.scrollIntoViewIfNeeded();
    const box = (await page.locator('svg.effect-timeline').boundingBox())!;
    await page.touchscreen.tap(await dayToClientX(page, 14), box.y + box.height / 2);
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('14');
    await slider.focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('6');
    await expect.poll(() => new URL(page.url()).searchParams.get('day')).toBe('6');
    await page.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('21');
    await context.close();
  });

  it('with the illustrative curve on, the curve carries its label and axe finds nothing', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?view=timeline&curve=1&half=5&theme=projector`);
    const curve = page.locator('.illustrative');
    await curve.waitFor();
    expect(await curve.locator('text', { hasText: 'illustrative — not study data' }).count()).toBe(
      1,
    );
    expect(await page.getByRole('slider', { name: /Half-life/ }).inputValue()).toBe('5');
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });

  it('under reduced motion the task is a strip of still panels; otherwise it animates with controls', async () => {
    const still = await openPage(harness, { reducedMotion: 'reduce' });
    await still.page.goto(`${harness.url}?view=timeline`);
    await still.page.locator('main h1').waitFor();
    expect(await still.page.locator('.hat-strip__panel').count()).toBe(5);
    expect(await still.page.getByRole('button', { name: 'Play' }).count()).toBe(0);
    const animations = await still.page.evaluate(() => document.getAnimations().length);
    expect(animations).toBe(0);
    await still.page.context().close();

    const moving = await openPage(harness);
    await moving.page.goto(`${harness.url}?view=timeline&hat=3`);
    await moving.page.locator('main h1').waitFor();
    expect(await moving.page.locator('.hat-strip__panel').count()).toBe(0);
    expect(await moving.page.locator('.hat--animate .hat__shock').count()).toBe(1);
    expect(await moving.page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
    await moving.page.context().close();
  });
});

describe('Naltrexone blockade', () => {
  it('predict, then reveal, by keyboard alone; nothing of the answer shows before', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(`${harness.url}?view=blockade`);
    await page.locator('main h1').waitFor();
    const before = (await page.locator('main').textContent()) ?? '';
    expect(before).not.toMatch(/7 of 12|0 of 12|58%|No difference between the two conditions/);
    // Tab to the first question's radios and choose with the arrow keys, as a keyboard user would.
    const firstRadio = page.getByRole('radio', { name: 'Yes, blocked' }).first();
    let guard = 0;
    while (!(await firstRadio.evaluate((el) => el === document.activeElement)) && guard++ < 80) {
      await page.keyboard.press('Tab');
    }
    expect(guard).toBeLessThan(80);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // second question: "No, not blocked"
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    const reveal = page.getByRole('button', { name: 'Reveal the results' });
    expect(await reveal.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('revealed')).toBe('1');
    const table = page.getByRole('table', { name: 'Your predictions compared with the results' });
    expect(await table.locator('tbody tr').nth(0).textContent()).toContain('✓ matches');
    expect(await table.locator('tbody tr').nth(1).textContent()).toContain('✓ matches');
    expect(await page.locator('#responders .chart-figure__summary').textContent()).toContain(
      '7 of 12 responded after placebo + ketamine (58%, exact 95% interval 28% to 85%)',
    );
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the revealed state passes axe in the projector theme with every table open', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?view=blockade&revealed=1&theme=projector`);
    await page.locator('#evidence').waitFor();
    for (const toggle of await page.locator('.chart-figure__table-toggle').all())
      await toggle.click();
    await page.locator('[data-entry-id="jelen-2025"]').focus();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });
});

describe('Design lab', () => {
  it('a deep link shows the expected analytic power, and the simulation runs in a worker', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(harness);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${harness.url}?view=lab&n=30&effect=0.5&rho=0.5&sims=1000&seed=3`);
    const power = crossoverPower({
      n: 30,
      effect: 0.5,
      sd: 1,
      rho: 0.5,
      alpha: 0.05,
      dropout: 0,
      lambda: 0,
    });
    const rates = page.getByRole('table', { name: /Share of trials significant/ });
    await rates.waitFor({ timeout: 20_000 });
    const crossoverRow = rates.locator('tbody tr').first();
    await expect
      .poll(() => crossoverRow.locator('td').nth(1).textContent())
      .toBe(`${(power * 100).toFixed(1)}%`);
    await expect
      .poll(() => page.locator('.lab-progress').textContent(), { timeout: 20_000 })
      .toMatch(/^Done: 1,000 trials in \d+ ms, off the main thread\.$/);
    expect(workers.some((url) => url.includes('simulation.worker'))).toBe(true);
    expect(new URL(workers[0]!).origin).toBe(new URL(harness.url).origin);
    // The simulated power is within 3 Monte Carlo SE of the analytic value.
    const simulated = ((await crossoverRow.locator('td').nth(0).textContent()) ?? '').split(' ± ');
    const rate = parseFloat(simulated[0]!) / 100;
    const mcse = parseFloat(simulated[1]!) / 100;
    expect(Math.abs(rate - power)).toBeLessThan(3 * mcse + 0.005);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('is usable by keyboard: a slider moves with the arrow keys and the URL follows', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?view=lab&sims=200`);
    const slider = page.getByRole('slider', { name: /Participants \(total\)/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('72');
    await page.getByRole('radio', { name: 'Parallel groups' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('design')).toBe('parallel');
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });

  it('figures off screen catch up once a drag rests; figures in view follow every press', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(`${harness.url}?view=lab&sims=200`);
    const slider = page.getByRole('slider', { name: /Participants \(total\)/ });
    const flow = page.locator('#lab-design-figure');
    const power = page.locator('#lab-power .power-curve');
    await power.waitFor({ state: 'attached' });
    expect(await power.textContent()).toContain('n = 68');
    // The power figure is far below the first screen: it shows the new n once the presses rest.
    await slider.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => flow.textContent()).toContain('76 people');
    await expect.poll(() => power.textContent(), { timeout: 10_000 }).toContain('n = 76');
    // In view, it follows the press itself.
    await power.scrollIntoViewIfNeeded();
    await slider.evaluate((element: HTMLElement) => element.focus({ preventScroll: true }));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => power.textContent()).toContain('n = 78');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the estimates figure keeps its last drawing while a new run starts (no blank frames)', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(`${harness.url}?view=lab&sims=2000`);
    const figure = page.locator('#lab-many');
    await figure.locator('.chart-figure__canvas svg').waitFor();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.locator('.lab-progress').textContent()).toMatch(/^Done/);
    // Count the frames in which the histogram or the rates table is missing during a drag.
    await page.evaluate(() => {
      const w = window as unknown as { blank: number; stop: boolean };
      w.blank = 0;
      w.stop = false;
      const host = document.getElementById('lab-many')!;
      const check = () => {
        if (!host.querySelector('.chart-figure__canvas svg') || !host.querySelector('.rates-table'))
          w.blank += 1;
        if (!w.stop) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    const slider = page.getByRole('slider', { name: /Participants \(total\)/ });
    await slider.evaluate((element: HTMLElement) => element.focus({ preventScroll: true }));
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(60);
    }
    await expect.poll(() => figure.locator('.lab-progress').textContent()).toMatch(/^Done/);
    const blank = await page.evaluate(() => {
      const w = window as unknown as { blank: number; stop: boolean };
      w.stop = true;
      return w.blank;
    });
    expect(blank).toBe(0);
    // Finished: the figure shows the new run, neither dimmed nor busy.
    expect(await figure.getAttribute('class')).not.toContain('chart-figure--stale');
    expect(await figure.locator('.chart-figure__chart').getAttribute('aria-busy')).toBeNull();
    expect(await figure.locator('.chart-figure__summary').textContent()).toMatch(
      /^2,000 of 2,000 trials/,
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('out-of-range values are clamped and reported', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?view=lab&sims=150000&rho=2`);
    const notice = page.locator('.notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      '“sims=150000”: outside 100–100,000; 100,000 was used.',
    );
    expect(await notice.textContent()).toContain('“rho=2”: outside 0–0.95; 0.95 was used.');
    await page.context().close();
  });
});

describe('Lecture mode', () => {
  it('the stage and the presenter window stay in step, advancing from either', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const stage = await context.newPage();
    const errors: string[] = [];
    stage.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await stage.goto(`${harness.url}?lecture=1&slide=1&theme=projector`);
    await stage.getByText(/^Step 1 of \d+$/).waitFor();
    const [presenter] = await Promise.all([
      stage.waitForEvent('popup'),
      stage.getByRole('button', { name: 'Presenter window' }).click(),
    ]);
    await presenter.getByRole('heading', { name: /^Now: step 1 of/ }).waitFor();

    await stage.keyboard.press('ArrowRight');
    await presenter.getByRole('heading', { name: /^Now: step 2 of/ }).waitFor();
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await stage.getByText(/^Step 3 of \d+$/).waitFor();
    expect(new URL(stage.url()).searchParams.get('slide')).toBe('3');
    expect(new URL(stage.url()).searchParams.get('view')).toBe('designs');

    // A control changed on the stage shows up in the presenter's live state.
    await stage.keyboard.press('ArrowRight');
    await stage.keyboard.press('ArrowRight');
    await stage.keyboard.press('ArrowRight');
    await presenter.getByRole('heading', { name: /^Now: step 6 of/ }).waitFor();
    await stage.getByText('Change the figure').click();
    await stage.getByRole('radio', { name: 'AB', exact: true }).check();
    await expect
      .poll(() => presenter.locator('.presenter__settings').textContent())
      .toContain('sequence followed: AB');

    const stageViolations = await runAxe(stage);
    expect(stageViolations, JSON.stringify(stageViolations, null, 2)).toEqual([]);
    const presenterViolations = await runAxe(presenter);
    expect(presenterViolations, JSON.stringify(presenterViolations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every step has its own URL: reloading returns to the same step and state', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?lecture=1&slide=9`);
    await page.getByText(/^Step 9 of \d+$/).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Step 10 of \d+$/).waitFor();
    const url = page.url();
    expect(new URL(url).searchParams.get('day')).toBe('7');
    await page.reload();
    await page.getByText(/^Step 10 of \d+$/).waitFor();
    expect(page.url()).toBe(url);
    await page.keyboard.press('b');
    expect(await page.getByTestId('blackout').count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('blackout').count()).toBe(0);
    await page.keyboard.press('o');
    await page.getByRole('dialog', { name: /All \d+ steps/ }).waitFor();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });

  it('the Present button starts the lecture from the normal page, and Exit returns', async () => {
    const { page } = await openPage(harness);
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByText(/^Step 1 of \d+$/).waitFor();
    await page.getByRole('button', { name: 'Exit lecture' }).click();
    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lecture')).toBe(null);
    await page.context().close();
  });
});

describe('Export and embed', () => {
  it('downloads a parseable SVG with title, citation and permalink, a PNG, and a CSV of the shown rows with tiers', async () => {
    const context = await harness.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${harness.url}?view=blockade&revealed=1`);
    const figure = page.locator('#responders');
    await figure.locator('svg').waitFor();
    const tools = figure.getByRole('group', { name: 'Export and share this figure' });

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgText = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    expect(svgText).toContain('<title>Day-1 response');
    expect(svgText).toContain('Williams et al. 2018 (paper)');
    expect(svgText).toContain('revealed=1');
    // It renders: load it as an image in the page and read its size.
    const size = await page.evaluate(async (markup) => {
      const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      const img = new Image();
      await new Promise((resolve, reject) => {
        img.onload = resolve;
        img.onerror = reject;
        img.src = url;
      });
      return [img.width, img.height];
    }, svgText);
    expect(size[0]).toBeGreaterThan(200);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size[0]! * 2);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('Condition,Responders,Rate,Exact 95% interval,tier,source');
    expect(csv[1]).toContain('Placebo + ketamine (all 12),7 of 12,58%,28% to 85%');
    expect(csv[1]).toContain('paper; derived');
    expect(csv[2]).toContain('secondary');
    await context.close();
  });

  it('embed mode shows the view without the site chrome, with all settings pinned in its code', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?view=designs&study=williams-2018`);
    const figure = page.locator('#flow-williams-2018');
    await figure.getByRole('button', { name: 'Embed' }).click();
    const code = await figure.locator('textarea').inputValue();
    const src = new URL(code.match(/src="([^"]+)"/)![1]!);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('study')).toBe('williams-2018');
    expect(src.searchParams.get('v')).toBe('3');
    expect(src.searchParams.get('sequence')).toBe('none');
    expect(src.searchParams.get('figure')).toBe('flow');
    await page.goto(src.toString());
    // One figure alone: its title is the page's heading; no site chrome, no other figure.
    await page.locator('#flow-williams-2018 svg').waitFor();
    expect(await page.locator('main h1').textContent()).toMatch(/^Participant flow/);
    expect(await page.locator('main figure.chart-figure').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
    expect(await page.locator('.embed-credit').count()).toBe(1);
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });
});

describe('Embed keys', () => {
  it('an embedded view ignores keys until one of its controls has focus', async () => {
    const { page } = await openPage(harness);
    await page.goto(`${harness.url}?embed=1&view=timeline&day=4`);
    const slider = page.getByRole('slider', { name: 'Day since treatment' });
    await slider.waitFor();
    for (const key of ['ArrowRight', 'PageDown', 'n', 'b', 'End', ' '])
      await page.keyboard.press(key);
    // Address writes wait for the next paint: let one pass before checking nothing was written.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    );
    expect(new URL(page.url()).searchParams.get('day')).toBe('4');
    expect(await page.getByTestId('blackout').count()).toBe(0);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('day')).toBe('5');
    await page.context().close();
  });
});

describe('Handout', () => {
  it('renders all views as a printable document with a QR code, and prints to a multi-page PDF', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(harness);
    await page.goto(`${harness.url}?print=1&revealed=1&sims=200`);
    await page.getByRole('img', { name: /^QR code of the live version/ }).waitFor();
    await page.locator('#responders svg').waitFor();
    expect(await page.locator('.handout__view').count()).toBe(6);
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.export-tools').first().isVisible()).toBe(false);
    // No control is printed: buttons, sliders, selects and the prediction widgets stay on screen.
    const printedControls = await page
      .locator('.handout :is(button, input, select, textarea)')
      .evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).offsetParent !== null));
    expect(printedControls).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Issue #11: every view's figures, the responders included, in about ten A4 pages.
    console.info(`handout of all views (revealed): ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(10);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('narrow screens', () => {
  for (const { view } of VIEWS) {
    for (const theme of ['light', 'projector'] as const) {
      it(`${view} at 360 px in ${theme} does not scroll sideways`, async () => {
        const { page } = await openPage(harness, { width: 360, height: 780 });
        await page.goto(`${harness.url}?view=${view}&theme=${theme}`);
        await page.locator('main h1').waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      });
    }
  }
});

describe('navigation and history', () => {
  it('Back and Forward restore views', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(harness.url);
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Sources' })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sources');
    expect(new URL(page.url()).search).toBe('?view=sources');
    await page.goBack();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('crossover');
    expect(new URL(page.url()).search).toBe('');
    await page.goForward();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sources');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a theme change replaces the history entry instead of adding one', async () => {
    const { page } = await openPage(harness);
    await page.goto(harness.url);
    const before = await page.evaluate(() => history.length);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=dark');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.context().close();
  });

  it('the skip link is the first stop and jumps to the main content', async () => {
    const { page } = await openPage(harness);
    await page.goto(harness.url);
    // The app's page (a saved first page may be shown while the app loads: it takes no focus).
    await page.locator('html:not(.prerendering) #root main h1').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});

describe('bad input', () => {
  it('a hostile URL shows the notice and a working page, and runs nothing', async () => {
    const { page, consoleErrors, dialogs } = await openPage(harness);
    await page.goto(`${harness.url}?view=<script>alert(1)</script>&theme=%00`);
    await expect.poll(() => page.locator('main h1').textContent()).toContain('crossover');
    const notice = page.locator('.notice');
    expect(await notice.textContent()).toContain('Part of this link was not used');
    expect(await notice.textContent()).toContain('not one of overview, designs');
    expect(dialogs).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    expect(await runAxe(page)).toEqual([]);
    await notice.getByRole('button', { name: /Dismiss/ }).click();
    expect(await page.locator('.notice').count()).toBe(0);
    // The page still works after the notice.
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Sources' })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sources');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('serves a strict Content-Security-Policy that allows only its own origin', async () => {
    const { page } = await openPage(harness);
    await page.goto(harness.url);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const inlineScripts = await page.locator('script:not([src])').count();
    expect(inlineScripts).toBe(0);
    await page.context().close();
  });
});
