// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/charts/WhyCrossoverChart';

describe('spreadLabels', () => {
  it('leaves labels far enough apart where they are', () => {
    expect(spreadLabels([10, 40, 25], 10)).toEqual([10, 40, 25]);
  });

  it('pushes close labels apart by at least the gap, centred on their marks, in the order given', () => {
    const out = spreadLabels([100, 104], 12);
    expect(out[1]! - out[0]!).toBeCloseTo(12, 9);
    expect((out[0]! + out[1]!) / 2).toBeCloseTo(102, 9);
  });

  it('never lets any two of many random labels overlap, and keeps their order', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 300;
    for (let run = 0; run < 200; run += 1) {
      const ys = Array.from({ length: 8 }, random);
      const out = spreadLabels(ys, 11);
      const order = ys.map((_, i) => i).sort((a, b) => ys[a]! - ys[b]!);
      for (let k = 1; k < order.length; k += 1) {
        expect(out[order[k]!]! - out[order[k - 1]!]!).toBeGreaterThanOrEqual(11 - 1e-9);
      }
    }
  });
});
