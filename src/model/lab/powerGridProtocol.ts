/** Messages between the lab's power figure and the power-curve worker (./powerGrid.worker.ts). */
import type { PowerCurves } from './power';
import type { PowerCurveInput } from './powerGrid';
import type { LabPowerCurve } from './labPower';
import type { LabConfig } from './settings';

export interface PowerCurveRequest {
  id: number;
  /** What the answer is for (params and λ, including n): see `powerCurveRequestKey`. */
  key: string;
  params: PowerCurveInput;
  lambda: number;
}

export interface PowerCurveResponse {
  id: number;
  key: string;
  curves: PowerCurves;
}

export function powerCurveRequestKey(params: PowerCurveInput, lambda: number): string {
  const { n, effect, sd, rho, alpha, dropout } = params;
  return `${n}|${effect}|${sd}|${rho}|${alpha}|${dropout}|${lambda}`;
}

/** The researcher's lab: the primary analysis's power curve up to 1,000 people. */
export interface LabCurveRequest {
  kind: 'lab';
  id: number;
  key: string;
  config: LabConfig;
  lambda: number;
}

export interface LabCurveResponse {
  kind: 'lab';
  id: number;
  key: string;
  curve: LabPowerCurve;
}
