// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { validateDataTexts } from '../../src/data/validate';
import { readDataTexts } from '../../scripts/dataFiles';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = readDataTexts(root);

/** The real data files with one file's JSON changed by `edit`. */
function withEdit(file: string, edit: (json: Record<string, unknown>) => void) {
  const json = JSON.parse(real[file]!) as Record<string, unknown>;
  edit(json);
  return { ...real, [file]: JSON.stringify(json) };
}

describe('translations of the data (data/i18n/<code>/)', () => {
  it('name the file and the JSON path of a missing or stray translation', () => {
    const file = 'data/i18n/es/glossary.json';
    const spanish = JSON.parse(real[file]!) as Record<string, string>;
    delete spanish['terms[3].term'];
    spanish['terms[3].terms'] = 'Lavado';
    expect(validateDataTexts({ ...real, [file]: JSON.stringify(spanish) })).toEqual([
      'data/i18n/es/glossary.json: terms[3].term: missing translation',
      'data/i18n/es/glossary.json: terms[3].terms: no such text in the English data',
    ]);
  });

  it('ask for a translation of new text in the data, and refuse one for no data file', () => {
    const texts = withEdit('data/glossary.json', (json) => {
      (json.terms as { more: string }[])[0]!.more = 'Changed';
    });
    expect(validateDataTexts(texts)).toEqual([]);
    const added = withEdit('data/evidence.json', (json) => {
      (json.entries as { comparison: string }[])[0]!.comparison = 'x';
    });
    expect(validateDataTexts({ ...added, 'data/i18n/es/nothing.json': '{}' })).toEqual([
      'data/i18n/es/nothing.json: translates no data file of a language in src/messages/languages.ts',
    ]);
  });
});

