/**
 * The lab's derived numbers (carryover, power, reading) for the current settings. Every lab
 * figure asks for them; they are computed once per settings, not once per figure: the last result
 * is kept and shared while the settings are the same.
 */
import { useMemo } from 'react';
import { labDerived, type LabDerived } from '../model/lab/derived';
import type { LabParams } from '../model/lab/params';
import { useCurveParams, useLiveCurveParams } from './useLabParams';
import { fractionRemaining } from '../model/effectCurve';
import { effectiveCarryover } from '../model/lab/simulate';

let last: { key: string; value: LabDerived } | null = null;

export function useLabDerived(params: LabParams): LabDerived {
  const curve = useCurveParams();
  return useMemo(() => {
    const key = JSON.stringify([params, curve]);
    if (last?.key !== key) last = { key, value: labDerived(params, curve) };
    return last.value;
  }, [params, curve]);
}

/**
 * Only the carryover the washout leaves (the controls' hint), without the power calculations:
 * cheap enough for the frame of a key press.
 */
export function useLabCarryover(params: LabParams): { remaining: number; lambda: number } {
  const curve = useLiveCurveParams();
  return useMemo(() => {
    const remaining = fractionRemaining(params.washout, curve);
    const lambda = params.design === 'crossover' ? effectiveCarryover(params, remaining) : 0;
    return { remaining, lambda };
  }, [params, curve]);
}
