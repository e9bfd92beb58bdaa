/**
 * The design lab's settings for researchers (issue #18), beside the original `LabParams`: the
 * outcome type, the crossover design, allocation, response probabilities, interim looks and the
 * spending rule. Each field is described as data — range, step, default, one-line description —
 * so the document-field table can derive the URL codec, clamps and sliders from it.
 *
 * Units: probabilities in [0, 1]; `allocation` is the fraction of people in the first sequence
 * (AB; ABB), used by the two-sequence designs and the parallel design's arm A.
 */
import type { Spending } from './groupSequential';
import type { CrossoverDesignId } from './designs';
import type { LabParams } from './params';

export type Outcome = 'continuous' | 'binary';

export interface LabSettings {
  outcome: Outcome;
  crossoverDesign: CrossoverDesignId;
  allocation: number;
  pControl: number;
  pActive: number;
  interimLooks: number;
  /** Share of people at the first interim look; 0 = the looks equally spaced. */
  firstLook: number;
  spending: Spending;
}

export const DEFAULT_LAB_SETTINGS: Readonly<LabSettings> = Object.freeze({
  outcome: 'continuous',
  crossoverDesign: 'ab-ba',
  allocation: 0.5,
  pControl: 0.3,
  pActive: 0.55,
  interimLooks: 0,
  firstLook: 0,
  spending: 'obf',
});

type NumberField = {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  decimals: number;
  default: number;
  description: string;
};
type ChoiceField<T extends string> = {
  kind: 'choice';
  values: readonly T[];
  default: T;
  description: string;
};

/** One entry per setting: what the document-field table needs. */
export const LAB_SETTINGS_FIELDS: {
  outcome: ChoiceField<Outcome>;
  crossoverDesign: ChoiceField<CrossoverDesignId>;
  allocation: NumberField;
  pControl: NumberField;
  pActive: NumberField;
  interimLooks: NumberField;
  firstLook: NumberField;
  spending: ChoiceField<Spending>;
} = {
  outcome: {
    kind: 'choice',
    values: ['continuous', 'binary'],
    default: 'continuous',
    description: 'A measured score (normal) or a yes/no response in each period.',
  },
  crossoverDesign: {
    kind: 'choice',
    values: ['ab-ba', 'abb-baa', 'balaam'],
    default: 'ab-ba',
    description:
      'AB/BA; three periods ABB/BAA (carryover estimable); or four sequences AB, BA, AA, BB.',
  },
  allocation: {
    kind: 'number',
    min: 0.1,
    max: 0.9,
    step: 0.05,
    decimals: 2,
    default: 0.5,
    description: 'Share of people given the first sequence (AB or ABB) or, in a parallel trial, A.',
  },
  pControl: {
    kind: 'number',
    min: 0.01,
    max: 0.99,
    step: 0.01,
    decimals: 2,
    default: 0.3,
    description: 'Chance of a response in a period on the control condition (binary outcome).',
  },
  pActive: {
    kind: 'number',
    min: 0.01,
    max: 0.99,
    step: 0.01,
    decimals: 2,
    default: 0.55,
    description: 'Chance of a response in a period on the active condition (binary outcome).',
  },
  interimLooks: {
    kind: 'number',
    min: 0,
    max: 3,
    step: 1,
    decimals: 0,
    default: 0,
    description:
      'Interim analyses before the final one (the original single look is interimLooks = 1).',
  },
  firstLook: {
    kind: 'number',
    min: 0,
    max: 0.9,
    step: 0.01,
    decimals: 2,
    default: 0,
    description:
      'Share of people at the first interim look, the later looks equally spaced after it; 0 = all looks equally spaced.',
  },
  spending: {
    kind: 'choice',
    values: ['obf', 'pocock', 'naive'],
    default: 'obf',
    description:
      'Stopping rule: O’Brien–Fleming-type or Pocock-type α spending, or naive p < α at every look.',
  },
};

/** Larger limits for the researcher's lab (the original LAB_LIMITS stay as they are). */
export const LAB_SCALE_LIMITS = {
  n: { min: 4, max: 1000 },
  sims: { min: 100, max: 100_000 },
} as const;

/** The original parameters and the new settings together: what the new lab functions take. */
export type LabConfig = LabParams & LabSettings;