describe('validateDataTexts', () => {
  it('accepts every file in data/', () => {
    expect(Object.keys(real)).toEqual(
      expect.arrayContaining([
        'data/sources.json',
        'data/studies/hess-2024.json',
        'data/studies/williams-2018.json',
        'data/glossary.json',
        'data/evidence.json',
        'data/methods.json',
        'data/lecture/default.json',
      ]),
    );
    expect(validateDataTexts(real)).toEqual([]);
  });

  it('names the file, the JSON path and the bad tier', () => {
    const texts = withEdit('data/studies/williams-2018.json', (json) => {
      (json.flow as Record<string, { tier: string }>).planned!.tier = 'papr';
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/studies/williams-2018.json: flow.planned.tier: expected one of paper|registry|secondary|derived|not-reported|illustrative, got "papr"',
    ]);
  });

  it('rejects a sourceId that names no source', () => {
    const texts = withEdit('data/studies/hess-2024.json', (json) => {
      (json.flow as Record<string, { sourceId: string }>).enrolled!.sourceId = 'nobody-2099';
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/studies/hess-2024.json: flow.enrolled.sourceId: "nobody-2099" names no source in data/sources.json',
    ]);
  });

  it('refuses to let a not-reported fact carry a value', () => {
    const texts = withEdit('data/studies/hess-2024.json', (json) => {
      (json.design as Record<string, { value: unknown }>).sequenceSplit!.value = '34/34';
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/studies/hess-2024.json: design.sequenceSplit.value: a not-reported fact must have value null (never fill in an unknown)',
    ]);
  });

  it('requires a formula on derived facts', () => {
    const texts = withEdit('data/studies/williams-2018.json', (json) => {
      delete (json.results as Record<string, { formula?: string }>).responseRatePlacebo!.formula;
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/studies/williams-2018.json: results.responseRatePlacebo.formula: a derived fact must say how it was computed (formula)',
    ]);
  });

  it('reports a missing required fact and an unknown key inside array items', () => {
    const texts = withEdit('data/studies/williams-2018.json', (json) => {
      delete (json.flow as Record<string, unknown>).analysed;
      ((json.conditions as Record<string, unknown>[])[1] as Record<string, unknown>).colour = 'red';
    });
    expect(validateDataTexts(texts)).toEqual(
      expect.arrayContaining([
        'data/studies/williams-2018.json: flow.analysed: missing (expected object)',
        'data/studies/williams-2018.json: conditions[1]: unknown key "colour"',
      ]),
    );
  });

  it('reports broken JSON with the file name', () => {
    const errors = validateDataTexts({ ...real, 'data/glossary.json': '{ "terms": [ }' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/glossary\.json: not valid JSON/);
  });

  it('reports duplicate source ids and a study id that does not match its file', () => {
    const dup = withEdit('data/sources.json', (json) => {
      const sources = json.sources as { id: string }[];
      sources[1]!.id = sources[0]!.id;
    });
    expect(validateDataTexts(dup)).toContain(
      'data/sources.json: sources[1].id: duplicate id "hess-2024"',
    );
    const renamed = withEdit('data/studies/hess-2024.json', (json) => {
      json.id = 'hess-2025';
    });
    expect(validateDataTexts(renamed)).toContain(
      'data/studies/hess-2024.json: id: "hess-2025" does not match the file name (expected hess-2025.json)',
    );
  });

  it('checks the evidence file: findings, sources and sizes', () => {
    const texts = withEdit('data/evidence.json', (json) => {
      const entries = json.entries as Record<string, unknown>[];
      entries[0]!.finding = 'proved';
      (entries[4]!.summary as { sourceId: string }).sourceId = 'yoon-2099';
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/evidence.json: entries[0].finding: expected one of blocked|attenuated|not-blocked|inconclusive|commentary|mechanism, got "proved"',
    ]);
    const fixedFinding = withEdit('data/evidence.json', (json) => {
      ((json.entries as Record<string, unknown>[])[4]!.summary as { sourceId: string }).sourceId =
        'yoon-2099';
    });
    expect(validateDataTexts(fixedFinding)).toEqual([
      'data/evidence.json: entries[4].summary.sourceId: "yoon-2099" names no source in data/sources.json',
    ]);
  });

  it('checks the methods file: tiers, sources, unknowns and ids', () => {
    const bad = withEdit('data/methods.json', (json) => {
      const facts = json.facts as { id: string; fact: Record<string, unknown> }[];
      facts[0]!.fact.sourceId = 'freeman-2099';
      facts.push({ id: facts[0]!.id, fact: { ...facts[0]!.fact, sourceId: 'freeman-1989' } });
    });
    expect(validateDataTexts(bad)).toEqual(
      expect.arrayContaining([
        'data/methods.json: facts[1].id: duplicate id "two-stage-procedure"',
        'data/methods.json: facts[0].fact.sourceId: "freeman-2099" names no source in data/sources.json',
      ]),
    );
    const filled = withEdit('data/methods.json', (json) => {
      (json.facts as { fact: { tier: string } }[])[0]!.fact.tier = 'not-reported';
    });
    expect(validateDataTexts(filled)).toEqual(
      expect.arrayContaining([
        'data/methods.json: facts[0].fact.value: a not-reported fact must have value null (never fill in an unknown)',
      ]),
    );
  });

  it('checks each lecture step against the app’s own URL codec', () => {
    const texts = withEdit('data/lecture/default.json', (json) => {
      const steps = json.steps as { view: string; state: string }[];
      steps[0]!.view = 'slides';
      steps[1]!.state = 'step=9&colour=red';
      steps[2]!.state = 'theme=dark';
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/lecture/default.json: steps[0].view: expected one of overview|designs|timeline|blockade|lab|sources, got "slides"',
      'data/lecture/default.json: steps[0].figure: "studies" belongs to the overview view, not slides',
      'data/lecture/default.json: steps[1].state: "step=9": clamped (min 1; max 6; used 6)',
      'data/lecture/default.json: steps[1].state: "colour": unknownKey',
      'data/lecture/default.json: steps[2].state: "theme" is set by the lecture itself and may not appear here',
    ]);
  });

  it('checks what the schema cannot: consistent sequences, distinct conditions, durations', () => {
    const texts = withEdit('data/studies/hess-2024.json', (json) => {
      const sequences = json.sequences as { order: string[] }[];
      sequences[0]!.order = ['B', 'A'];
      const conditions = json.conditions as { role: string }[];
      conditions[1]!.role = 'active';
      (json.schedule as { interval: { unit: string } }).interval.unit = 'fortnights';
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/studies/hess-2024.json: conditions[1].role: roles',
      'data/studies/hess-2024.json: sequences[0].order: sequenceOrder (expected ["A","B"]; sequence AB)',
      'data/studies/hess-2024.json: schedule.interval: duration',
    ]);
  });

  it('accepts a new study file with no code change, and groups sources under a study id', () => {
    const copy = JSON.parse(real['data/studies/williams-2018.json']!) as Record<string, unknown>;
    copy.id = 'copy-2019';
    // A study's words come with their translation into every other language.
    const spanish = real['data/i18n/es/studies/williams-2018.json']!;
    expect(
      validateDataTexts({
        ...real,
        'data/studies/copy-2019.json': JSON.stringify(copy),
        'data/i18n/es/studies/copy-2019.json': spanish,
      }),
    ).toEqual([]);
    expect(
      validateDataTexts({ ...real, 'data/studies/copy-2019.json': JSON.stringify(copy) }),
    ).toEqual(['data/i18n/es/studies/copy-2019.json: missing (101 texts to translate)']);
    const badGroup = withEdit('data/sources.json', (json) => {
      (json.sources as { group: string }[])[0]!.group = 'nobody-1999';
    });
    expect(validateDataTexts(badGroup)).toEqual([
      'data/sources.json: sources[0].group: expected a study id or one of debate|methods, got "nobody-1999"',
    ]);
  });

  it('checks each step’s figure against the figure list and its view', () => {
    const texts = withEdit('data/lecture/default.json', (json) => {
      const steps = json.steps as { figure: string }[];
      steps[0]!.figure = 'pie-chart';
      steps[2]!.figure = 'responders';
    });
    expect(validateDataTexts(texts)).toEqual([
      expect.stringMatching(
        /^data\/lecture\/default\.json: steps\[0\]\.figure: expected one of studies\|why-crossover\|flow\|/,
      ),
      'data/lecture/default.json: steps[2].figure: "responders" belongs to the blockade view, not designs',
    ]);
  });

  it('checks lecture steps’ study ids against the studies in data/', () => {
    const texts = withEdit('data/lecture/default.json', (json) => {
      (json.steps as { state: string }[])[2]!.state = 'study=hess-2025';
    });
    expect(validateDataTexts(texts)).toEqual([
      'data/lecture/default.json: steps[2].state: "study=hess-2025": unknownId (names study; known hess-2024, williams-2018)',
    ]);
  });

  it('fails when sources.json is missing', () => {
    const rest = Object.fromEntries(
      Object.entries(real).filter(([f]) => f !== 'data/sources.json'),
    );
    expect(validateDataTexts(rest)).toContain(
      'data/sources.json: missing (every fact must name a source in it)',
    );
  });
});
