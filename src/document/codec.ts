/**
 * The URL codec: document state <-> query string, driven by the field table (./fields.ts). Pure.
 *
 * - `encode` writes only values that differ from the defaults, in the table's order, so equal
 *   states give equal URLs and the default page has a clean URL.
 * - `decode` never throws: unknown keys, malformed or out-of-range values fall back to the default
 *   (or are clamped) and are listed in `ignored`, which the page shows as a dismissible notice.
 * - `v` is the codec version. Version 2 reads version-1 links unchanged (the keys and their
 *   meanings are the same; version 2 added fields). A link without `v` is read as version 1.
 *   Version 3 replaced the lab's `interim` (share of people at the one interim look) and
 *   `boundary` (obf or naive) with the one set of look settings `interimLooks`, `firstLook` and
 *   `spending`; `migrateLegacy` reads the old keys of any link into the new ones.
 */
import {
  DEFAULT_DOCUMENT,
  FIELDS,
  FIELD_KEYS,
  type DocumentState,
  type FieldKey,
  type FieldSpec,
} from './fields.ts';

export const CODEC_VERSION = 3;
/** Versions whose links this codec reads without a notice. */
const READABLE_VERSIONS = ['1', '2', '3'];

/** Keys of older links that are no longer fields, and what they became. */
export const LEGACY_KEYS = ['interim', 'boundary'] as const;
type LegacyKey = (typeof LEGACY_KEYS)[number];

/**
 * Old lab links into the new look settings: `interim=f` (0 < f ≤ 0.9) is one interim look at
 * share f (`interimLooks=1&firstLook=f`), `interim=0` no look; `boundary=obf|naive` is
 * `spending=obf|naive`. A new key given in the same link wins. Malformed old values are reported.
 */
function migrateLegacy(
  legacy: Partial<Record<LegacyKey, string>>,
  seen: ReadonlySet<string>,
  state: Record<FieldKey, unknown>,
  ignored: LinkProblem[],
) {
  if (legacy.boundary !== undefined) {
    const raw = legacy.boundary;
    if (raw === 'obf' || raw === 'naive') {
      if (!seen.has('spending')) state.spending = raw;
    } else {
      ignored.push({ code: 'notOneOf', param: param('boundary', raw), choices: 'obf, naive' });
    }
  }
  if (legacy.interim !== undefined) {
    const raw = legacy.interim;
    const share = /^\s*(0?\.\d+|0|1(\.0*)?)\s*$/.test(raw) ? Number(raw) : NaN;
    if (!(share >= 0 && share <= 1)) {
      ignored.push({ code: 'notShare', param: param('interim', raw), max: 0.9 });
    } else if (share > 0 && !seen.has('interimLooks')) {
      state.interimLooks = 1;
      if (!seen.has('firstLook')) {
        const field = FIELDS.firstLook;
        const clamped = Math.min(field.max, Math.max(0.01, Math.round(share * 100) / 100));
        state.firstLook = clamped;
        if (clamped !== Math.round(share * 100) / 100) {
          ignored.push({
            code: 'clamped',
            param: param('interim', raw),
            min: 0,
            max: field.max,
            used: clamped,
          });
        }
      }
    }
  }
}

/** What the decoder checks `id` fields against (e.g. the ids of the studies loaded). */
export interface DecodeContext {
  ids?: Partial<Record<FieldKey, readonly string[]>>;
}

/** What was wrong with one value, before it is tied to its key and raw text. */
type ValueProblem =
  | { code: 'notOneOf'; choices: string }
  | { code: 'notFlag' }
  | { code: 'notWholeNumber' | 'notNumber'; min: number; max: number }
  | { code: 'notId'; names: 'study' | 'other' }
  | { code: 'unknownId'; names: 'study' | 'other'; known: string }
  | { code: 'clamped'; min: number; max: number; used: number };

type ParseResult<T> = { value: T } | { error: ValueProblem } | { value: T; adjusted: ValueProblem };

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

function parseNumber(
  raw: string,
  field: Extract<FieldSpec, { kind: 'number' }>,
): ParseResult<number> {
  const { min, max, decimals } = field;
  const pattern = decimals === 0 ? /^[+-]?\d{1,9}$/ : /^[+-]?(\d{1,9}(\.\d*)?|\.\d+)$/;
  if (!pattern.test(raw.trim())) {
    return { error: { code: decimals === 0 ? 'notWholeNumber' : 'notNumber', min, max } };
  }
  const factor = 10 ** decimals;
  const n = Math.round(Number(raw) * factor) / factor;
  if (n < min || n > max) {
    const clamped = Math.min(max, Math.max(min, n));
    return { value: clamped, adjusted: { code: 'clamped', min, max, used: clamped } };
  }
  return { value: n };
}

