/**
 * Exact (Clopper–Pearson) confidence interval for a proportion x/n.
 *   lower = Beta⁻¹(α/2; x, n − x + 1)       (0 when x = 0)
 *   upper = Beta⁻¹(1 − α/2; x + 1, n − x)   (1 when x = n)
 * Clopper CJ, Pearson ES. Biometrika 1934;26:404–413. Beta quantiles from jStat.
 * It is "exact" in the sense that its coverage is never below the nominal level.
 */
import { jStat } from './stats';

export interface ProportionInterval {
  x: number;
  n: number;
  estimate: number;
  lower: number;
  upper: number;
  level: number;
}

export function clopperPearson(x: number, n: number, level = 0.95): ProportionInterval {
  if (!Number.isInteger(x) || !Number.isInteger(n) || n <= 0 || x < 0 || x > n) {
    throw new RangeError(`clopperPearson needs whole numbers 0 ≤ x ≤ n, n > 0 (got ${x}/${n})`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError('level must be between 0 and 1');
  const alpha = 1 - level;
  const lower = x === 0 ? 0 : jStat.beta.inv(alpha / 2, x, n - x + 1);
  const upper = x === n ? 1 : jStat.beta.inv(1 - alpha / 2, x + 1, n - x);
  return { x, n, estimate: x / n, lower, upper, level };
}

/** "58%" */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
