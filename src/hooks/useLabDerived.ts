/** The lab's derived numbers (carryover, power, reading) for the current settings, computed once. */
import { useMemo } from 'react';
import { labDerived, type LabDerived } from '../model/lab/derived';
import type { LabParams } from '../model/lab/params';
import { useCurveParams } from './useLabParams';

export function useLabDerived(params: LabParams): LabDerived {
  const curve = useCurveParams();
  return useMemo(() => labDerived(params, curve), [params, curve]);
}
