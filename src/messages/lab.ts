/**
 * The design lab's one-sentence, plain-language reading of the current design (in the spirit of
 * R Psychologist's "common language" summaries), from the values of src/model/lab/derived.ts.
 */
import type { LabReading } from '../model/lab/derived';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const sd = (x: number) => `${Math.abs(x).toFixed(2)} SD`;

export function labInterpretation(reading: LabReading): string {
  switch (reading.kind) {
    case 'carryover': {
      const days = reading.washout === 1 ? 'one-day' : `${reading.washout}-day`;
      const direction = reading.effect >= 0 ? 'weaker' : 'stronger';
      return `With a ${days} washout, carryover makes the active treatment look ${sd(reading.bias)} ${direction} than it is: on average the crossover estimates ${reading.estimated.toFixed(2)} SD instead of ${reading.effect.toFixed(2)} SD.`;
    }
    case 'null':
      return `With no true effect, about ${pct(reading.alpha)} of trials would still come out "significant" by chance — that is what α = ${reading.alpha} means.`;
    case 'power':
      return reading.design === 'crossover'
        ? `With ${reading.n} people, a crossover detects a true effect of ${reading.effect.toFixed(2)} SD in about ${pct(reading.powerCrossover)} of trials; a parallel trial with the same people, in about ${pct(reading.powerParallel)}.`
        : `With ${reading.n} people split into two groups, a parallel trial detects a true effect of ${reading.effect.toFixed(2)} SD in about ${pct(reading.powerParallel)} of trials; a crossover with the same people, in about ${pct(reading.powerCrossover)}.`;
  }
}

const size = (n: number | null, limit: number) =>
  n === null ? `more than ${limit.toLocaleString('en-GB')}` : n.toLocaleString('en-GB');

/** The researcher's power curve in one sentence: sizes for 80% and 90%, and power at n. */
export function labPowerCurveSummary(curve: {
  n80: number | null;
  n90: number | null;
  parallelN80: number | null;
  parallelN90: number | null;
  limit: number;
  n: number;
  powerAtN: number;
  parallelAtN: number;
}): string {
  const { limit } = curve;
  return `One analysis of everyone reaches 80% power with ${size(curve.n80, limit)} people and 90% with ${size(curve.n90, limit)}; the parallel comparison of period 1 needs ${size(curve.parallelN80, limit)} and ${size(curve.parallelN90, limit)}. At n = ${curve.n}: ${pct(curve.powerAtN)} and ${pct(curve.parallelAtN)}.`;
}
