// @vitest-environment node
/** Pins the corrections of issue 12: what the sources say, said exactly. */
import { describe, expect, it } from 'vitest';
import { EVIDENCE, sourceById } from '../../src/data/studies';
import glossary from '../../data/glossary.json';
import deck from '../../data/lecture/default.json';

const entry = (id: string) => {
  const found = EVIDENCE.find((e) => e.id === id);
  if (!found) throw new Error(`no evidence entry ${id}`);
  return found;
};

describe('the evidence timeline says what its sources say', () => {
  it('Yoon 2025 is inconclusive: ketamine did not beat its comparator, so blockade is untested', () => {
    const yoon = entry('yoon-2025');
    expect(yoon.finding).toBe('inconclusive');
    expect(yoon.summary.value).toMatch(/All three arms improved/);
    expect(yoon.comparison).toMatch(/no ketamine effect for naltrexone to block/);
  });

  it('Zhang & Hashimoto 2019 is on the timeline as a mouse study, with its full citation and DOI', () => {
    const zhang = entry('zhang-hashimoto-2019');
    expect(zhang).toMatchObject({ year: 2019, kind: 'animal', finding: 'not-blocked' });
    expect(zhang.summary).toMatchObject({ tier: 'paper', sourceId: 'zhang-hashimoto-2019' });
    expect(zhang.summary.value).toMatch(/mouse/);
    const source = sourceById('zhang-hashimoto-2019');
    expect(source.doi).toBe('10.1016/j.biopsych.2018.11.006');
    expect(source.citation).toContain('Lack of Opioid System in the Antidepressant Actions');
    expect(source.citation).toContain('2019;85(6):e25–e27');
  });

  it('Jelen 2025 is described by its real differences, and its registry record is a source', () => {
    const jelen = entry('jelen-2025');
    expect(jelen.comparison).not.toMatch(/without the treatment-resistance/);
    expect(jelen.comparison).toMatch(/at least two/);
    expect(jelen.comparison).toMatch(/NCT04977674/);
    expect(jelen.comparison).toMatch(/MADRS/);
    expect(jelen.comparison).toMatch(/glutamate/);
    expect(sourceById('nct04977674')).toMatchObject({
      kind: 'registry',
      registryId: 'NCT04977674',
    });
  });

  it('does not put "oral" on a paper-tier Williams fact (only secondary accounts give the route)', () => {
    const williams = entry('williams-2018');
    expect(williams.design!.tier).toBe('paper');
    expect(williams.design!.value).not.toMatch(/oral|by mouth/i);
  });
});

describe('the two-stage procedure cites Freeman 1989', () => {
  it('holds Freeman 1989 in the methods group, and Li et al. 2015 only as a glaucoma review', () => {
    expect(sourceById('freeman-1989')).toMatchObject({ group: 'methods', year: 1989 });
    expect(sourceById('freeman-1989').citation).toContain('Stat Med. 1989;8(12):1421–1432');
    expect(sourceById('li-2015').citation).toMatch(/glaucoma/);
    expect(sourceById('li-2015').citation).not.toMatch(/two-stage/);
  });
});

describe('glossary and deck wording', () => {
  const text = JSON.stringify(glossary);
  const notes = deck.steps.map((step) => `${step.title} ${step.notes}`).join('\n');

  it('does not overstate "significantly lower" as disappearing', () => {
    expect(text).not.toMatch(/disappeared|did not appear/);
  });

  it('the deck does not call Yoon 2025 a trial that did not repeat the finding', () => {
    expect(notes).not.toMatch(/parallel trial that did not/);
    expect(notes).toMatch(/no ketamine effect to block/);
  });

  it('says 14 were studied at the interim and 12 analysed, and that the stopping rule is not reported', () => {
    expect(notes).not.toMatch(/analysed at 14/);
    expect(notes).toMatch(/14 studied at the interim/);
    expect(notes).not.toMatch(/Williams stopped with a naive boundary|with a naive boundary:/);
    expect(notes).toMatch(/stopping rule is not reported/);
  });

  it('does not call all of Hess’s two-week interval washout', () => {
    const hessLab = deck.steps.find((step) => step.title === 'Design lab: Hess as run')!;
    expect(hessLab.notes).not.toMatch(/washout come from the study/);
    expect(hessLab.notes).toMatch(/a week of ratings inside it/);
  });

  it('marks the between-group rat design as our inference', () => {
    expect(notes).toMatch(/our inference/);
  });
});
