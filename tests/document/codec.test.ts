// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode as decodeAny, encode, isNavigation, quoteRaw } from '../../src/document/codec';
import {
  DEFAULT_DOCUMENT,
  FLOW_MODES,
  SEQUENCE_CHOICES,
  THEMES,
  VIEWS,
  type DocumentState,
} from '../../src/document/fields';

// Written out here, not read from the field table, so the tests can catch a wrong table entry.
const STUDY_IDS = ['hess-2024', 'williams-2018'] as const;
const DESIGN_STEP_MIN = 1;
const DESIGN_STEP_MAX = 6;
/** Decode against the built-in studies, as the app does. */
const decode = (search: string) => decodeAny(search, { ids: { study: STUDY_IDS } });

const validState: fc.Arbitrary<DocumentState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  theme: fc.constantFrom(...THEMES),
  lang: fc.constantFrom('auto' as const, 'en' as const, 'es' as const, 'pseudo' as const),
  sources: fc.boolean(),
  study: fc.constantFrom(...STUDY_IDS),
  sequence: fc.constantFrom(...SEQUENCE_CHOICES),
  by: fc.constantFrom(...FLOW_MODES),
  step: fc.integer({ min: DESIGN_STEP_MIN, max: DESIGN_STEP_MAX }),
  day: fc.integer({ min: 0, max: 21 }),
  curve: fc.boolean(),
  rise: fc.integer({ min: 0, max: 70 }).map((n) => n / 10),
  peak: fc.integer({ min: 10, max: 100 }).map((n) => n / 100),
  half: fc.integer({ min: 5, max: 300 }).map((n) => n / 10),
  hat: fc.integer({ min: 1, max: 5 }),
  revealed: fc.boolean(),
  predictEffect: fc.constantFrom(
    'none' as const,
    'blocked' as const,
    'not-blocked' as const,
    'unsure' as const,
  ),
  predictDissociation: fc.constantFrom('none' as const, 'blocked' as const, 'unsure' as const),
  lecture: fc.boolean(),
  slide: fc.integer({ min: 1, max: 200 }),
  presenter: fc.boolean(),
  embed: fc.boolean(),
  print: fc.boolean(),
  figure: fc.constantFrom(
    'none' as const,
    'flow' as const,
    'responders' as const,
    'lab-power' as const,
  ),
  fuzz: fc.integer({ min: 0, max: 999_999_999 }),
  fuzzEvents: fc.integer({ min: 1, max: 100_000 }),
  design: fc.constantFrom('crossover' as const, 'parallel' as const),
  n: fc.integer({ min: 4, max: 1000 }),
  effect: fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
  sd: fc.integer({ min: 10, max: 500 }).map((v) => v / 100),
  rho: fc.integer({ min: 0, max: 95 }).map((v) => v / 100),
  period: fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
  carryover: fc.integer({ min: 0, max: 200 }).map((v) => v / 100),
  washout: fc.integer({ min: 0, max: 90 }),
  dropout: fc.integer({ min: 0, max: 50 }).map((v) => v / 100),
  alpha: fc.integer({ min: 1, max: 200 }).map((v) => v / 1000),
  sims: fc.integer({ min: 100, max: 100_000 }),
  seed: fc.integer({ min: 0, max: 999_999_999 }),
  outcome: fc.constantFrom('continuous' as const, 'binary' as const),
  crossoverDesign: fc.constantFrom('ab-ba' as const, 'abb-baa' as const, 'balaam' as const),
  allocation: fc.integer({ min: 2, max: 18 }).map((v) => v / 20),
  pControl: fc.integer({ min: 1, max: 99 }).map((v) => v / 100),
  pActive: fc.integer({ min: 1, max: 99 }).map((v) => v / 100),
  interimLooks: fc.integer({ min: 0, max: 3 }),
  firstLook: fc.integer({ min: 0, max: 90 }).map((v) => v / 100),
  spending: fc.constantFrom('obf' as const, 'pocock' as const, 'naive' as const),
  challenge: fc.constantFrom(
    'none' as const,
    'washout' as const,
    'power-80' as const,
    'naive-stop' as const,
    'parallel' as const,
    'two-stage' as const,
  ),
  guessWashout: fc.constantFrom('none' as const, 'lower' as const, 'same' as const),
  guessPower: fc.constantFrom('none' as const, 'under-20' as const, '100-plus' as const),
  guessStop: fc.constantFrom('none' as const, 'about-5' as const, '6-10' as const),
  guessParallel: fc.constantFrom('none' as const, 'same' as const, 'much-lower' as const),
  guessTwoStage: fc.constantFrom('none' as const, 'about-5' as const, 'over-10' as const),
});

