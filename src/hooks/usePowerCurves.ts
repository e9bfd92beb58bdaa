/**
 * The lab's analytic power curves for the current settings, computed in a small worker of their
 * own (src/model/lab/powerGrid.worker.ts) so a slider press never waits for the noncentral-t work.
 * While a new answer is on its way the last curves stay drawn (the caller marks the current n
 * itself); the new ones replace them as soon as they arrive, normally within a frame or two.
 * Where Workers are missing (the unit tests' jsdom) the same memoised function runs in place.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { PowerCurves } from '../model/lab/power';
import { powerCurvesMemo, type PowerCurveInput } from '../model/lab/powerGrid';
import {
  powerCurveRequestKey,
  type LabCurveRequest,
  type LabCurveResponse,
  type PowerCurveRequest,
  type PowerCurveResponse,
} from '../model/lab/powerGridProtocol';
import { labPowerCurve, type LabPowerCurve } from '../model/lab/labPower';
import type { LabConfig } from '../model/lab/settings';

let worker: Worker | null = null;
let nextId = 1;
/** The last answer, shared so a remounted figure starts from it. */
let lastAnswer: { key: string; curves: PowerCurves } | null = null;

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('../model/lab/powerGrid.worker.ts', import.meta.url), {
      type: 'module',
      name: 'design-lab-power',
    });
  }
  return worker;
}

export interface PowerCurvesState {
  curves: PowerCurves | null;
  /** Whether `curves` are for the settings asked for (false while a new answer is computed). */
  current: boolean;
}

export function usePowerCurves(params: PowerCurveInput, lambda: number): PowerCurvesState {
  const { n, effect, sd, rho, alpha, dropout } = params;
  const key = powerCurveRequestKey({ n, effect, sd, rho, alpha, dropout }, lambda);
  const inPlace = typeof Worker === 'undefined';
  const sync = useMemo(
    () => (inPlace ? powerCurvesMemo({ n, effect, sd, rho, alpha, dropout }, lambda) : null),
    [inPlace, n, effect, sd, rho, alpha, dropout, lambda],
  );
  const [answer, setAnswer] = useState(lastAnswer);

  useEffect(() => {
    const target = getWorker();
    if (!target) return;
    if (lastAnswer?.key === key) {
      setAnswer(lastAnswer);
      return;
    }
    const request: PowerCurveRequest = {
      id: nextId++,
      key,
      params: { n, effect, sd, rho, alpha, dropout },
      lambda,
    };
    return askUntilAnswered(target, request, isCurvesResponse, (data) => {
      lastAnswer = { key: data.key, curves: data.curves };
      const next = lastAnswer;
      // A transition: a slider's key press is never queued behind the curves' re-render.
      startTransition(() => setAnswer(next));
    });
  }, [key, n, effect, sd, rho, alpha, dropout, lambda]);

  if (sync) return { curves: sync, current: true };
  return { curves: answer?.curves ?? null, current: answer?.key === key };
}

type Response = PowerCurveResponse | LabCurveResponse;
const isCurvesResponse = (data: Response): data is PowerCurveResponse => !('kind' in data);
const isLabResponse = (data: Response): data is LabCurveResponse => 'kind' in data;

/**
 * Posts `request` and calls `onAnswer` with the worker's answer for its key. The worker answers
 * only the latest request of a kind: when another figure's later request (two lab figures at their
 * own settings, as in the lecture handout) superseded this one, it asks again. Returns the cleanup.
 */
function askUntilAnswered<Q extends { id: number; key: string }, R extends Response>(
  target: Worker,
  request: Q,
  isMine: (data: Response) => data is R,
  onAnswer: (data: R) => void,
): () => void {
  let posted = request.id;
  let answered = false;
  const onMessage = (event: MessageEvent<Response>) => {
    const data = event.data;
    if (!isMine(data)) return;
    if (data.key !== request.key) {
      if (!answered && data.id > posted) {
        posted = nextId++;
        target.postMessage({ ...request, id: posted });
      }
      return;
    }
    answered = true;
    onAnswer(data);
  };
  target.addEventListener('message', onMessage);
  target.postMessage(request);
  return () => target.removeEventListener('message', onMessage);
}

/** The last answer for the researcher's lab, shared so a remounted figure starts from it. */
let lastLabAnswer: { key: string; curve: LabPowerCurve } | null = null;

/**
 * The researcher's power curve (primary analysis and parallel comparison, up to 1,000 people) from
 * the same worker; the last curve stays drawn while a new one is computed. In place without Workers.
 */
export function useLabPowerCurve(
  config: LabConfig,
  lambda: number,
): { curve: LabPowerCurve | null; current: boolean } {
  const key = JSON.stringify([{ ...config, sims: 0, seed: 0 }, lambda]);
  const inPlace = typeof Worker === 'undefined';
  const sync = useMemo(
    () => (inPlace ? labPowerCurve(config, lambda) : null),
    // The key holds every input that matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [inPlace, key],
  );
  const [answer, setAnswer] = useState(lastLabAnswer);

  useEffect(() => {
    const target = getWorker();
    if (!target) return;
    if (lastLabAnswer?.key === key) {
      setAnswer(lastLabAnswer);
      return;
    }
    const request: LabCurveRequest = { kind: 'lab', id: nextId++, key, config, lambda };
    return askUntilAnswered(target, request, isLabResponse, (data) => {
      lastLabAnswer = { key: data.key, curve: data.curve };
      const next = lastLabAnswer;
      startTransition(() => setAnswer(next));
    });
    // The key holds every input that matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (sync) return { curve: sync, current: true };
  return { curve: answer?.curve ?? null, current: answer?.key === key };
}
