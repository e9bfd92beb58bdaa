/**
 * The design lab's one-sentence, plain-language reading of the current design (in the spirit of
 * R Psychologist's "common language" summaries). Pure: numbers in, sentence out.
 */
import type { LabParams } from './params';

export interface InterpretationInput {
  params: LabParams;
  /** Carryover present in period 2 after the washout (λ). */
  lambda: number;
  /** Analytic power of the crossover and of the parallel design. */
  powerCrossover: number;
  powerParallel: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const sd = (x: number) => `${Math.abs(x).toFixed(2)} SD`;

export function labInterpretation({
  params,
  lambda,
  powerCrossover,
  powerParallel,
}: InterpretationInput): string {
  const { design, n, effect, washout, alpha } = params;
  const days = washout === 1 ? 'one-day' : `${washout}-day`;
  if (design === 'crossover' && Math.abs(lambda / 2) >= 0.005) {
    const direction = effect >= 0 ? 'weaker' : 'stronger';
    return `With a ${days} washout, carryover makes the active treatment look ${sd(lambda / 2)} ${direction} than it is: on average the crossover estimates ${(effect - lambda / 2).toFixed(2)} SD instead of ${effect.toFixed(2)} SD.`;
  }
  if (effect === 0) {
    return `With no true effect, about ${pct(alpha)} of trials would still come out "significant" by chance — that is what α = ${alpha} means.`;
  }
  if (design === 'crossover') {
    return `With ${n} people, a crossover detects a true effect of ${effect.toFixed(2)} SD in about ${pct(powerCrossover)} of trials; a parallel trial with the same people, in about ${pct(powerParallel)}.`;
  }
  return `With ${n} people split into two groups, a parallel trial detects a true effect of ${effect.toFixed(2)} SD in about ${pct(powerParallel)} of trials; a crossover with the same people, in about ${pct(powerCrossover)}.`;
}
