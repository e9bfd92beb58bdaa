/**
 * The table of document fields: everything a reader chooses that belongs in the URL. One entry per
 * field — its scope, kind, range and step, default and label — and everything else derives from
 * it: the `DocumentState` type, the defaults, the codec (./codec.ts), the one clamp, the props of a
 * slider, the per-view reset (./scopes.ts) and the README's table of URL parameters (./readme.ts).
 *
 * Pure data and types: no React, store or DOM. The lab's and the illustrative curve's ranges are
 * the model's own validity ranges (src/model), referenced here rather than repeated.
 */
import { DEFAULT_EFFECT_CURVE, EFFECT_CURVE_LIMITS } from '../model/effectCurve.ts';
import { DEFAULT_LAB, LAB_LIMITS } from '../model/lab/params.ts';
import { LAB_SCALE_LIMITS, LAB_SETTINGS_FIELDS } from '../model/lab/settings.ts';
import { CHALLENGE_CHOICES, CHALLENGE_IDS } from '../model/lab/challengeChoices.ts';
import { FIGURE_IDS } from './figures.ts';
import { LANG_CHOICES } from '../messages/languages.ts';

/** The views of the app, in reading order. */
export const VIEWS = ['overview', 'designs', 'timeline', 'blockade', 'lab', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** Which sequence the reader follows through a design; 'none' shows both alike. */
export const SEQUENCE_CHOICES = ['none', 'AB', 'BA'] as const;
export type SequenceChoice = (typeof SEQUENCE_CHOICES)[number];

/** Flow diagram arrangement: columns by sequence (periods in rows) or by treatment. */
export const FLOW_MODES = ['period', 'treatment'] as const;
export type FlowMode = (typeof FLOW_MODES)[number];

/** A reader's prediction before a reveal ('none' = not made yet). */
export const PREDICTIONS = ['none', 'blocked', 'not-blocked', 'unsure'] as const;
export type Prediction = (typeof PREDICTIONS)[number];

/**
 * Who a field belongs to: `global` (the whole app, e.g. theme), `mode` (an app mode such as the
 * lecture, embed or handout, never reset with a view), or the view whose reset puts it back.
 */
export type Scope = 'global' | 'mode' | View;

interface FieldBase {
  scope: Scope;
  /** A short label for people (slider labels, the README). */
  label: string;
}

export interface EnumField<V extends string = string> extends FieldBase {
  kind: 'enum';
  values: readonly V[];
  default: V;
  /** How a control names each value (defaults to the value itself). */
  valueLabels?: Partial<Record<V, string>>;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  /** The slider's step; the codec keeps `decimals` places. */
  step: number;
  decimals: number;
  default: number;
  /** Unit shown in the README, e.g. "days". */
  unit?: string;
}

export interface FlagField extends FieldBase {
  kind: 'flag';
  default: boolean;
}

/** An id checked at decode time against a list the caller supplies (e.g. the study registry). */
export interface IdField extends FieldBase {
  kind: 'id';
  default: string;
  /** What the id names, for messages: "a study in this app". */
  names: string;
}

export type FieldSpec = EnumField | NumberField | FlagField | IdField;

const enumField = <const V extends string>(spec: Omit<EnumField<V>, 'kind'>): EnumField<V> => ({
  kind: 'enum',
  ...spec,
});
const numberField = (spec: Omit<NumberField, 'kind'>): NumberField => ({ kind: 'number', ...spec });
const flagField = (spec: Omit<FlagField, 'kind'>): FlagField => ({ kind: 'flag', ...spec });
const idField = (spec: Omit<IdField, 'kind'>): IdField => ({ kind: 'id', ...spec });

/**
 * A lab number: range from the model's LAB_LIMITS (widened to LAB_SCALE_LIMITS for people and
 * simulated trials, the researcher's lab's scale), default from DEFAULT_LAB.
 */
function labNumber(
  key: Exclude<keyof typeof LAB_LIMITS, 'interim'>,
  label: string,
  step: number,
  unit?: string,
): NumberField {
  const { decimals } = LAB_LIMITS[key];
  const { min, max } =
    key in LAB_SCALE_LIMITS
      ? LAB_SCALE_LIMITS[key as keyof typeof LAB_SCALE_LIMITS]
      : LAB_LIMITS[key];
  return numberField({
    scope: 'lab',
    label,
    min,
    max,
    step,
    decimals,
    default: DEFAULT_LAB[key],
    ...(unit ? { unit } : {}),
  });
}

type LabSettingsFields = typeof LAB_SETTINGS_FIELDS;
type LabChoiceKey = 'outcome' | 'crossoverDesign' | 'spending';
type LabNumberKey = Exclude<keyof LabSettingsFields, LabChoiceKey>;
type ChoiceValue<K extends LabChoiceKey> = LabSettingsFields[K]['values'][number];

/** A researcher's-lab choice: values and default from the model's LAB_SETTINGS_FIELDS. */
function labChoice<K extends LabChoiceKey>(
  key: K,
  label: string,
  valueLabels: Record<ChoiceValue<K>, string>,
): EnumField<ChoiceValue<K>> {
  const spec = LAB_SETTINGS_FIELDS[key];
  return {
    kind: 'enum',
    scope: 'lab',
    label,
    values: spec.values as readonly ChoiceValue<K>[],
    default: spec.default as ChoiceValue<K>,
    valueLabels,
  };
}

/** A researcher's-lab number: range, step, decimals and default from LAB_SETTINGS_FIELDS. */
function labSetting(key: LabNumberKey, label: string): NumberField {
  const { min, max, step, decimals } = LAB_SETTINGS_FIELDS[key];
  return numberField({
    scope: 'lab',
    label,
    min,
    max,
    step,
    decimals,
    default: LAB_SETTINGS_FIELDS[key].default,
  });
}

/** A reader's prediction in a lab challenge (./model/lab/challengeChoices.ts). */
function guess<C extends keyof typeof CHALLENGE_CHOICES>(
  challenge: C,
  what: string,
): EnumField<(typeof CHALLENGE_CHOICES)[C][number]> {
  return enumField({
    scope: 'lab',
    label: `Lab challenge: reader’s prediction — ${what}`,
    values: CHALLENGE_CHOICES[challenge],
    default: 'none',
  });
}

/**
 * The fields, in the order the URL writes them. Adding a field here adds it to the type, the
 * codec, the reset of its scope and the README table.
 */
export const FIELDS = {
  view: enumField({ scope: 'global', label: 'View', values: VIEWS, default: 'overview' }),
  theme: enumField({
    scope: 'global',
    label: 'Theme (omit to follow the system)',
    values: THEMES,
    default: 'auto',
  }),
  lang: enumField({
    scope: 'global',
    label: 'Language (omit to follow the browser; pseudo and pseudo-rtl are test locales)',
    values: LANG_CHOICES,
    default: 'auto',
  }),
  sources: flagField({
    scope: 'global',
    label: 'Show sources: each fact’s source written beside it, and each figure’s list of facts',
    default: false,
  }),
  study: idField({
    scope: 'designs',
    label: 'Study shown in Designs',
    default: 'hess-2024',
    names: 'a study in this app',
  }),
  sequence: enumField({
    scope: 'designs',
    label: 'Sequence followed through the design',
    values: SEQUENCE_CHOICES,
    default: 'none',
    valueLabels: { none: 'Both', AB: 'AB', BA: 'BA' },
  }),
  by: enumField({
    scope: 'designs',
    label: 'Flow diagram arranged by',
    values: FLOW_MODES,
    default: 'period',
    valueLabels: { period: 'Period', treatment: 'Treatment' },
  }),
  step: numberField({
    scope: 'designs',
    label: 'Flow diagram built up to stage',
    min: 1,
    max: 6,
    step: 1,
    decimals: 0,
    default: 6,
  }),
  day: numberField({
    scope: 'timeline',
    label: 'Day cursor (0 = treatment)',
    min: 0,
    max: 21,
    step: 1,
    decimals: 0,
    default: 3,
    unit: 'days',
  }),
  curve: flagField({ scope: 'timeline', label: 'Illustrative effect curve shown', default: false }),
  rise: numberField({
    scope: 'timeline',
    label: 'Illustrative curve: days to peak',
    min: EFFECT_CURVE_LIMITS.riseDays[0],
    max: EFFECT_CURVE_LIMITS.riseDays[1],
    step: 0.5,
    decimals: 1,
    default: DEFAULT_EFFECT_CURVE.riseDays,
    unit: 'days',
  }),
  peak: numberField({
    scope: 'timeline',
    label: 'Illustrative curve: relative peak height',
    min: EFFECT_CURVE_LIMITS.peak[0],
    max: EFFECT_CURVE_LIMITS.peak[1],
    step: 0.05,
    decimals: 2,
    default: DEFAULT_EFFECT_CURVE.peak,
  }),
  half: numberField({
    scope: 'timeline',
    label: 'Illustrative curve: half-life after the peak',
    min: EFFECT_CURVE_LIMITS.halfLifeDays[0],
    max: EFFECT_CURVE_LIMITS.halfLifeDays[1],
    step: 0.5,
    decimals: 1,
    default: DEFAULT_EFFECT_CURVE.halfLifeDays,
    unit: 'days',
  }),
  hat: numberField({
    scope: 'timeline',
    label: 'Harm aversion task walk-through step',
    min: 1,
    max: 5,
    step: 1,
    decimals: 0,
    default: 1,
  }),
  revealed: flagField({ scope: 'blockade', label: 'Blockade results revealed', default: false }),
  predictEffect: enumField({
    scope: 'blockade',
    label: 'Reader’s prediction: will naltrexone block the antidepressant effect?',
    values: PREDICTIONS,
    default: 'none',
  }),
  predictDissociation: enumField({
    scope: 'blockade',
    label: 'Reader’s prediction: will naltrexone block the dissociative effect?',
    values: PREDICTIONS,
    default: 'none',
  }),
  lecture: flagField({ scope: 'mode', label: 'Lecture mode', default: false }),
  slide: numberField({
    scope: 'mode',
    label: 'Lecture slide (1-based)',
    min: 1,
    max: 200,
    step: 1,
    decimals: 0,
    default: 1,
  }),
  presenter: flagField({ scope: 'mode', label: 'Presenter window', default: false }),
  embed: flagField({
    scope: 'mode',
    label: 'Embed mode (no site header or footer)',
    default: false,
  }),
  print: flagField({ scope: 'mode', label: 'Printable handout', default: false }),
  fuzz: numberField({
    scope: 'mode',
    label: 'Fuzz mode: seed of the page’s self-driving random input (0 = off; a test aid)',
    min: 0,
    max: 999_999_999,
    step: 1,
    decimals: 0,
    default: 0,
  }),
  fuzzEvents: numberField({
    scope: 'mode',
    label: 'Fuzz mode: how many events to send',
    min: 1,
    max: 100_000,
    step: 1,
    decimals: 0,
    default: 500,
  }),
  figure: enumField({
    scope: 'mode',
    label: 'One figure alone (with embed=1), by its id',
    values: ['none', ...FIGURE_IDS],
    default: 'none',
  }),
  design: enumField({
    scope: 'lab',
    label: 'Lab: design',
    values: ['crossover', 'parallel'] as const,
    default: DEFAULT_LAB.design,
    valueLabels: { crossover: 'Crossover (AB/BA)', parallel: 'Parallel groups' },
  }),
  n: labNumber('n', 'Lab: participants (total)', 2, 'people'),
  effect: labNumber('effect', 'Lab: true effect τ', 0.05, 'SD'),
  sd: labNumber('sd', 'Lab: total SD σ of one measurement', 0.1),
  rho: labNumber('rho', 'Lab: within-person correlation ρ', 0.05),
  period: labNumber('period', 'Lab: period effect π', 0.05, 'SD'),
  carryover: labNumber('carryover', 'Lab: carryover at no washout λ₀', 0.05, 'SD'),
  washout: labNumber('washout', 'Lab: washout', 1, 'days'),
  dropout: labNumber('dropout', 'Lab: dropout before period 2 (share)', 0.01),
  alpha: labNumber('alpha', 'Lab: two-sided significance level α', 0.005),
  sims: labNumber('sims', 'Lab: simulated trials', 100),
  seed: labNumber('seed', 'Lab: random seed', 1),
  outcome: labChoice('outcome', 'Lab: outcome', {
    continuous: 'Continuous (a score)',
    binary: 'Binary (response yes/no)',
  }),
  crossoverDesign: labChoice('crossoverDesign', 'Lab: crossover design', {
    'ab-ba': '2×2: AB/BA',
    'abb-baa': 'Three periods: ABB/BAA',
    balaam: 'Balaam: AB/BA/AA/BB',
  }),
  allocation: labSetting('allocation', 'Lab: share of people in the first sequence (AB or ABB)'),
  pControl: labSetting('pControl', 'Lab: response probability on control (binary)'),
  pActive: labSetting('pActive', 'Lab: response probability on active (binary)'),
  interimLooks: labSetting('interimLooks', 'Lab: interim looks before the final analysis'),
  firstLook: labSetting(
    'firstLook',
    'Lab: first interim look after this share of people (0 = looks equally spaced)',
  ),
  spending: labChoice('spending', 'Lab: α spending at the looks', {
    obf: 'O’Brien–Fleming-type',
    pocock: 'Pocock-type',
    naive: 'Naive: p < α at each look',
  }),
  challenge: enumField({
    scope: 'lab',
    label: 'Lab: the guided challenge that is open',
    values: ['none', ...CHALLENGE_IDS],
    default: 'none',
  }),
  guessWashout: guess('washout', 'washout 3 days: the average estimate against the true effect'),
  guessPower: guess('power-80', 'people in the smallest crossover with 80% power'),
  guessStop: guess('naive-stop', 'false-positive rate of a naive stop at 14 of 30 (%)'),
  guessParallel: guess('parallel', 'power of the parallel analysis against the crossover'),
  guessTwoStage: guess('two-stage', 'false-positive rate of the two-stage procedure (%)'),
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof FIELDS;

type ValueOf<F> =
  F extends EnumField<infer V>
    ? V
    : F extends FlagField
      ? boolean
      : F extends NumberField
        ? number
        : string;

/** The whole document state: one value per field of the table. */
export type DocumentState = { -readonly [K in FieldKey]: ValueOf<(typeof FIELDS)[K]> };

export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

/** Keys of the numeric fields (for slider props and the clamp). */
export type NumberKey = {
  [K in FieldKey]: (typeof FIELDS)[K] extends NumberField ? K : never;
}[FieldKey];

export const DEFAULT_DOCUMENT: Readonly<DocumentState> = Object.freeze(
  Object.fromEntries(FIELD_KEYS.map((key) => [key, FIELDS[key].default])) as DocumentState,
);

/** Clamp into the field's range and round to its decimals (NaN becomes the minimum). */
export function clampNumber(key: NumberKey, value: number): number {
  const field = FIELDS[key] as NumberField;
  const factor = 10 ** field.decimals;
  const safe = Number.isFinite(value) ? value : field.min;
  return Math.min(field.max, Math.max(field.min, Math.round(safe * factor) / factor));
}

/** The props a slider for a numeric field needs. */
export function rangeOf(key: NumberKey): { min: number; max: number; step: number } {
  const field = FIELDS[key] as NumberField;
  return { min: field.min, max: field.max, step: field.step };
}

/** The fields a view owns (reset together with the view). */
export function fieldsOfScope(scope: Scope): FieldKey[] {
  return FIELD_KEYS.filter((key) => FIELDS[key].scope === scope);
}

/** The document fields of a larger object (drops actions and UI state). */
export function pickDocument(state: DocumentState): DocumentState {
  const out = {} as Record<FieldKey, unknown>;
  for (const key of FIELD_KEYS) out[key] = state[key];
  return out as DocumentState;
}
