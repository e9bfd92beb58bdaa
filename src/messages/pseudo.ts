/**
 * Pseudo-locales for tests, made from the compiled English catalogue: every letter accented and
 * each piece of text lengthened by about 40 % with trailing dots (as German or Finnish can be), so
 * clipped ends show. Placeholders, plural and select structure are kept; only literal text changes.
 * Text on screen that is not accented did not come from a catalogue.
 */
import type { Messages } from '@lingui/core';

const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** "Theme" → "Ţĥéɱé··" (accented, about 40 % longer); markup tags (<link>…</link>) are kept. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(<\/?[A-Za-z0-9]+\/?>)/)
    .map((part, index) =>
      index % 2 === 1 ? part : [...part].map((char) => ACCENTS[char] ?? char).join(''),
    )
    .join('');
  const letters = text.replace(/<\/?[A-Za-z0-9]+\/?>/g, '').replace(/[^A-Za-z]/g, '').length;
  return letters === 0 ? accented : `${accented}${'·'.repeat(Math.ceil(letters * 0.4))}`;
}

type Compiled = string | readonly unknown[];

function pseudoCompiled(message: Compiled): Compiled {
  if (typeof message === 'string') return message === '#' ? message : pseudoText(message);
  return message.map((part) => {
    if (typeof part === 'string') return part === '#' ? part : pseudoText(part);
    if (!Array.isArray(part)) return part;
    // [name] | [name, type, format]: a placeholder; plural/select cases hold messages.
    const [name, type, format] = part as [string, string?, unknown?];
    if (format && typeof format === 'object' && !Array.isArray(format)) {
      const cases = Object.fromEntries(
        Object.entries(format as Record<string, Compiled>).map(([key, value]) => [
          key,
          pseudoCompiled(value),
        ]),
      );
      return [name, type, cases];
    }
    return part;
  });
}

/** The pseudo catalogue: the same ids, with pseudo text. */
export function pseudoMessages(source: Messages): Messages {
  return Object.fromEntries(
    Object.entries(source).map(([id, message]) => [id, pseudoCompiled(message as Compiled)]),
  ) as Messages;
}
