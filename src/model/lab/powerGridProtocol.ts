/** Messages between the lab's power figure and the power-curve worker (./powerGrid.worker.ts). */
import type { PowerCurves } from './power';
import type { PowerCurveInput } from './powerGrid';

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
