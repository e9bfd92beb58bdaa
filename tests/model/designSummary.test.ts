// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { flowSummary, sequenceSentence, stepSentence } from '../../src/model/designSummary';
import { hess2024, williams2018 } from '../../src/data/studies';

const hess = {
  armLabels: { A: 'Ketamine', B: 'Placebo' },
  interval: hess2024.intervention.interval,
  step: 6,
};

describe('design summaries', () => {
  it('describes a followed sequence with the reported interval', () => {
    expect(sequenceSentence({ ...hess, sequence: 'BA' })).toBe(
      'Sequence BA: placebo first, ketamine 2 weeks later.',
    );
    expect(sequenceSentence({ ...hess, sequence: 'AB' })).toBe(
      'Sequence AB: ketamine first, placebo 2 weeks later.',
    );
    expect(
      sequenceSentence({
        armLabels: { A: 'Naltrexone + ketamine', B: 'Placebo + ketamine' },
        interval: williams2018.intervention.interval,
        sequence: 'AB',
        step: 6,
      }),
    ).toBe('Sequence AB: naltrexone + ketamine first, placebo + ketamine about 1 month later.');
  });

  it('keeps acronyms capitalised', () => {
    expect(
      sequenceSentence({ ...hess, armLabels: { A: 'SSRI', B: 'Placebo' }, sequence: 'AB' }),
    ).toMatch(/^Sequence AB: SSRI first/);
  });

  it('describes both sequences when none is followed', () => {
    expect(sequenceSentence({ ...hess, sequence: null })).toBe(
      'Both sequences: some participants had ketamine first and the others placebo first (how many in each is not reported), 2 weeks apart.',
    );
  });

  it('says how far the stage-by-stage build has gone', () => {
    expect(stepSentence(1)).toBe('Showing stages 1–1 of 6, up to enrolment.');
    expect(stepSentence(4)).toBe('Showing stages 1–4 of 6, up to washout.');
    expect(stepSentence(6)).toBe('Showing all 6 stages, from enrolment to analysis.');
    expect(flowSummary({ ...hess, sequence: 'BA', step: 3 })).toBe(
      'Sequence BA: placebo first, ketamine 2 weeks later. Showing stages 1–3 of 6, up to period 1.',
    );
  });
});
