/**
 * A study is data: the fictional fixture study (tests/fixtures), loaded into the registry, appears
 * in the picker, the overview and the design comparison, and every generic figure draws it with
 * its own numbers — with no change to src/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import Designs from '../../src/sections/designs/Designs';
import { Overview } from '../../src/sections/Overview';
import Lab from '../../src/sections/lab/Lab';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { registerStudy, unregisterStudy } from '../../src/data/studies';
import { textsOf } from '../../src/data/dataText';
import { validateDataTexts } from '../../src/data/validate';
import { FICTIONAL_SOURCE, FICTIONAL_STUDY } from '../fixtures/fictionalStudy';
import { readDataTexts } from '../../scripts/dataFiles';

let stop: () => void = () => {};

function renderAt(search: string, element: React.ReactElement) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  return render(element);
}

beforeEach(() => {
  registerStudy(FICTIONAL_STUDY, 'fixture', [FICTIONAL_SOURCE]);
  resetExplorerStore();
});
afterEach(() => {
  stop();
  unregisterStudy(FICTIONAL_STUDY.id);
});

describe('a study added as data only (the fictional fixture)', () => {
  it('is a valid study file: the build would accept it in data/studies/', () => {
    const texts = readDataTexts(process.cwd());
    const sources = JSON.parse(texts['data/sources.json']!) as { sources: unknown[] };
    sources.sources.push(FICTIONAL_SOURCE);
    // Its words in Spanish too (here the English itself, which the check accepts as text).
    const spanishSources = {
      ...(JSON.parse(texts['data/i18n/es/sources.json']!) as Record<string, string>),
      ...Object.fromEntries(textsOf('sources.json', sources)),
    };
    const spanishStudy = Object.fromEntries(
      textsOf('studies/fictional-2030.json', FICTIONAL_STUDY),
    );
    expect(
      validateDataTexts({
        ...texts,
        'data/sources.json': JSON.stringify(sources),
        'data/studies/fictional-2030.json': JSON.stringify(FICTIONAL_STUDY),
        'data/i18n/es/sources.json': JSON.stringify(spanishSources),
        'data/i18n/es/studies/fictional-2030.json': JSON.stringify(spanishStudy),
      }),
    ).toEqual([]);
  });

  it('is in the study picker, and the flow diagram and schedule show its own numbers', () => {
    renderAt('?view=designs&study=fictional-2030', <Designs />);
    expect(useExplorerStore.getState().study).toBe('fictional-2030');
    expect(screen.getByRole('radio', { name: 'Fictional et al. 2030' })).toBeChecked();
    const flow = screen.getByRole('figure', { name: /Participant flow/ });
    const chart = within(flow).getByRole('group', { name: /Participant flow/ });
    expect(
      within(chart).getByRole('button', { name: /Randomised to an order\. 40 people/ }),
    ).toBeInTheDocument();
    expect(
      within(chart).getAllByRole('button', { name: /^Sequence (AB|BA).*Participants: 20/ }),
    ).toHaveLength(2);
    expect(
      within(chart).getByRole('button', {
        name: /Analysed: 37 \([a-z ]+\); Did not complete both: 3/,
      }),
    ).toBeInTheDocument();
    expect(
      within(chart).getAllByRole('button', { name: /Time between the two sessions: 3 weeks/ }),
    ).toHaveLength(2);
    expect(
      within(flow).getByText(/Drug X first, placebo 3 weeks later|both sequences/i),
    ).toBeInTheDocument();
    const schedule = screen.getByRole('figure', { name: /Sessions and ratings, in days/ });
    expect(
      within(schedule).getByText(/Ratings on days 1, 7 and 14 after each session/),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /One session, in minutes/ })).toHaveTextContent(
      'Infusion over 30 min',
    );
  });

  it('gets its own column in the design comparison', () => {
    renderAt('?view=designs', <Designs />);
    const table = screen.getByRole('table', { name: /design by design/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Design question',
      'Hess et al. 2024',
      'Williams et al. 2018',
      'Fictional et al. 2030',
    ]);
    expect(within(table).getByText('Change in a made-up symptom score')).toBeInTheDocument();
  });

  it('has its own card on the overview and a preset in the lab', () => {
    renderAt('?view=overview', <Overview />);
    const card = screen.getByRole('article', { name: 'Fictional et al. 2030' });
    expect(within(card).getByText('FICTIONAL · drug X vs placebo')).toBeInTheDocument();
    expect(within(card).getByText('40 people')).toBeInTheDocument();
    stop();
    renderAt('?view=lab', <Lab />);
    expect(
      screen.getByRole('button', { name: 'Fictional et al. 2030 as run' }),
    ).toBeInTheDocument();
  });

  it('a link to a study that is not loaded falls back to the first study, with a notice', () => {
    unregisterStudy(FICTIONAL_STUDY.id);
    renderAt('?view=designs&study=fictional-2030', <Designs />);
    expect(useExplorerStore.getState().study).toBe('hess-2024');
    expect(useExplorerStore.getState().notices[0]!.text().items[0]).toMatch(
      /“study=fictional-2030”: not a study in this app/,
    );
  });
});
