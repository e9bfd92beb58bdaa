/**
 * The URL codec: document state <-> query string. Pure and versioned.
 *
 * - `encode` writes only values that differ from the defaults, in a fixed key order, so equal
 *   states give equal URLs and the default page has a clean URL.
 * - `decode` never throws: unknown keys, malformed or out-of-range values fall back to the default
 *   and are listed in `ignored`, which the page shows as a dismissible notice.
 * - `v` is the codec version. A link without `v` is version 1; a link from a newer version is
 *   read as well as possible and reported.
 *
 * Later views add their parameters as entries of FIELDS.
 */
import { DEFAULT_EFFECT_CURVE, EFFECT_CURVE_LIMITS } from '../model/effectCurve.ts';
import { DEFAULT_LAB, LAB_LIMITS, type LabParams } from '../model/lab/params.ts';
import {
  DAY_MAX,
  DAY_MIN,
  HAT_STEP_MAX,
  HAT_STEP_MIN,
  DESIGN_STEP_MAX,
  DESIGN_STEP_MIN,
  FLOW_MODES,
  SEQUENCE_CHOICES,
  STUDY_IDS,
  THEMES,
  VIEWS,
  type FlowMode,
  type SequenceChoice,
  type StudyId,
  type Theme,
  type View,
} from './views.ts';

export const CODEC_VERSION = 1;

/** Upper bound for `slide`; the deck's own length is applied when the lecture opens. */
export const SLIDE_MAX = 200;

export interface DocumentState extends LabParams {
  view: View;
  theme: Theme;
  /** Designs view: which study is shown. */
  study: StudyId;
  /** Designs view: the sequence followed through the diagram. */
  sequence: SequenceChoice;
  /** Designs view: flow diagram arranged by period or by treatment. */
  by: FlowMode;
  /** Designs view: how many stages of the flow diagram are revealed. */
  step: number;
  /** Effects view: the day cursor (0 = treatment). */
  day: number;
  /** Effects view: whether the illustrative effect curve is shown. */
  curve: boolean;
  /** Illustrative curve: days to peak, relative peak height, half-life in days. */
  rise: number;
  peak: number;
  half: number;
  /** Effects view: step of the harm aversion task walk-through. */
  hat: number;
  /** Blockade view: whether the results are revealed. */
  revealed: boolean;
  /** Lecture mode: on, the slide shown (1-based), and whether this window is the presenter view. */
  lecture: boolean;
  slide: number;
  presenter: boolean;
  /** Embed mode: the view without the site's header and footer, for an <iframe>. */
  embed: boolean;
  /** Handout: every view (or the lecture deck) as one printable page. */
  print: boolean;
  /** Fuzz mode (a test aid, src/fuzz): seed of the page's self-driving random input; 0 = off. */
  fuzz: number;
  /** Fuzz mode: how many events to send. */
  fuzzEvents: number;
}

export const DEFAULT_DOCUMENT: DocumentState = Object.freeze({
  view: 'overview',
  theme: 'auto',
  study: 'hess-2024',
  sequence: 'none',
  by: 'period',
  step: DESIGN_STEP_MAX,
  day: 3,
  curve: false,
  rise: DEFAULT_EFFECT_CURVE.riseDays,
  peak: DEFAULT_EFFECT_CURVE.peak,
  half: DEFAULT_EFFECT_CURVE.halfLifeDays,
  hat: HAT_STEP_MIN,
  revealed: false,
  lecture: false,
  slide: 1,
  presenter: false,
  embed: false,
  print: false,
  fuzz: 0,
  fuzzEvents: 500,
  ...DEFAULT_LAB,
});

type ParseResult<T> =
  | { value: T }
  | { error: string }
  /** Usable but adjusted, e.g. an out-of-range number clamped into range. */
  | { value: T; adjusted: string };

interface Field<K extends keyof DocumentState> {
  key: K;
  /** The value, or an explanation of why the raw text was rejected or adjusted. */
  parse: (raw: string) => ParseResult<DocumentState[K]>;
  format: (value: DocumentState[K]) => string;
}

function oneOf<T extends string>(values: readonly T[], what: string) {
  return (raw: string): { value: T } | { error: string } =>
    (values as readonly string[]).includes(raw)
      ? { value: raw as T }
      : { error: `not ${what} (expected ${values.join(', ')})` };
}

