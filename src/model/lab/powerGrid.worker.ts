/// <reference lib="webworker" />
/**
 * The lab's analytic power curves off the main thread (a few hundred noncentral-t evaluations when
 * the effect, SD, ρ, α, dropout or carryover change), for the original figure and for the
 * researcher's lab (its primary analysis up to 1,000 people). Only the latest request of each
 * kind is answered: requests that arrive while one is being computed supersede each other.
 */
import { powerCurvesMemo } from './powerGrid';
import { labPowerCurve } from './labPower';
import type {
  LabCurveRequest,
  LabCurveResponse,
  PowerCurveRequest,
  PowerCurveResponse,
} from './powerGridProtocol';

let pending: PowerCurveRequest | null = null;
let pendingLab: LabCurveRequest | null = null;
let scheduled = false;

function computeLatest() {
  scheduled = false;
  const request = pending;
  const labRequest = pendingLab;
  pending = null;
  pendingLab = null;
  if (request) {
    const curves = powerCurvesMemo(request.params, request.lambda);
    const response: PowerCurveResponse = { id: request.id, key: request.key, curves };
    (self as unknown as Worker).postMessage(response);
  }
  if (labRequest) {
    const curve = labPowerCurve(labRequest.config, labRequest.lambda);
    const response: LabCurveResponse = {
      kind: 'lab',
      id: labRequest.id,
      key: labRequest.key,
      curve,
    };
    (self as unknown as Worker).postMessage(response);
  }
}

self.onmessage = (event: MessageEvent<PowerCurveRequest | LabCurveRequest>) => {
  const data = event.data;
  if ('kind' in data && data.kind === 'lab') pendingLab = data;
  else pending = data as PowerCurveRequest;
  if (!scheduled) {
    scheduled = true;
    // Let any newer request queued behind this one arrive first.
    setTimeout(computeLatest, 0);
  }
};
