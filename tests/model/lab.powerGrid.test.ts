import { describe, expect, it } from 'vitest';
import { powerCurves } from '../../src/model/lab/power';
import { powerCurvesMemo } from '../../src/model/lab/powerGrid';

describe('powerCurvesMemo', () => {
  it('gives the same curves and sample sizes as powerCurves, whatever was asked before', () => {
    const base = { n: 68, effect: 0.5, sd: 1, rho: 0.5, alpha: 0.05, dropout: 0.1 };
    const asks = [
      { ...base },
      { ...base, n: 70 },
      { ...base, n: 200 },
      { ...base, rho: 0.7 },
      { ...base, n: 12, rho: 0.7 },
    ];
    for (const params of asks) {
      expect(powerCurvesMemo(params, 0.2)).toEqual(powerCurves(params, 0.2));
    }
  });
});
