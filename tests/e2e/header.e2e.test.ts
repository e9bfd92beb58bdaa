/**
 * The site header in real Chromium: on a 390 px phone a short bar whose Menu button opens the
 * views, Present, Handout and theme, all usable by keyboard alone; on a wide screen the inline bar.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, runAxe, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const PHONE = { width: 390, height: 844 };
const VIEW_LINKS = [
  'Overview',
  'Designs',
  'Effects over time',
  'Naltrexone blockade',
  'Design lab',
  'Sources',
];

const headerHeight = (page: Page) =>
  page.locator('header.site-header').evaluate((node) => node.getBoundingClientRect().height);

const focused = (page: Page) =>
  page.evaluate(() => {
    const node = document.activeElement as HTMLElement | null;
    return {
      id: node?.id ?? '',
      tag: node?.tagName.toLowerCase() ?? '',
      text: node?.textContent?.trim() ?? '',
    };
  });

describe('site header on a 390 × 844 phone', () => {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`is at most 72 px high in the ${theme} theme, with the views behind a Menu button`, async () => {
      const { page, consoleErrors } = await openPage(harness, PHONE);
      await page.goto(`${harness.url}?view=designs&theme=${theme}`);
      await page.locator('main h1').waitFor();
      expect(await headerHeight(page)).toBeLessThanOrEqual(72);
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      const nav = page.getByRole('navigation', { name: 'Views' });
      expect(await nav.isVisible()).toBe(false);
      // The first heading starts on the first screen, right under the header.
      const top = await page.locator('main h1').evaluate((n) => n.getBoundingClientRect().top);
      expect(top).toBeLessThan(150);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('the skip link works by keyboard alone', async () => {
    const { page } = await openPage(harness, PHONE);
    await page.goto(`${harness.url}?view=designs`);
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await focused(page)).toMatchObject({ text: 'Skip to content' });
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('main');
    await page.context().close();
  });

  it('the menu opens, walks, closes and navigates by keyboard alone', async () => {
    const { page, consoleErrors } = await openPage(harness, PHONE);
    await page.goto(`${harness.url}?view=designs`);
    await page.locator('main h1').waitFor();
    // Skip link, title link, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Menu' });
    const menu = page.getByRole('button', { name: 'Menu' });

    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Views' });
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Designs' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // Tab walks the six views, then Present, Handout and the theme.
    for (const label of VIEW_LINKS) {
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: label });
    }
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Present' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Handout' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'select' });

    // Escape closes the panel and puts focus back on the button.
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Menu' });

    // Space opens it again; choosing a view closes it and moves focus to the new heading.
    await page.keyboard.press('Space');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Effects over time' });
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('timeline');
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the theme select inside the menu works by keyboard alone', async () => {
    const { page } = await openPage(harness, PHONE);
    await page.goto(`${harness.url}?view=overview&theme=light`);
    await page.locator('main h1').waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const select = page.getByRole('combobox', { name: 'Theme' });
    expect(await select.isVisible()).toBe(true);
    // Tab to the select, as a keyboard user would.
    for (let i = 0; i < VIEW_LINKS.length + 3; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'select' });
    await page.keyboard.press('ArrowDown'); // light → dark
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.keyboard.press('ArrowDown'); // dark → projector
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('projector');
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('projector');
    // Changing the theme leaves the menu open; the header stays short in the new theme.
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await headerHeight(page)).toBeLessThanOrEqual(72);
    await page.context().close();
  });

  it('with reduced motion the panel opens without animation', async () => {
    const { page } = await openPage(harness, { ...PHONE, reducedMotion: 'reduce' });
    await page.goto(`${harness.url}?view=overview`);
    await page.locator('main h1').waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    const panel = page.locator('.site-header__panel');
    expect(await panel.evaluate((n) => getComputedStyle(n).animationName)).toBe('none');
    await page.context().close();
  });

  for (const theme of ['light', 'projector'] as const) {
    it(`axe finds nothing with the menu open in the ${theme} theme`, async () => {
      const { page } = await openPage(harness, PHONE);
      await page.goto(`${harness.url}?view=designs&theme=${theme}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Views' }).waitFor({ state: 'visible' });
      // Let the opening animation finish, so contrast is measured on the settled panel.
      await page.waitForTimeout(300);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('site header on a 1280 × 800 screen', () => {
  it('shows the view links, Present, Handout and the theme inline, with no menu button', async () => {
    const { page } = await openPage(harness, { width: 1280, height: 800 });
    await page.goto(`${harness.url}?view=designs`);
    await page.locator('main h1').waitFor();
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    const nav = page.getByRole('navigation', { name: 'Views' });
    const tops: number[] = [];
    for (const label of VIEW_LINKS) {
      const link = nav.getByRole('link', { name: label });
      expect(await link.isVisible()).toBe(true);
      tops.push((await link.boundingBox())!.y);
    }
    // Inline: all six links on one row.
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(2);
    expect(await page.getByRole('button', { name: 'Present' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Handout' }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Theme' }).isVisible()).toBe(true);
    // Keyboard order is unchanged: skip link, title, then the views.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Overview' });
    await page.context().close();
  });

  for (const theme of ['light', 'projector'] as const) {
    it(`is one row in the ${theme} theme (issue #11): title, views, Present, Handout, theme, language`, async () => {
      const { page } = await openPage(harness, { width: 1280, height: 800 });
      await page.goto(`${harness.url}?view=lab&theme=${theme}`);
      await page.locator('main h1').waitFor();
      const boxes = await page
        .locator(
          '.site-header__inner a, .site-header__inner button:visible, .site-header__inner select',
        )
        .evaluateAll((nodes) =>
          nodes
            .map((node) => node.getBoundingClientRect())
            .filter((box) => box.width > 0)
            .map((box) => ({ top: box.top, bottom: box.bottom })),
        );
      expect(boxes.length).toBeGreaterThanOrEqual(10);
      // One row: every control overlaps the first one vertically.
      const first = boxes[0]!;
      for (const box of boxes) expect(box.top).toBeLessThan(first.bottom);
      expect(await headerHeight(page)).toBeLessThan(72);
      await page.context().close();
    });
  }
});