const KEYS = Object.keys(DEFAULT_DOCUMENT).sort().join();

function isValid(state: DocumentState): boolean {
  return (
    Object.keys(state).sort().join() === KEYS &&
    (VIEWS as readonly string[]).includes(state.view) &&
    (THEMES as readonly string[]).includes(state.theme) &&
    (STUDY_IDS as readonly string[]).includes(state.study) &&
    (SEQUENCE_CHOICES as readonly string[]).includes(state.sequence) &&
    (FLOW_MODES as readonly string[]).includes(state.by) &&
    Number.isInteger(state.step) &&
    state.step >= DESIGN_STEP_MIN &&
    state.step <= DESIGN_STEP_MAX &&
    Number.isInteger(state.day) &&
    state.day >= 0 &&
    state.day <= 21 &&
    typeof state.curve === 'boolean' &&
    state.rise >= 0 &&
    state.rise <= 7 &&
    state.peak >= 0.1 &&
    state.peak <= 1 &&
    state.half >= 0.5 &&
    state.half <= 30 &&
    Number.isInteger(state.hat) &&
    state.hat >= 1 &&
    state.hat <= 5 &&
    typeof state.revealed === 'boolean' &&
    ['none', 'blocked', 'not-blocked', 'unsure'].includes(state.predictEffect) &&
    ['none', 'blocked', 'not-blocked', 'unsure'].includes(state.predictDissociation) &&
    typeof state.lecture === 'boolean' &&
    typeof state.presenter === 'boolean' &&
    typeof state.embed === 'boolean' &&
    typeof state.print === 'boolean' &&
    typeof state.figure === 'string' &&
    Number.isInteger(state.slide) &&
    state.slide >= 1 &&
    state.slide <= 200 &&
    (state.design === 'crossover' || state.design === 'parallel') &&
    Number.isInteger(state.n) &&
    state.n >= 4 &&
    state.n <= 1000 &&
    state.sims >= 100 &&
    state.sims <= 100_000 &&
    Number.isInteger(state.sims) &&
    state.rho >= 0 &&
    state.rho <= 0.95 &&
    state.dropout >= 0 &&
    state.dropout <= 0.5 &&
    state.alpha >= 0.001 &&
    state.alpha <= 0.2 &&
    state.firstLook >= 0 &&
    state.firstLook <= 0.9 &&
    Number.isFinite(state.effect) &&
    Number.isFinite(state.period) &&
    Number.isFinite(state.carryover) &&
    Number.isFinite(state.sd) &&
    Number.isInteger(state.washout) &&
    Number.isInteger(state.seed) &&
    (state.outcome === 'continuous' || state.outcome === 'binary') &&
    ['ab-ba', 'abb-baa', 'balaam'].includes(state.crossoverDesign) &&
    state.allocation >= 0.1 &&
    state.allocation <= 0.9 &&
    state.pControl >= 0.01 &&
    state.pControl <= 0.99 &&
    state.pActive >= 0.01 &&
    state.pActive <= 0.99 &&
    Number.isInteger(state.interimLooks) &&
    state.interimLooks >= 0 &&
    state.interimLooks <= 3 &&
    ['obf', 'pocock', 'naive'].includes(state.spending) &&
    ['none', 'washout', 'power-80', 'naive-stop', 'parallel', 'two-stage'].includes(
      state.challenge,
    ) &&
    ['none', 'lower', 'same', 'higher'].includes(state.guessWashout) &&
    ['none', 'under-20', '20-49', '50-99', '100-plus'].includes(state.guessPower) &&
    ['none', 'about-5', '6-10', '11-20', 'over-20'].includes(state.guessStop) &&
    ['none', 'same', 'somewhat-lower', 'much-lower'].includes(state.guessParallel) &&
    ['none', 'about-5', '6-10', 'over-10'].includes(state.guessTwoStage)
  );
}

