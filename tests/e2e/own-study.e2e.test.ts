/**
 * A reader's own study in real Chromium: open the fictional template through the file control →
 * it is in the picker, and the flow diagram, schedule and comparison show its own numbers; its
 * link opens the same figures in a fresh browser context; a reload keeps it (IndexedDB); Remove
 * takes it away for good. Bad files and a hand-edited link give a message naming the JSON path,
 * with no console error and a working page. The build publishes the format as JSON Schema.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, runAxe, startHarness, type Harness } from './harness';
import { studySchemaText } from '../../scripts/vitePlugins';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const TEMPLATE = readFileSync('data/templates/fictional-2030.json');
const NAME = 'Fictional et al. 2030';
const FILE_LABEL = 'Open a study (JSON file, at most 1 MB)';

async function openFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel(FILE_LABEL).setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** The Designs view shows the fictional study's own numbers in every figure. */
async function expectFictionalDesign(page: Page) {
  const picker = page.getByRole('radio', { name: `${NAME} (your study)` });
  await picker.waitFor();
  expect(await picker.isChecked()).toBe(true);
  const flow = page.getByRole('figure', { name: /Participant flow/ });
  await flow.getByRole('button', { name: /Randomised to an order\. 40 people/ }).waitFor();
  expect(
    await flow
      .getByRole('button', { name: /Analysed: 37 \([a-z ]+\); Did not complete both: 3/ })
      .count(),
  ).toBe(1);
  const schedule = page.getByRole('figure', { name: /Sessions and ratings, in days/ });
  await schedule.getByText(/Ratings on days 1, 7 and 14 after each session/).waitFor();
  const table = page.getByRole('table', { name: /design by design/ });
  expect(await table.getByRole('columnheader', { name: `${NAME} (your study)` }).count()).toBe(1);
  expect(await table.getByText('Change in a made-up symptom score').count()).toBe(1);
}

describe('your own study', () => {
  it('opens from the file control, survives a reload, travels in a link, and is removed', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(harness);
    await page.goto(`${harness.url}?view=overview`);
    await openFile(page, 'fictional-2030.json', TEMPLATE);
    await page.getByText(`Opened your study “${NAME}” from “fictional-2030.json”`).waitFor();
    // Its card on the overview is marked as the reader's.
    const card = page.getByRole('article', { name: NAME });
    expect(await card.getByText('Your study ·').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('button', { name: `Show its design ${NAME}` }).click();
    await expectFictionalDesign(page);
    expect(new URL(page.url()).searchParams.get('study')).toBe('fictional-2030');

    // Kept in this browser: a reload opens the same study from the same address.
    await page.reload();
    await expectFictionalDesign(page);
    // … and it is among the lab's presets, marked.
    await page.getByRole('link', { name: 'Design lab' }).first().click();
    await page.getByRole('button', { name: `${NAME} (your study) as run` }).waitFor();

    // Share: the link carries the study in its fragment; a fresh context opens the same figures.
    await page.goto(`${harness.url}?view=overview`);
    await page.getByRole('button', { name: `Share as a link ${NAME}` }).click();
    const link = await page.getByLabel(`Link to ${NAME}`).inputValue();
    expect(link).toMatch(/\?.*study=fictional-2030.*#own=1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(8000);
    const other = await openPage(harness);
    await other.page.goto(link);
    await expectFictionalDesign(other.page);
    await other.page.getByText(`Opened your study “${NAME}” from this link`).waitFor();
    expect(other.consoleErrors).toEqual([]);
    expect(other.foreignRequests).toEqual([]);
    await other.page.context().close();

    // Remove: gone from the picker, and still gone after a reload.
    await page.getByRole('button', { name: `Remove ${NAME}` }).click();
    await page.getByText(`Removed “${NAME}”`).waitFor();
    expect(await page.getByRole('article', { name: NAME }).count()).toBe(0);
    await page.goto(`${harness.url}?view=designs&study=fictional-2030`);
    await page.getByRole('radio', { name: 'Hess et al. 2024' }).waitFor();
    expect(await page.getByRole('radio', { name: new RegExp(NAME) }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Hess et al. 2024' }).isChecked()).toBe(true);

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('bad files and a hand-edited link: a message naming the path, a working page', async () => {
    const { page, consoleErrors } = await openPage(harness);
    await page.goto(`${harness.url}?view=overview`);
    await page.getByLabel(FILE_LABEL).waitFor();
    const status = page.locator('.own-study__status');

    await openFile(page, 'notes.json', Buffer.from('{"schemaVersion": 2, oops'));
    await status
      .getByText('The file “notes.json” was not opened. Nothing else has changed.')
      .waitFor();
    expect(await status.textContent()).toMatch(/\(root\): not valid JSON/);

    const clash = JSON.parse(TEMPLATE.toString('utf8')) as Record<string, unknown>;
    clash.id = 'hess-2024';
    clash.title = '<img src=x onerror="window.__pwned=1">';
    await openFile(page, 'clash.json', Buffer.from(JSON.stringify(clash)));
    await status.getByText(/id: "hess-2024" is the id of a study built into this app/).waitFor();

    const badTier = JSON.parse(TEMPLATE.toString('utf8')) as {
      flow: { enrolled: { tier: string } };
    };
    badTier.flow.enrolled.tier = '<b>papr</b>';
    await openFile(page, 'tier.json', Buffer.from(JSON.stringify(badTier)));
    await status.getByText(/flow\.enrolled\.tier: expected one of paper\|registry/).waitFor();
    // Text from the file is shown as text, never as HTML.
    expect(await status.textContent()).toContain('"<b>papr</b>"');
    expect(await page.locator('.own-study__status b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // A file dropped on the page goes the same way; the result is a notice.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['[1, 2]'], 'list.json', { type: 'application/json' }));
      document.body.dispatchEvent(
        new DragEvent('dragover', { bubbles: true, dataTransfer: transfer }),
      );
      document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, dataTransfer: transfer }));
    });
    const notices = page.locator('.notices');
    await notices
      .getByText('The file “list.json” was not opened. Nothing else has changed.')
      .waitFor();
    expect(await notices.textContent()).toMatch(/\(root\): expected a study .* got a list/);

    // The page still works: the built-in studies are all there.
    await page.getByRole('link', { name: 'Designs' }).first().click();
    await page.getByRole('radio', { name: 'Williams et al. 2018' }).click();
    expect(await page.getByRole('radio', { name: 'Williams et al. 2018' }).isChecked()).toBe(true);

    // A link whose study was edited by hand.
    await page.goto(`${harness.url}?view=designs&study=fictional-2030#own=1.abc$def`);
    await page
      .locator('.notices')
      .getByText('The study in this link was not opened. Nothing else has changed.')
      .waitFor();
    expect(await page.locator('.notices').textContent()).toMatch(/#own: the part after/);
    expect(await page.getByRole('radio', { name: 'Hess et al. 2024' }).isChecked()).toBe(true);

    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the build publishes the study format as JSON Schema, generated from the zod schema', async () => {
    const response = await fetch(`${harness.url}study.schema.json`);
    expect(response.ok).toBe(true);
    expect(await response.text()).toBe(studySchemaText());
  });
});
