/**
 * The crossover designs of the lab as data: sequences × periods → treatment (A active, B
 * control), for flow diagrams and for the simulation. Jones & Kenward, Design and Analysis of
 * Cross-Over Trials (2nd ed. 2003; 3rd ed. 2014), ch. 2–3:
 *   ab-ba     the 2×2 design, AB and BA (any allocation ratio)
 *   abb-baa   the balanced two-treatment three-period design ABB/BAA, in which the carryover
 *             difference is estimable within subjects and the treatment estimate adjusted for it
 *             is unbiased (J&K §3.3–3.5; "design 3.1")
 *   balaam    Balaam's (1968) four-sequence two-period design AB, BA, AA, BB (J&K §3.2), in
 *             which carryover is estimable from the AA and BB sequences
 *   parallel  one period, two arms
 */
import type { LabDesign } from './params';

export type CrossoverDesignId = 'ab-ba' | 'abb-baa' | 'balaam';
export type Treatment = 'A' | 'B';

export interface DesignStructure {
  id: CrossoverDesignId | 'parallel';
  periods: number;
  /** One row per sequence: its label (e.g. "ABB") and treatment in each period. */
  sequences: { label: string; treatments: Treatment[] }[];
  /** Share of people allocated to each sequence (sums to 1). */
  shares: number[];
}

const seq = (label: string) => ({ label, treatments: label.split('') as Treatment[] });

/** The sequence structure of a design; `allocation` is the share in the first sequence. */
export function designStructure(
  design: LabDesign,
  crossoverDesign: CrossoverDesignId,
  allocation = 0.5,
): DesignStructure {
  const a = Math.min(0.95, Math.max(0.05, allocation));
  if (design === 'parallel')
    return { id: 'parallel', periods: 1, sequences: [seq('A'), seq('B')], shares: [a, 1 - a] };
  if (crossoverDesign === 'abb-baa')
    return { id: 'abb-baa', periods: 3, sequences: [seq('ABB'), seq('BAA')], shares: [a, 1 - a] };
  if (crossoverDesign === 'balaam')
    return {
      id: 'balaam',
      periods: 2,
      sequences: [seq('AB'), seq('BA'), seq('AA'), seq('BB')],
      shares: [0.25, 0.25, 0.25, 0.25],
    };
  return { id: 'ab-ba', periods: 2, sequences: [seq('AB'), seq('BA')], shares: [a, 1 - a] };
}

/**
 * Sequence of person i (0-based) under deterministic, balanced-as-you-go allocation: after any
 * m people, each sequence s holds ⌈m·share_s⌉ or ⌊m·share_s⌋ of them (a low-discrepancy
 * sequence; people are exchangeable, so this is equivalent to a restricted randomisation).
 */
export function allocate(structure: DesignStructure, n: number): Uint8Array {
  const out = new Uint8Array(n);
  const counts = new Float64Array(structure.shares.length);
  for (let i = 0; i < n; i += 1) {
    // The sequence furthest behind its target share gets the next person (ties: the first).
    let best = 0;
    let bestGap = -Infinity;
    for (let s = 0; s < counts.length; s += 1) {
      const gap = (i + 1) * structure.shares[s]! - counts[s]!;
      if (gap > bestGap + 1e-9) {
        best = s;
        bestGap = gap;
      }
    }
    out[i] = best;
    counts[best]! += 1;
  }
  return out;
}
