// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalog } from '../../src/messages/i18n';
import { flowSummary, sequenceSentence, stepSentence } from '../../src/messages/flow';
import { builtInStudy } from '../../src/data/studies';
import { armLabels } from '../../src/data/studyInputs';

// The Designs view's words load with the view (its own catalogue chunk).
beforeAll(() => ensureCatalog('en', 'designs') ?? undefined);

const hess = builtInStudy('hess-2024');
const williams = builtInStudy('williams-2018');
const base = { armLabels: armLabels(hess), interval: hess.schedule.interval, step: 6 };

describe('the Designs summaries, worded from the study’s facts', () => {
  it('follows one sequence with its interval', () => {
    expect(sequenceSentence({ ...base, sequence: 'BA' })).toBe(
      'Sequence BA: placebo first, ketamine 2 weeks later.',
    );
    expect(
      sequenceSentence({
        armLabels: armLabels(williams),
        interval: williams.schedule.interval,
        sequence: 'AB',
        step: 6,
      }),
    ).toBe('Sequence AB: naltrexone + ketamine first, placebo + ketamine about 1 month later.');
  });

  it('says the split is not reported unless it is', () => {
    expect(sequenceSentence({ ...base, sequence: null })).toMatch(
      /how many in each is not reported/,
    );
    expect(sequenceSentence({ ...base, sequence: null, splitReported: true })).not.toMatch(
      /not reported/,
    );
  });

  it('counts the stages shown, never "1–1"', () => {
    expect(stepSentence(1)).toBe('Showing stage 1 of 6: enrolment.');
    expect(stepSentence(4)).toBe('Showing stages 1–4 of 6, up to the time between the periods.');
    expect(stepSentence(6)).toBe('Showing all 6 stages, from enrolment to analysis.');
    expect(flowSummary({ ...base, sequence: null, step: 2 })).toMatch(
      /Showing stages 1–2 of 6, up to allocation to a sequence\.$/,
    );
  });
});
