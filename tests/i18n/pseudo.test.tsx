/**
 * The pseudo-locale test: every word of a view must come from a catalogue (or the data's
 * translations). In the pseudo-locale every such word is accented (src/messages/pseudo.ts), so a
 * run of plain ASCII letters on screen is text that bypassed the catalogue — unless it is a proper
 * name, a citation, a study title, a scale name or a unit, which stay as published.
 *
 * Views whose words are not all in the catalogue yet are listed in PENDING (a todo each), so the
 * test says exactly what is left rather than passing over it. Overflow of the longer text needs a
 * layout engine: tests/e2e/i18n.e2e.test.ts checks it in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { LocaleRoot } from '../../src/components/LocaleRoot';
import {
  activateLocale,
  registerLocaleResource,
  NAMESPACES,
  ensureCatalog,
} from '../../src/messages/i18n';
import { loadDataText } from '../../src/data/localize';
import { SOURCES, builtInStudies } from '../../src/data/studies';
import { resetExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import type { View } from '../../src/document/fields';
import { LANGUAGES } from '../../src/messages/languages';
import { DECK } from '../../src/lecture/deck';
import { memoryKeeper, setStudyKeeper } from '../../src/own/storage';
import { openStudyText, removeOwnStudy } from '../../src/own/ownStudies';
import { FICTIONAL_FILE_TEXT, FICTIONAL_STUDY } from '../fixtures/fictionalStudy';

/** Views whose every word comes from a catalogue (the others are still being moved). */
const DONE: View[] = ['overview', 'designs', 'timeline', 'blockade', 'lab', 'sources'];
const PENDING: View[] = [];

/** Parts of the page still being moved to the catalogue: the figures of PENDING views. */
const PENDING_PARTS = PENDING.map((view) => `[data-view="${view}"]`).join(', ') || ':not(*)';

/** Words that stay as published in every language. */
const AS_PUBLISHED = [
  ...SOURCES.flatMap((source) => [source.label, source.citation]),
  ...builtInStudies().flatMap((study) => [study.title, study.shortName]),
  'SHAPS',
  'MADRS',
  'HAM-D',
  'CADSS',
  'C-SSRS',
  'NIMH',
  'CONSORT',
  'ClinicalTrials.gov',
  'Snaith–Hamilton Pleasure Scale',
  'Montgomery–Åsberg Depression Rating Scale',
  'Clinician-Administered Dissociative States Scale',
  'mg/kg',
  'min',
  'SVG',
  'PNG',
  'CSV',
  'AB',
  'BA',
  // Language names are written in their own language; the pseudo-locale's option shows its code.
  ...LANGUAGES.map((language) => language.name),
  'pseudo',
  // Intl's own words in the pseudo-locale's Intl locale (list conjunctions).
  ' and ',
  // A reader's own study: its names are the file's, and the format's keys stay as written.
  FICTIONAL_STUDY.shortName,
  FICTIONAL_STUDY.kicker,
  'schemaVersion',
  'x.json',
  'JSON Schema',
  'JSON',
  'MB',
]
  .filter((text) => text.length > 0)
  .sort((a, b) => b.length - a.length);

/**
 * Intl's dates in the pseudo-locale's Intl locale (the handout's "printed on"), as a pattern of
 * any day, not today's: a run that starts before midnight renders the handout after it.
 */
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month, 1)),
  ),
);
const INTL_DATE = new RegExp(`\\b\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}\\b`, 'g');

/** The ASCII words left in `text` once names as published are taken out. */
function foreignWords(text: string): string[] {
  // Addresses are not words (the handout prints its links).
  let rest = text.replace(/https?:\/\/\S+/g, ' ').replace(INTL_DATE, ' ');
  for (const name of AS_PUBLISHED) rest = rest.split(name).join(' ');
  return rest.match(/\b[A-Za-z]{2,}\b/g) ?? [];
}

/** Visible text nodes and accessible labels of the page that are not from a catalogue. */
function strayText(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // translate="no": text kept as published in every language (citations, identifiers, BibTeX).
    const skipped = `script, style, [hidden], textarea, [translate="no"], ${PENDING_PARTS}`;
    if (!parent || parent.closest(skipped)) continue;
    const text = node.textContent ?? '';
    // Words not from a catalogue, or a message's markup shown as text (a tag the pseudo-locale broke).
    if (foreignWords(text).length > 0 || /<\/?[^\s<>]+>/.test(text)) found.push(text.trim());
  }
  for (const element of root.querySelectorAll('[aria-label]')) {
    if (element.closest(PENDING_PARTS)) continue;
    const label = element.getAttribute('aria-label') ?? '';
    if (foreignWords(label).length > 0) found.push(`aria-label: ${label}`);
  }
  return found;
}

let stop = () => {};
beforeAll(async () => {
  registerLocaleResource(loadDataText);
  await Promise.all(NAMESPACES.map((namespace) => ensureCatalog('pseudo', namespace)));
  await activateLocale('pseudo');
});
afterAll(async () => {
  stop();
  await activateLocale('en');
});

