// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ALL_FACTS,
  SOURCES,
  factsOf,
  factsResting,
  hess2024,
  williams2018,
} from '../../src/data/studies';
import { formatFactValue } from '../../src/data/format';

describe('the typed study data', () => {
  it('holds the headline facts from STUDY-FACTS.md with their tiers', () => {
    expect(hess2024.population.n).toMatchObject({
      value: 68,
      tier: 'secondary',
      sourceId: 'psypost-2024',
    });
    expect(williams2018.design.plannedN).toMatchObject({ value: 30, tier: 'paper' });
    expect(williams2018.design.interimAfter).toMatchObject({ value: 14, tier: 'paper' });
    expect(williams2018.design.completers).toMatchObject({ value: 12, tier: 'paper' });
    expect(williams2018.design.registryEnrollment).toMatchObject({ value: 16, tier: 'registry' });
    expect(williams2018.results.respondersPlacebo).toMatchObject({ value: 7, tier: 'paper' });
    expect(williams2018.results.respondersNaltrexone).toMatchObject({
      value: 0,
      tier: 'secondary',
    });
  });

  it('keeps the split between sequences unknown in both studies (never 34/34)', () => {
    for (const study of [hess2024, williams2018]) {
      expect(study.design.sequenceSplit).toMatchObject({ value: null, tier: 'not-reported' });
      for (const sequence of study.sequences) expect(sequence.n.value).toBeNull();
    }
  });

  it('derived numbers agree with the numbers they are derived from', () => {
    const { respondersPlacebo, responseRatePlacebo } = williams2018.results;
    const completers = williams2018.design.completers!.value as number;
    expect(responseRatePlacebo!.value).toBe(
      Math.round((100 * (respondersPlacebo!.value as number)) / completers),
    );
    expect(williams2018.design.discontinued.value).toBe(
      (williams2018.design.interimAfter!.value as number) - completers,
    );
  });

  it('factsOf walks every fact with its path, and every fact names a known source', () => {
    const paths = factsOf(williams2018).map((placed) => placed.path);
    expect(paths).toContain('design.plannedN');
    expect(paths).toContain('arms[0].detail');
    expect(paths).toContain('sequences[1].n');
    const ids = new Set(SOURCES.map((source) => source.id));
    for (const placed of ALL_FACTS) expect(ids.has(placed.fact.sourceId)).toBe(true);
    expect(factsResting('psypost-2024').length).toBeGreaterThan(5);
  });

  it('formats values with units, approximations and unknowns', () => {
    expect(formatFactValue(hess2024.intervention.dose)).toBe('0.5 mg/kg intravenous');
    expect(formatFactValue(williams2018.intervention.interval)).toBe('about 1 month');
    expect(formatFactValue(williams2018.results.responseRatePlacebo!)).toBe('58%');
    expect(formatFactValue(hess2024.design.sequenceSplit)).toBe('not reported');
  });
});
