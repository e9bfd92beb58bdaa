/**
 * Languages in real Chromium (against dist/): `?lang=es` shows Spanish with no English UI words
 * (names, citations, titles and scale names as published aside); the browser's preference is the
 * default; the language menu writes `lang` to the URL; an embed keeps the language; the
 * pseudo-locales (accented, ~40 % longer; and right-to-left) overflow nothing.
 *
 * Views whose words are still being moved to the catalogue are todos, named below.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/** Text that stays as published: source labels and citations, study titles and short names. */
const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
  sources: { label: string; citation: string }[];
};
const studies = readdirSync('data/studies').map(
  (file) =>
    JSON.parse(readFileSync(`data/studies/${file}`, 'utf8')) as {
      title: string;
      shortName: string;
      outcomes?: { socialDomains?: { value: unknown } };
    },
);
/** Scale items quoted as published (the Spanish gives a translation beside each). */
const QUOTED_ITEMS = studies.flatMap((study) => {
  const items = study.outcomes?.socialDomains?.value;
  return Array.isArray(items) ? items.map(String) : [];
});
const AS_PUBLISHED = [
  ...sources.sources.flatMap((source) => [source.citation, source.label]),
  ...studies.flatMap((study) => [study.title, study.shortName]),
  ...QUOTED_ITEMS,
  'Snaith–Hamilton Pleasure Scale',
  'Montgomery–Åsberg Depression Rating Scale',
  'Clinician-Administered Dissociative States Scale',
  'English',
].sort((a, b) => b.length - a.length);

/** Common English words that no Spanish sentence of this app contains. */
const ENGLISH =
  /\b(the|and|with|from|not|between|after|before|each|which|this|that|show|download|reported|participants|people|design|designs|sources|overview|study|studies)\b/gi;

async function englishWords(page: Page): Promise<string[]> {
  // The reader's own-study panel (Overview) is not in the catalogue yet: a todo below. Text marked
  // translate="no" stays as published in every language (citations, identifiers, BibTeX).
  const text = await page.evaluate(() => {
    let rest = document.body.innerText;
    const kept = [
      document.getElementById('own-study'),
      ...document.querySelectorAll<HTMLElement>('[translate="no"]'),
    ];
    for (const element of kept) if (element) rest = rest.split(element.innerText).join(' ');
    return rest;
  });
  let rest = text;
  for (const name of AS_PUBLISHED) rest = rest.split(name).join(' ');
  return [...new Set(rest.match(ENGLISH) ?? [])];
}

async function open(search: string, options: { width?: number; locale?: string } = {}) {
  const watched = await openPage(harness, { width: options.width ?? 1280 });
  const { page } = watched;
  await page.goto(`${harness.url}${search}`);
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(300);
  return watched;
}

/** Elements whose text does not fit their box, and whether the page scrolls sideways. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const clipped: string[] = [];
    const selector = 'button, a, label, th, td, h1, h2, h3, .tier-marker, .site-nav__link, select';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('[hidden], .visually-hidden, .table-scroll') || !element.offsetParent) {
        continue;
      }
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        clipped.push(
          `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 60)}`,
        );
      }
    }
    const sideways = document.documentElement.scrollWidth > window.innerWidth + 1;
    return { clipped, sideways };
  });
}

const DONE = ['overview', 'designs', 'timeline', 'lab', 'sources'];
const PENDING = ['blockade'];

describe('Spanish', () => {
  for (const view of DONE) {
    it(`?lang=es on the ${view} view shows no English UI text`, async () => {
      const { page, consoleErrors } = await open(`?view=${view}&lang=es`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      expect(await englishWords(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
  for (const view of PENDING) it.todo(`?lang=es on the ${view} view shows no English UI text`);
  it.todo('?lang=es on every lecture slide and on the handout shows no English UI text');
  it.todo('?lang=es in the own-study panel of the Overview shows no English UI text');

  it('an embedded figure keeps the language of its link', async () => {
    const { page } = await open('?view=designs&embed=1&figure=flow&lang=es');
    await page.getByRole('figure').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await englishWords(page)).toEqual([]);
    await page.context().close();
  });

  it('follows the browser’s preferred language when the link names none', async () => {
    const context = await harness.browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.getByRole('heading', { level: 1, name: /Dos estudios con ketamina/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await context.close();
  });

  it('the language menu switches the page and writes lang to the URL', async () => {
    const { page } = await open('');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: /Dos estudios con ketamina/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
    await page.context().close();
  });
});

describe('pseudo-locales', () => {
  for (const [lang, dir] of [
    ['pseudo', 'ltr'],
    ['pseudo-rtl', 'rtl'],
  ] as const) {
    for (const width of [1280, 390]) {
      for (const view of DONE) {
        it(`${lang} at ${width} px: the ${view} view overflows nothing`, async () => {
          const { page } = await open(`?view=${view}&lang=${lang}`, { width });
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
          expect(await overflow(page)).toEqual({ clipped: [], sideways: false });
          await page.context().close();
        });
      }
    }
  }
});
