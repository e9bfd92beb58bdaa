// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import {
  ALL_FACTS,
  SOURCES,
  allStudies,
  builtInStudy,
  factsOf,
  factsResting,
  findStudy,
  registerStudy,
  sourceById,
  studyIds,
  unregisterStudy,
} from '../../src/data/studies';
import { formatFactValue } from '../../src/data/format';
import { BUILT_IN_STUDY_IDS, isBuiltInStudyId, knownStudyIds } from '../../src/data/studyIndex';
import { studyIdsIn } from '../../scripts/studyIndexPlugin';
import { FICTIONAL_SOURCE, FICTIONAL_STUDY } from '../fixtures/fictionalStudy';

const hess = builtInStudy('hess-2024');
const williams = builtInStudy('williams-2018');

describe('the typed study data (schema v2)', () => {
  it('holds the headline facts from STUDY-FACTS.md with their tiers', () => {
    expect(hess.flow.enrolled).toMatchObject({
      value: 68,
      tier: 'secondary',
      sourceId: 'psypost-2024',
    });
    expect(williams.flow.planned).toMatchObject({ value: 30, tier: 'paper' });
    expect(williams.flow.enrolled).toMatchObject({ value: 14, tier: 'paper' });
    expect(williams.flow.analysed).toMatchObject({ value: 12, tier: 'paper' });
    expect(williams.flow.footnotes![0]).toMatchObject({ value: 16, tier: 'registry' });
    expect(williams.results.respondersPlacebo).toMatchObject({ value: 7, tier: 'paper' });
  });

  it('puts each number on the source that supports it: 0 of 7 (Zhang & Hashimoto), 0 of 12 unconfirmed', () => {
    expect(williams.results.respondersNaltrexone).toMatchObject({
      value: 0,
      unit: 'of 7',
      tier: 'secondary',
      sourceId: 'zhang-hashimoto-2019',
    });
    expect(williams.results.respondersNaltrexoneAll).toMatchObject({
      value: 0,
      unit: 'of 12',
      sourceId: 'carlat-report',
    });
    expect(williams.results.respondersNaltrexoneAll!.label).toMatch(/unconfirmed/);
  });

  it('says both outcomes with their sources: registry primary (HAM-D-6) and the abstract’s response', () => {
    expect(williams.outcomes.primary).toMatchObject({ tier: 'registry', sourceId: 'nct02911597' });
    expect(String(williams.outcomes.primary.value)).toMatch(/HAM-D-6/);
    expect(williams.outcomes.response).toMatchObject({ tier: 'paper' });
    expect(williams.outcomes.response!.note).toMatch(/does not call it the primary outcome/);
  });

  it('marks the rats’ between-group design as our inference, and the task mechanics as secondary', () => {
    const rats = hess.companions![0]!;
    expect(rats.design.tier).toBe('derived');
    expect(rats.design.note).toMatch(/our inference/);
    expect(rats.facts.task).toMatchObject({ tier: 'secondary', sourceId: 'hat-2023' });
  });

  it('keeps the split between sequences unknown in both studies (never 34/34)', () => {
    for (const study of [hess, williams]) {
      expect(study.design.sequenceSplit).toMatchObject({ value: null, tier: 'not-reported' });
      for (const sequence of study.sequences) expect(sequence.n.value).toBeNull();
    }
  });

  it('derived numbers agree with the numbers they are derived from', () => {
    const { respondersPlacebo, responseRatePlacebo } = williams.results;
    const completers = williams.flow.analysed.value as number;
    expect(responseRatePlacebo!.value).toBe(
      Math.round((100 * (respondersPlacebo!.value as number)) / completers),
    );
    expect(williams.flow.discontinued.value).toBe(
      (williams.flow.enrolled.value as number) - completers,
    );
  });

  it('factsOf walks every fact with its path, and every fact names a known source', () => {
    const paths = factsOf(williams).map((placed) => placed.path);
    expect(paths).toContain('flow.planned');
    expect(paths).toContain('conditions[0].detail');
    expect(paths).toContain('sequences[1].n');
    const ids = new Set(SOURCES.map((source) => source.id));
    for (const placed of ALL_FACTS) expect(ids.has(placed.fact.sourceId)).toBe(true);
    expect(factsResting('psypost-2024').length).toBeGreaterThan(5);
  });

  it('formats values with units, approximations and unknowns', () => {
    expect(formatFactValue(hess.schedule.intervention)).toBe('0.5 mg/kg intravenous');
    expect(formatFactValue(williams.schedule.interval)).toBe('about 1 month');
    expect(formatFactValue(williams.results.responseRatePlacebo!)).toBe('58%');
    expect(formatFactValue(hess.design.sequenceSplit)).toBe('not reported');
  });
});

describe('the study registry', () => {
  afterEach(() => unregisterStudy(FICTIONAL_STUDY.id));

  it('is built from the files in data/studies/, newest first', () => {
    expect(studyIds()).toEqual(['hess-2024', 'williams-2018']);
  });

  it('has the entry’s small index of ids in step with the data (no study data needed for it)', () => {
    // The index is generated from data/studies/ at build time, in the registry's order.
    expect([...studyIdsIn(process.cwd())].sort()).toEqual([...studyIds()].sort());
    expect(BUILT_IN_STUDY_IDS).toEqual(studyIds());
    expect(isBuiltInStudyId('williams-2018')).toBe(true);
    expect(isBuiltInStudyId('fictional-2030')).toBe(false);
    registerStudy(FICTIONAL_STUDY, 'fixture', [FICTIONAL_SOURCE]);
    expect(knownStudyIds()).toEqual(studyIds());
    unregisterStudy(FICTIONAL_STUDY.id);
    expect(knownStudyIds()).toEqual(['hess-2024', 'williams-2018']);
  });

  it('takes a study that is not in data/ (a fixture or a reader’s file), with its own sources', () => {
    const before = allStudies();
    registerStudy(FICTIONAL_STUDY, 'fixture', [FICTIONAL_SOURCE]);
    expect(allStudies()).not.toBe(before);
    expect(studyIds()).toEqual(['hess-2024', 'williams-2018', 'fictional-2030']);
    expect(findStudy('fictional-2030')).toBe(FICTIONAL_STUDY);
    expect(sourceById('fictional-source').label).toBe('Fictional 2030');
    unregisterStudy('fictional-2030');
    expect(findStudy('fictional-2030')).toBeUndefined();
  });

  it('never lets a reader’s study replace a built-in study or source', () => {
    expect(() => registerStudy({ ...FICTIONAL_STUDY, id: 'hess-2024' }, 'user')).toThrow(
      /built-in study/,
    );
    expect(() =>
      registerStudy(FICTIONAL_STUDY, 'user', [{ ...FICTIONAL_SOURCE, id: 'hess-2024' }]),
    ).toThrow(/source of this app/);
    unregisterStudy('hess-2024');
    expect(findStudy('hess-2024')).toBeDefined();
  });
});
