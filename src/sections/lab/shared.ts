/** Small formatting helpers shared by the design lab's figures. */
import type { TestResult } from '../../model/lab/simulate';

export const SIMULATED =
  'Simulated or computed by this app from the settings above — not study data.';
export const pct = (x: number) => (x === x ? `${(x * 100).toFixed(1)}%` : '—');
export const num = (x: number, digits = 2) => (x === x ? x.toFixed(digits) : '—');

export function describeTest(result: TestResult): string {
  if (!(result.df >= 1)) return 'not estimable (too few people)';
  const p = result.p < 0.001 ? 'p < 0.001' : `p = ${result.p.toFixed(3)}`;
  return `${num(result.estimate)} SD (95% CI ${num(result.lower)} to ${num(result.upper)}), ${p}`;
}
