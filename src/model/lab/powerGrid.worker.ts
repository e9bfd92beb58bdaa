/// <reference lib="webworker" />
/**
 * The lab's analytic power curves off the main thread (a few hundred noncentral-t evaluations when
 * the effect, SD, ρ, α, dropout or carryover change). Only the latest request is answered: requests
 * that arrive while one is being computed supersede each other.
 */
import { powerCurvesMemo } from './powerGrid';
import type { PowerCurveRequest, PowerCurveResponse } from './powerGridProtocol';

let pending: PowerCurveRequest | null = null;
let scheduled = false;

function computeLatest() {
  scheduled = false;
  const request = pending;
  pending = null;
  if (!request) return;
  const curves = powerCurvesMemo(request.params, request.lambda);
  const response: PowerCurveResponse = { id: request.id, key: request.key, curves };
  (self as unknown as Worker).postMessage(response);
}

self.onmessage = (event: MessageEvent<PowerCurveRequest>) => {
  pending = event.data;
  if (!scheduled) {
    scheduled = true;
    // Let any newer request queued behind this one arrive first.
    setTimeout(computeLatest, 0);
  }
};