describe('encode', () => {
  it('writes nothing for the default state', () => {
    expect(encode(DEFAULT_DOCUMENT)).toBe('');
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(encode({ ...DEFAULT_DOCUMENT, view: 'sources', theme: 'projector' })).toBe(
      'view=sources&theme=projector',
    );
    expect(encode({ ...DEFAULT_DOCUMENT, theme: 'dark' })).toBe('theme=dark');
    expect(
      encode({
        ...DEFAULT_DOCUMENT,
        view: 'designs',
        study: 'williams-2018',
        sequence: 'BA',
        step: 4,
      }),
    ).toBe('view=designs&study=williams-2018&sequence=BA&step=4');
  });
});

describe('decode', () => {
  it('reads a clean link without notices', () => {
    expect(decode('?view=sources&theme=projector')).toEqual({
      state: { ...DEFAULT_DOCUMENT, view: 'sources', theme: 'projector' },
      ignored: [],
    });
    expect(decode('view=designs&study=williams-2018&sequence=BA&by=treatment&step=4')).toEqual({
      state: {
        ...DEFAULT_DOCUMENT,
        view: 'designs',
        study: 'williams-2018',
        sequence: 'BA',
        by: 'treatment',
        step: 4,
      },
      ignored: [],
    });
    expect(decode('')).toEqual({ state: DEFAULT_DOCUMENT, ignored: [] });
    expect(decode('v=1&view=sources').ignored).toEqual([]);
    expect(decode('v=2&view=sources').ignored).toEqual([]);
    expect(decode('v=3&view=sources').ignored).toEqual([]);
  });

  it('falls back to defaults for a hostile link and says what it ignored', () => {
    const { state, ignored } = decode('?view=<script>alert(1)</script>&theme=%00');
    expect(state).toEqual(DEFAULT_DOCUMENT);
    expect(ignored).toHaveLength(2);
    expect(ignored[0]).toEqual({
      code: 'notOneOf',
      param: 'view=<script>alert(1)</script>',
      choices: 'overview, designs, timeline, blockade, lab, sources',
    });
    expect(ignored[1]).toEqual({
      code: 'notOneOf',
      param: 'theme=\uFFFD',
      choices: 'auto, light, dark, projector',
    });
  });

  it('reports unknown keys, repeated keys and other versions', () => {
    const { state, ignored } = decode('view=sources&view=overview&colour=red&v=9');
    expect(state.view).toBe('sources');
    expect(ignored).toEqual([
      { code: 'repeated', param: 'view=overview', key: 'view' },
      { code: 'unknownKey', param: 'colour' },
      { code: 'otherVersion', param: 'v=9', version: 3 },
    ]);
  });

  it('clamps an out-of-range step and says so; rejects a non-number', () => {
    expect(decode('step=9')).toEqual({
      state: { ...DEFAULT_DOCUMENT, step: 6 },
      ignored: [{ code: 'clamped', param: 'step=9', min: 1, max: 6, used: 6 }],
    });
    expect(decode('step=-3').state.step).toBe(1);
    expect(decode('step=2.5')).toEqual({
      state: DEFAULT_DOCUMENT,
      ignored: [{ code: 'notWholeNumber', param: 'step=2.5', min: 1, max: 6 }],
    });
    expect(decode('study=hess-2025&sequence=CD&by=time').ignored).toHaveLength(3);
    expect(decode('study=hess-2025').ignored[0]).toEqual({
      code: 'unknownId',
      param: 'study=hess-2025',
      names: 'study',
      known: 'hess-2024, williams-2018',
    });
    // Without a list of ids, any well-formed id is read (the build checks the deck's ids).
    expect(decodeAny('study=fictional-2030').state.study).toBe('fictional-2030');
    expect(decodeAny('study=<b>').ignored).toHaveLength(1);
  });

  it('reads the effects parameters, clamping and reporting out-of-range values', () => {
    expect(decode('view=timeline&day=7&curve=1&rise=0.5&peak=0.8&half=2.5&hat=3')).toEqual({
      state: {
        ...DEFAULT_DOCUMENT,
        view: 'timeline',
        day: 7,
        curve: true,
        rise: 0.5,
        peak: 0.8,
        half: 2.5,
        hat: 3,
      },
      ignored: [],
    });
    const { state, ignored } = decode('day=99&half=1000&peak=0&curve=yes&rise=abc');
    expect(state).toMatchObject({ day: 21, half: 30, peak: 0.1, curve: false, rise: 1 });
    expect(ignored).toEqual([
      { code: 'clamped', param: 'day=99', min: 0, max: 21, used: 21 },
      { code: 'clamped', param: 'half=1000', min: 0.5, max: 30, used: 30 },
      { code: 'clamped', param: 'peak=0', min: 0.1, max: 1, used: 0.1 },
      { code: 'notFlag', param: 'curve=yes' },
      { code: 'notNumber', param: 'rise=abc', min: 0, max: 7 },
    ]);
  });

  it('reads the design lab parameters, capping sims at the documented maximum', () => {
    const { state, ignored } = decode(
      'view=lab&design=parallel&n=30&effect=0.8&rho=0.7&carryover=0.5&washout=3&dropout=0.1&alpha=0.01&sims=150000&seed=7&interim=0.47&boundary=naive',
    );
    expect(state).toMatchObject({
      view: 'lab',
      design: 'parallel',
      n: 30,
      effect: 0.8,
      rho: 0.7,
      carryover: 0.5,
      washout: 3,
      dropout: 0.1,
      alpha: 0.01,
      sims: 100_000,
      seed: 7,
      interimLooks: 1,
      firstLook: 0.47,
      spending: 'naive',
    });
    expect(ignored).toEqual([
      { code: 'clamped', param: 'sims=150000', min: 100, max: 100000, used: 100000 },
    ]);
    expect(decode('n=3&rho=1&design=factorial').ignored).toHaveLength(3);
  });

  it('reads the researcher lab settings, and a link without them keeps the defaults', () => {
    const { state, ignored } = decode(
      'view=lab&outcome=binary&crossoverDesign=abb-baa&allocation=0.6&pControl=0.2&pActive=0.5&interimLooks=2&spending=pocock&n=900',
    );
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      outcome: 'binary',
      crossoverDesign: 'abb-baa',
      allocation: 0.6,
      pControl: 0.2,
      pActive: 0.5,
      interimLooks: 2,
      spending: 'pocock',
      n: 900,
    });
    const old = decode('view=lab&n=30&pActive=0.4').state;
    expect(old).toMatchObject({
      outcome: 'continuous',
      crossoverDesign: 'ab-ba',
      allocation: 0.5,
      interimLooks: 0,
      firstLook: 0,
      spending: 'obf',
    });
    expect(decode('interimLooks=4&crossoverDesign=latin').ignored).toHaveLength(2);
  });

  describe('links from before version 3: the lab’s interim and boundary', () => {
    it('reads interim=f as one interim look at share f, and boundary as the spending', () => {
      const { state, ignored } = decode('view=lab&n=30&interim=0.47&boundary=naive');
      expect(ignored).toEqual([]);
      expect(state).toMatchObject({ n: 30, interimLooks: 1, firstLook: 0.47, spending: 'naive' });
      // Re-encoded, the link uses only the new keys.
      const again = encode(state);
      expect(again).toBe('view=lab&n=30&interimLooks=1&firstLook=0.47&spending=naive');
      expect(decode(again).state).toEqual(state);
      // The Williams preset's look, as an old version-2 link wrote it.
      expect(decode('v=2&view=lab&n=30&interim=0.47').state).toMatchObject({
        interimLooks: 1,
        firstLook: 0.47,
        spending: 'obf',
      });
    });

    it('reads interim=0 as no look, and lets the new keys win when a link has both', () => {
      expect(decode('interim=0&boundary=obf').state).toMatchObject({
        interimLooks: 0,
        firstLook: 0,
        spending: 'obf',
      });
      expect(
        decode('interim=0.3&interimLooks=2&boundary=naive&spending=pocock').state,
      ).toMatchObject({ interimLooks: 2, firstLook: 0, spending: 'pocock' });
    });

    it('reports malformed old values by name and keeps the defaults', () => {
      const { state, ignored } = decode('interim=half&boundary=pocockish');
      expect(state).toMatchObject({ interimLooks: 0, firstLook: 0, spending: 'obf' });
      expect(ignored).toEqual([
        { code: 'notOneOf', param: 'boundary=pocockish', choices: 'obf, naive' },
        { code: 'notShare', param: 'interim=half', max: 0.9 },
      ]);
    });
  });

  it('does not treat inherited object keys as settings', () => {
    expect(decode('toString=1&__proto__=x&constructor=y').ignored).toHaveLength(3);
    expect(decode('toString=1&__proto__=x').state).toEqual(DEFAULT_DOCUMENT);
  });

  it('with full, writes every setting (so embeds are pinned) and still round-trips', () => {
    const full = encode(DEFAULT_DOCUMENT, { full: true });
    expect(full.startsWith('v=3&view=overview&theme=auto')).toBe(true);
    expect(new URLSearchParams(full).size).toBe(Object.keys(DEFAULT_DOCUMENT).length + 1);
    expect(decode(full)).toEqual({ state: DEFAULT_DOCUMENT, ignored: [] });
  });

  it('round-trips every valid state: decode(encode(s)) = s', () => {
    fc.assert(
      fc.property(validState, fc.boolean(), (state, full) => {
        const { state: back, ignored } = decode(encode(state, { full }));
        expect(ignored).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any string and always returns a valid state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const { state } = decode(raw);
        expect(isValid(state)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on query strings built from real keys and random values', () => {
    const key = fc.constantFrom(...(Object.keys(DEFAULT_DOCUMENT) as string[]), 'v', '', '%');
    const pair = fc.tuple(key, fc.string({ unit: 'grapheme', maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const { state, ignored } = decode(query);
        expect(isValid(state)).toBe(true);
        for (const problem of ignored) {
          if ('param' in problem) expect(problem.param.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('quoteRaw and isNavigation', () => {
  it('shortens long values and makes control characters visible', () => {
    expect(quoteRaw('a'.repeat(60))).toBe(`${'a'.repeat(40)}…`);
    expect(quoteRaw('x\u0007y')).toBe('x\uFFFDy');
  });

  it('treats only a change of view as navigation', () => {
    expect(isNavigation(DEFAULT_DOCUMENT, { ...DEFAULT_DOCUMENT, view: 'sources' })).toBe(true);
    expect(isNavigation(DEFAULT_DOCUMENT, { ...DEFAULT_DOCUMENT, theme: 'dark' })).toBe(false);
    const lecture = { ...DEFAULT_DOCUMENT, lecture: true };
    expect(isNavigation(lecture, { ...lecture, slide: 2 })).toBe(true);
    expect(isNavigation(lecture, { ...lecture, sequence: 'AB' })).toBe(false);
  });
});