/** A whole number clamped into [min, max]; anything else is rejected. */
function integerIn(min: number, max: number) {
  return (raw: string): ParseResult<number> => {
    if (!/^[+-]?\d{1,9}$/.test(raw.trim())) {
      return { error: `not a whole number (expected ${min}–${max})` };
    }
    const n = Number(raw);
    if (n < min || n > max) {
      const clamped = Math.min(max, Math.max(min, n));
      return { value: clamped, adjusted: `outside ${min}–${max}; ${clamped} was used.` };
    }
    return { value: n };
  };
}

/** A decimal number clamped into [min, max] and rounded to `decimals` places. */
function decimalIn(min: number, max: number, decimals: number) {
  const factor = 10 ** decimals;
  return (raw: string): ParseResult<number> => {
    if (!/^[+-]?(\d{1,6}(\.\d*)?|\.\d+)$/.test(raw.trim())) {
      return { error: `not a number (expected ${min}–${max})` };
    }
    const n = Math.round(Number(raw) * factor) / factor;
    if (n < min || n > max) {
      const clamped = Math.min(max, Math.max(min, n));
      return { value: clamped, adjusted: `outside ${min}–${max}; ${clamped} was used.` };
    }
    return { value: n };
  };
}

function flag(raw: string): ParseResult<boolean> {
  if (raw === '1' || raw === 'true') return { value: true };
  if (raw === '0' || raw === 'false') return { value: false };
  return { error: 'not 1 or 0' };
}

type FieldTable = { [K in keyof DocumentState]: Field<K> };

const FIELDS: FieldTable = {
  view: { key: 'view', parse: oneOf(VIEWS, 'a view of this app'), format: String },
  theme: { key: 'theme', parse: oneOf(THEMES, 'a theme'), format: String },
  study: { key: 'study', parse: oneOf(STUDY_IDS, 'a study in this app'), format: String },
  sequence: { key: 'sequence', parse: oneOf(SEQUENCE_CHOICES, 'a sequence'), format: String },
  by: { key: 'by', parse: oneOf(FLOW_MODES, 'an arrangement'), format: String },
  step: {
    key: 'step',
    parse: integerIn(DESIGN_STEP_MIN, DESIGN_STEP_MAX),
    format: String,
  },
  day: { key: 'day', parse: integerIn(DAY_MIN, DAY_MAX), format: String },
  curve: { key: 'curve', parse: flag, format: (on) => (on ? '1' : '0') },
  rise: { key: 'rise', parse: decimalIn(...EFFECT_CURVE_LIMITS.riseDays, 1), format: String },
  peak: { key: 'peak', parse: decimalIn(...EFFECT_CURVE_LIMITS.peak, 2), format: String },
  half: { key: 'half', parse: decimalIn(...EFFECT_CURVE_LIMITS.halfLifeDays, 1), format: String },
  hat: { key: 'hat', parse: integerIn(HAT_STEP_MIN, HAT_STEP_MAX), format: String },
  revealed: { key: 'revealed', parse: flag, format: (on) => (on ? '1' : '0') },
  lecture: { key: 'lecture', parse: flag, format: (on) => (on ? '1' : '0') },
  slide: { key: 'slide', parse: integerIn(1, SLIDE_MAX), format: String },
  presenter: { key: 'presenter', parse: flag, format: (on) => (on ? '1' : '0') },
  embed: { key: 'embed', parse: flag, format: (on) => (on ? '1' : '0') },
  print: { key: 'print', parse: flag, format: (on) => (on ? '1' : '0') },
  design: {
    key: 'design',
    parse: oneOf(['crossover', 'parallel'] as const, 'a design'),
    format: String,
  },
  n: labNumber('n'),
  effect: labNumber('effect'),
  sd: labNumber('sd'),
  rho: labNumber('rho'),
  period: labNumber('period'),
  carryover: labNumber('carryover'),
  washout: labNumber('washout'),
  dropout: labNumber('dropout'),
  alpha: labNumber('alpha'),
  sims: labNumber('sims'),
  seed: labNumber('seed'),
  interim: labNumber('interim'),
  boundary: {
    key: 'boundary',
    parse: oneOf(['obf', 'naive'] as const, 'a boundary'),
    format: String,
  },
  fuzz: { key: 'fuzz', parse: integerIn(0, 999_999_999), format: String },
  fuzzEvents: { key: 'fuzzEvents', parse: integerIn(1, 100_000), format: String },
};

