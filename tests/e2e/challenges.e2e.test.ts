/**
 * The lab's challenges and "watch it fill" in real Chromium, with the simulation worker: a
 * challenge link asks first, sets the lab, and states the numbers of the run the estimates figure
 * shows (one shared run); a finished fill reports the same share as that run; axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, runAxe, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('lab challenges in real Chromium', () => {
  it('naive stop at 14: predict, run, and the stated false-positive rate is the run’s', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(harness, { width: 390 });
    await page.goto(`${harness.url}?view=lab&challenge=naive-stop&sims=1000&seed=3`);
    const card = page.getByRole('article', { name: 'Stop Williams at 14 with a naive boundary' });
    await card.waitFor();
    expect(await card.getByRole('button', { name: 'Set the lab and run' }).count()).toBe(0);
    await card.getByRole('radio', { name: 'About 5%, as α promises' }).check();
    await expect.poll(() => page.url()).toContain('guessStop=about-5');
    await card.getByRole('button', { name: 'Set the lab and run' }).click();
    const result = card.getByRole('status');
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toMatch(/What the run shows/);
    const text = (await result.textContent())!;
    const stated = /With a true effect of zero, ([\d.]+)% of 1,000 simulated trials/.exec(text)![1];
    // The estimates figure's interim table, from the same (shared) run: with τ = 0 its "power"
    // row is the share of that run's trials that declared an effect.
    const row = page.getByRole('row', { name: /Power \(true τ\)/ });
    const table = (await row.textContent())!;
    expect(table).toContain(`${stated}%`);
    expect(text).toContain('the run shows');
    // The link reproduces it: a reload keeps the prediction and the settings, and the result.
    await page.reload();
    await expect
      .poll(() => page.getByRole('article').getByRole('status').textContent(), { timeout: 30_000 })
      .toContain(`${stated}% of 1,000 simulated trials`);
    expect(await runAxe(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('watch it fill, under reduced motion, ends at the full-speed run’s share', async () => {
    const { page, consoleErrors } = await openPage(harness, { reducedMotion: 'reduce' });
    await page.goto(`${harness.url}?view=lab&sims=600&n=24&seed=8`);
    await expect
      .poll(() => page.locator('.lab-progress').textContent(), { timeout: 30_000 })
      .toMatch(/^Done/);
    const crossover = (await page.getByRole('row', { name: /^Crossover/ }).textContent())!;
    const fullSpeed = /Crossover([\d.]+)%/.exec(crossover.replace(/\s+/g, ''))![1];
    await page.getByRole('button', { name: 'Watch the trials arrive' }).click();
    await expect
      .poll(() => page.locator('.fill__rate').textContent())
      .toContain(`600 of 600 trials: ${fullSpeed}% found the effect`);
    expect(await runAxe(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('watch it fill, with motion, adds trials gradually and pauses', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(`${harness.url}?view=lab&sims=2000`);
    await page.getByRole('button', { name: 'Watch the trials arrive' }).click();
    await page.waitForTimeout(1500);
    const trials = async () => Number(await page.locator('.fill__run').getAttribute('data-trials'));
    const early = await trials();
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(20);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await trials();
    await page.waitForTimeout(800);
    expect(await trials()).toBe(paused);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(trials, { timeout: 20_000 }).toBeGreaterThan(paused + 50);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