function parseField(
  key: FieldKey,
  raw: string,
  context: DecodeContext,
): ParseResult<DocumentState[FieldKey]> {
  const field: FieldSpec = FIELDS[key];
  switch (field.kind) {
    case 'enum':
      return field.values.includes(raw)
        ? { value: raw }
        : { error: { code: 'notOneOf', choices: field.values.join(', ') } };
    case 'flag':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { error: { code: 'notFlag' } };
    case 'number':
      return parseNumber(raw, field);
    case 'id': {
      const names = key === 'study' ? 'study' : 'other';
      if (!ID_PATTERN.test(raw)) return { error: { code: 'notId', names } };
      const known = context.ids?.[key];
      if (known && !known.includes(raw)) {
        return { error: { code: 'unknownId', names, known: known.join(', ') } };
      }
      return { value: raw };
    }
  }
}

const MAX_SHOWN = 40;

/** A raw URL value made safe and short enough to quote back in a notice. */
export function quoteRaw(raw: string): string {
  // Control characters are replaced with visible placeholders; React escapes everything else.
  // eslint-disable-next-line no-control-regex
  const visible = raw.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  return visible.length > MAX_SHOWN ? `${visible.slice(0, MAX_SHOWN)}…` : visible;
}

/**
 * A part of a link that was not used as written: a code and the values its sentence needs
 * (src/messages/linkProblems.ts words it in the reader's language). `param` is the part as the
 * link gave it ("step=9", or a key alone), made safe to quote. A value that could not be read
 * falls back to the default; a `clamped` one was moved into its range.
 */
export type LinkProblem =
  | { code: 'unreadable' }
  | { code: 'otherVersion'; param: string; version: number }
  | { code: 'unknownKey'; param: string }
  | { code: 'repeated'; param: string; key: string }
  | { code: 'notShare'; param: string; max: number }
  | ({ param: string } & ValueProblem);

/** "key=raw" (or the key alone) made safe to quote. */
function param(key: string, raw?: string): string {
  return raw === undefined ? quoteRaw(key) : `${key}=${quoteRaw(raw)}`;
}

/** A short, language-free form of a problem for the build's messages (the UI words it in full). */
export function linkProblemCode(problem: LinkProblem): string {
  const { code, ...values } = problem;
  const rest = Object.entries(values)
    .filter(([key]) => key !== 'param')
    .map(([key, value]) => `${key} ${String(value)}`)
    .join('; ');
  return `${'param' in problem ? `"${problem.param}": ` : ''}${code}${rest ? ` (${rest})` : ''}`;
}

export interface DecodeResult {
  state: DocumentState;
  /** Every part of the URL that was not used as written, and why. */
  ignored: LinkProblem[];
}

/** Parse a query string (with or without the leading "?"). Never throws. */
export function decode(search: string, context: DecodeContext = {}): DecodeResult {
  const state = { ...DEFAULT_DOCUMENT } as Record<FieldKey, unknown>;
  const ignored: LinkProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return {
      state: state as DocumentState,
      ignored: [{ code: 'unreadable' }],
    };
  }
  const seen = new Set<string>();
  const legacy: Partial<Record<LegacyKey, string>> = {};
  for (const [key, rawValue] of params) {
    if (key === 'v') {
      if (!READABLE_VERSIONS.includes(rawValue)) {
        ignored.push({ code: 'otherVersion', param: param('v', rawValue), version: CODEC_VERSION });
      }
      continue;
    }
    if ((LEGACY_KEYS as readonly string[]).includes(key)) {
      legacy[key as LegacyKey] ??= rawValue;
      continue;
    }
    if (!Object.hasOwn(FIELDS, key)) {
      ignored.push({ code: 'unknownKey', param: param(key) });
      continue;
    }
    const fieldKey = key as FieldKey;
    if (seen.has(fieldKey)) {
      ignored.push({ code: 'repeated', param: param(fieldKey, rawValue), key: fieldKey });
      continue;
    }
    seen.add(fieldKey);
    const result = parseField(fieldKey, rawValue, context);
    if ('error' in result) {
      ignored.push({ param: param(fieldKey, rawValue), ...result.error });
    } else {
      state[fieldKey] = result.value;
      if ('adjusted' in result) {
        ignored.push({ param: param(fieldKey, rawValue), ...result.adjusted });
      }
    }
  }
  migrateLegacy(legacy, seen, state, ignored);
  return { state: state as DocumentState, ignored };
}

function formatValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/**
 * The query string for a state, without "?"; "" for the default state. With `full`, every
 * setting is written, so a later change of defaults cannot alter what the link shows (embeds).
 */
export function encode(state: DocumentState, options: { full?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (options.full) params.set('v', String(CODEC_VERSION));
  for (const key of FIELD_KEYS) {
    if (!options.full && state[key] === DEFAULT_DOCUMENT[key]) continue;
    params.set(key, formatValue(state[key]));
  }
  return params.toString();
}

/** True when two document states are equal field by field. */
export function sameDocument(a: DocumentState, b: DocumentState): boolean {
  return FIELD_KEYS.every((key) => a[key] === b[key]);
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