/** A numeric lab parameter: clamped to its documented range (see src/model/lab/params.ts). */
function labNumber<K extends keyof typeof LAB_LIMITS>(key: K): Field<K> {
  const { min, max, decimals } = LAB_LIMITS[key];
  const parse = decimals === 0 ? integerIn(min, max) : decimalIn(min, max, decimals);
  return { key, parse, format: String } as Field<K>;
}

const FIELD_ORDER = Object.keys(FIELDS) as (keyof DocumentState)[];
const MAX_SHOWN = 40;

/** A raw URL value made safe and short enough to quote back in a notice. */
export function quoteRaw(raw: string): string {
  // Control characters are replaced with visible placeholders; React escapes everything else.
  // eslint-disable-next-line no-control-regex
  const visible = raw.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  return visible.length > MAX_SHOWN ? `${visible.slice(0, MAX_SHOWN)}…` : visible;
}

export interface DecodeResult {
  state: DocumentState;
  /** Human-readable reasons for every part of the URL that was not used. */
  ignored: string[];
}

function setField<K extends keyof DocumentState>(
  state: DocumentState,
  key: K,
  value: DocumentState[K],
) {
  state[key] = value;
}

/** Parse a query string (with or without the leading "?"). Never throws. */
export function decode(search: string): DecodeResult {
  const state: DocumentState = { ...DEFAULT_DOCUMENT };
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { state, ignored: ['The address could not be read; the default view is shown.'] };
  }
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of params) {
    const key = rawKey;
    if (key === 'v') {
      if (rawValue !== String(CODEC_VERSION)) {
        ignored.push(
          `"v=${quoteRaw(rawValue)}": this link was made by another version of the app (this is version ${CODEC_VERSION}); settings were read as well as possible.`,
        );
      }
      continue;
    }
    if (!Object.hasOwn(FIELDS, key)) {
      ignored.push(`"${quoteRaw(key)}": not a setting this app knows.`);
      continue;
    }
    const fieldKey = key as keyof DocumentState;
    if (seen.has(fieldKey)) {
      ignored.push(
        `"${fieldKey}=${quoteRaw(rawValue)}": "${fieldKey}" was given more than once; the first was used.`,
      );
      continue;
    }
    seen.add(fieldKey);
    const field = FIELDS[fieldKey] as Field<typeof fieldKey>;
    const result = field.parse(rawValue);
    if ('error' in result) {
      ignored.push(`"${fieldKey}=${quoteRaw(rawValue)}": ${result.error}; the default was used.`);
    } else {
      setField(state, fieldKey, result.value);
      if ('adjusted' in result)
        ignored.push(`"${fieldKey}=${quoteRaw(rawValue)}": ${result.adjusted}`);
    }
  }
  return { state, ignored };
}

/**
 * The query string for a state, without "?"; "" for the default state. With `full`, every
 * setting is written, so a later change of defaults cannot alter what the link shows (embeds).
 */
export function encode(state: DocumentState, options: { full?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (options.full) params.set('v', String(CODEC_VERSION));
  for (const key of FIELD_ORDER) {
    if (!options.full && state[key] === DEFAULT_DOCUMENT[key]) continue;
    const field = FIELDS[key] as Field<typeof key>;
    params.set(key, field.format(state[key]));
  }
  return params.toString();
}

/** True when two document states are equal field by field. */
export function sameDocument(a: DocumentState, b: DocumentState): boolean {
  return FIELD_ORDER.every((key) => a[key] === b[key]);
}

/** Whether moving from `a` to `b` should add a history entry (a view or slide change) or replace it. */
export function isNavigation(a: DocumentState, b: DocumentState): boolean {
  return (
    a.view !== b.view ||
    a.lecture !== b.lecture ||
    a.print !== b.print ||
    (a.lecture && a.slide !== b.slide)
  );
}