describe('the pseudo-locale', () => {
  for (const view of DONE) {
    it(`shows only catalogue words on the ${view} view`, async () => {
      resetExplorerStore();
      window.history.replaceState(null, '', `/?view=${view}&lang=pseudo`);
      stop = startUrlSync(window);
      const { container, findByRole } = render(
        <LocaleRoot>
          <App />
        </LocaleRoot>,
      );
      await findByRole('heading', { level: 1 });
      // Let lazy figures settle.
      await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
      const stray = strayText(container);
      if (stray.length > 0) console.log(view, JSON.stringify(stray, null, 1));
      expect(stray).toEqual([]);
      stop();
    });
  }
  it('shows only catalogue words on the blockade view after the reveal, details and remission open', async () => {
    resetExplorerStore();
    window.history.replaceState(
      null,
      '',
      '/?view=blockade&revealed=1&predictEffect=blocked&predictDissociation=unsure&lang=pseudo',
    );
    stop = startUrlSync(window);
    const { container, findByRole, getAllByRole } = render(
      <LocaleRoot>
        <App />
      </LocaleRoot>,
    );
    await findByRole('heading', { level: 1 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    // The remission layer and one evidence mark's details are shown only on request.
    act(() => getAllByRole('checkbox')[0]!.click());
    act(() => (container.querySelector('[data-entry-id]') as unknown as HTMLElement).focus());
    const stray = strayText(container);
    if (stray.length > 0) console.log('blockade revealed', JSON.stringify(stray, null, 1));
    expect(stray).toEqual([]);
    expect(container.querySelector('.responders-extra__remission')).not.toBeNull();
    expect(container.querySelector('.box-details__facts')).not.toBeNull();
    stop();
  });
  for (const view of PENDING) it.todo(`shows only catalogue words on the ${view} view`);

  /** Renders the app at `search` in the pseudo-locale; returns its container. */
  async function renderAt(search: string, ready: () => Promise<unknown>) {
    resetExplorerStore();
    window.history.replaceState(null, '', `/${search}&lang=pseudo`);
    stop = startUrlSync(window);
    const view = render(
      <LocaleRoot>
        <App />
      </LocaleRoot>,
    );
    await ready();
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    return view;
  }

  /** Stray words of `root`, leaving out the figures of slides whose view is not finished yet. */
  function slideStray(root: HTMLElement, view: string): string[] {
    if (DONE.includes(view as View)) return strayText(root);
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.slide__figures').forEach((figures) => figures.remove());
    return strayText(copy);
  }

  it('shows only catalogue words on every lecture slide (frame, toolbar; figures of DONE views), its dialogs and the presenter window', async () => {
    const { container, unmount } = await renderAt('?lecture=1&slide=1', () =>
      screen.findByRole('heading', { level: 1 }),
    );
    const stray: string[] = [];
    const user = userEvent.setup();
    for (let slide = 1; slide <= DECK.steps.length; slide += 1) {
      if (slide > 1) await user.keyboard('{ArrowRight}');
      await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
      const found = slideStray(container, DECK.steps[slide - 1]!.view);
      if (found.length > 0) stray.push(`slide ${slide}: ${JSON.stringify(found)}`);
    }
    for (const key of ['o', '?', 'g']) {
      await user.keyboard(key);
      const dialog = await screen.findByRole('dialog');
      stray.push(...strayText(dialog).map((text) => `dialog ${key}: ${text}`));
      await user.keyboard('{Escape}');
    }
    unmount();
    stop();
    const presenter = await renderAt('?lecture=1&slide=1&presenter=1', () =>
      screen.findByRole('heading', { level: 1 }),
    );
    for (let slide = 1; slide <= DECK.steps.length; slide += 1) {
      if (slide > 1) await user.keyboard('{ArrowRight}');
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      const found = strayText(presenter.container);
      if (found.length > 0) stray.push(`presenter ${slide}: ${JSON.stringify(found)}`);
    }
    presenter.unmount();
    stop();
    if (stray.length > 0) console.log(JSON.stringify(stray, null, 1));
    expect(stray).toEqual([]);
    // 25 slides and 25 presenter steps: slow on a shared machine.
  }, 90_000);

  it('shows only catalogue words in the handout (its frame; figures of DONE views) and the lecture handout', async () => {
    const stray: string[] = [];
    for (const search of ['?print=1', '?print=1&lecture=1']) {
      const { container, unmount } = await renderAt(search, () =>
        screen.findByRole('heading', { level: 1 }),
      );
      stray.push(...strayText(container).map((text) => `${search}: ${text}`));
      unmount();
      stop();
    }
    if (stray.length > 0) console.log(JSON.stringify(stray, null, 1));
    expect(stray).toEqual([]);
  }, 60_000);

  it('shows only catalogue words in the own-study panel, with a study open and after a bad file', async () => {
    setStudyKeeper(memoryKeeper());
    await openStudyText(FICTIONAL_FILE_TEXT);
    const { container, unmount } = await renderAt('?view=overview', () =>
      waitFor(() => expect(document.querySelector('#own-study .own-study__list')).not.toBeNull(), {
        timeout: 5000,
      }),
    );
    const panel = container.querySelector<HTMLElement>('#own-study')!;
    const user = userEvent.setup({ applyAccept: false });
    const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
    const bad = JSON.parse(FICTIONAL_FILE_TEXT) as { schemaVersion: number };
    bad.schemaVersion = 1;
    await user.upload(input, new File([JSON.stringify(bad)], 'x.json'));
    await within(panel).findByText(/x\.json/);
    // The share box of the open study.
    await user.click(within(panel).getAllByRole('button')[2]!);
    await within(panel).findByRole('textbox');
    const stray = strayText(panel).filter((text) => !text.includes('#own=1.'));
    unmount();
    stop();
    await removeOwnStudy(FICTIONAL_STUDY.id);
    setStudyKeeper(null);
    if (stray.length > 0) console.log(JSON.stringify(stray, null, 1));
    expect(stray).toEqual([]);
  });
});
