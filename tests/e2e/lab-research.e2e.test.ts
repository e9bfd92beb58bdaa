import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openPage, runAxe, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const SUMMARY =
  /^500 of 500 trials: power ([\d.]+)% ± [\d.]+% \(analytic [\d.]+%\), type I error ([\d.]+)% ± [\d.]+% \(analytic [\d.]+%\), expected sample size ([\d.]+) under H1 and ([\d.]+) under H0, out of 60\.$/;

describe('the researcher’s design lab in real Chromium', () => {
  it('a binary-outcome, three-period, two-look run from a link shows its numbers, and its CSV reproduces them', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(harness);
    await page.goto(
      `${harness.url}?view=lab&outcome=binary&crossoverDesign=abb-baa&interimLooks=1&sims=500&n=60&seed=5`,
    );
    const bar = page.getByRole('progressbar', { name: 'Simulated trials' });
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 20_000 }).toBe('500');
    await expect.poll(() => page.getByText('500 of 500 trials — done').isVisible()).toBe(true);
    const summary = (await page
      .locator('#lab-research-figure .chart-figure__summary')
      .textContent())!;
    const match = SUMMARY.exec(summary.trim());
    expect(match, summary).not.toBeNull();
    const [, power, typeI, expectedN, expectedNNull] = match!;
    expect(Number(power)).toBeGreaterThan(0);
    expect(Number(typeI)).toBeGreaterThanOrEqual(0);
    expect(Number(expectedN)).toBeLessThanOrEqual(60);
    expect(Number(expectedNNull)).toBeLessThanOrEqual(60);
    // The numbers shown beside the chart: power, type I error, expected sample size.
    const figure = page.locator('#lab-research-figure');
    await expect
      .poll(() => figure.getByText('Type I error', { exact: true }).isVisible())
      .toBe(true);
    await expect
      .poll(() => figure.getByText('Expected sample size', { exact: true }).isVisible())
      .toBe(true);
    expect(
      await figure.getByRole('table', { name: /Boundaries per look/ }).textContent(),
    ).toContain('O’Brien–Fleming-type');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the simulated trials (CSV)' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trim().split('\n');
    const header = lines.filter((line) => line.startsWith('#'));
    expect(header.join('\n')).toContain('seed: 5');
    expect(header.join('\n')).toContain('outcome=binary');
    expect(header.join('\n')).toContain('crossoverDesign=abb-baa');
    expect(header.join('\n')).toContain('interimLooks=1; firstLook=0; spending=obf');
    expect(header.join('\n')).not.toContain('boundary=');
    const [columns, ...rows] = lines.filter((line) => !line.startsWith('#'));
    const cols = columns!.split(',');
    expect(rows).toHaveLength(500);
    const stoppedAt = cols.indexOf('stopped_at');
    const used = cols.indexOf('people_used');
    const cells = rows.map((row) => row.split(','));
    const rejections = cells.filter((c) => Number(c[stoppedAt]) > 0).length;
    expect(((rejections / 500) * 100).toFixed(1)).toBe(power);
    const meanUsed = cells.reduce((sum, c) => sum + Number(c[used]), 0) / 500;
    expect(meanUsed.toFixed(1)).toBe(expectedN);

    const [people] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download one trial’s people (CSV)' }).click(),
    ]);
    const peopleText = readFileSync((await people.path())!, 'utf8');
    expect(peopleText).toContain('person,sequence,period_1,period_2,period_3');
    expect(
      peopleText
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('#')),
    ).toHaveLength(61);

    expect(await runAxe(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('an old link with interim and boundary opens with the new look settings; Balaam’s design draws four lanes', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(harness);
    await page.goto(`${harness.url}?view=lab&n=30&interim=0.47&boundary=naive&sims=200`);
    await expect
      .poll(() => page.getByText(/Interim analysis after 14 of 30 people/).isVisible(), {
        timeout: 20_000,
      })
      .toBe(true);
    // The address now says it with the new keys, and no notice says anything was ignored.
    await expect
      .poll(() => new URL(page.url()).search)
      .toContain('interimLooks=1&firstLook=0.47&spending=naive');
    expect(new URL(page.url()).search).not.toContain('boundary=');
    expect(await page.getByRole('slider', { name: /First interim look after/ }).inputValue()).toBe(
      '0.47',
    );
    await page.getByRole('radio', { name: 'Balaam: AB/BA/AA/BB' }).click();
    const flow = page.locator('#lab-design-figure');
    for (const sequence of ['AB', 'BA', 'AA', 'BB'])
      await expect
        .poll(() =>
          flow.getByRole('button', { name: new RegExp(`^Sequence ${sequence}\\.`) }).count(),
        )
        .toBe(1);
    expect(await runAxe(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});
