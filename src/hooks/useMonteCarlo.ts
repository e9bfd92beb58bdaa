/**
 * Runs the design lab's simulations in a Web Worker and streams the totals back. A change of
 * parameters cancels the run in progress and starts a new one; `cancel()` stops it on request.
 * Where Workers are not available (the unit tests' jsdom), the same chunked job runs on the main
 * thread between timer ticks. `useMonteCarlo` runs the original AB/BA job; `useLabMonteCarlo`
 * runs the researcher's lab (any design, outcome and looks).
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { MonteCarloTotals } from '../model/lab/simulate';
import type { LabTotals } from '../model/lab/labSimulation';
import {
  labRunCsv,
  runJob,
  runLabJob,
  type LabCsvMessage,
  type LabCsvResultMessage,
  type LabJob,
  type LabProgressMessage,
  type LabRunMessage,
  type ProgressMessage,
  type RunMessage,
  type SimulationJob,
} from '../workers/simulationProtocol';

export interface MonteCarloState {
  main: MonteCarloTotals | null;
  null: MonteCarloTotals | null;
  done: boolean;
  /** Milliseconds the finished run took (null while running). */
  elapsedMs: number | null;
  /** Trials finished so far (per run) and in all. */
  trialsDone: number;
  total: number;
  /** True after `cancel()` stopped the run before it finished. */
  cancelled: boolean;
  /** Stop the run in progress (the totals so far stay). */
  cancel: () => void;
}

export interface LabMonteCarloState extends Omit<MonteCarloState, 'main' | 'null'> {
  main: LabTotals | null;
  null: LabTotals | null;
}

type Progress = { trialsDone: number; total: number; done: boolean };

let sharedWorker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!sharedWorker) {
    sharedWorker = new Worker(new URL('../workers/simulation.worker.ts', import.meta.url), {
      type: 'module',
      name: 'design-lab-simulation',
    });
  }
  return sharedWorker;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type RunState<T> = {
  main: T | null;
  null: T | null;
  done: boolean;
  elapsedMs: number | null;
  trialsDone: number;
  cancelled: boolean;
};

const EMPTY_RUN: RunState<never> = {
  main: null,
  null: null,
  done: false,
  elapsedMs: null,
  trialsDone: 0,
  cancelled: false,
};

/** One run, shared by every component that asks for the same job (the same `jobKey`). */
interface SharedRun<T> {
  state: RunState<T>;
  listeners: Set<(state: RunState<T>) => void>;
  refs: number;
  cancel: () => void;
  dispose: () => void;
}

const sharedRuns = new Map<string, SharedRun<unknown>>();

function createRun<T, M extends { id: number } & Progress>(
  start: (
    id: number,
    onMessage: (message: M) => void,
    isActive: () => boolean,
  ) => (() => void) | void,
  toTotals: (message: M) => { main: T; null: T },
): SharedRun<T> {
  const id = nextId++;
  const started = performance.now();
  let active = true;
  const run: SharedRun<T> = {
    state: EMPTY_RUN,
    listeners: new Set(),
    refs: 0,
    cancel: () => {},
    dispose: () => {},
  };
  // The streamed totals render as transitions: a key press on a slider (a discrete, urgent
  // update) is never queued behind a chunk's re-render of the histogram and tables, and a chunk
  // that arrives while an earlier one is still rendering replaces it.
  const publish = (state: RunState<T>) => {
    run.state = state;
    startTransition(() => run.listeners.forEach((listener) => listener(state)));
  };
  const onMessage = (message: M) => {
    if (!active || message.id !== id) return;
    publish({
      ...toTotals(message),
      done: message.done,
      elapsedMs: message.done ? Math.round(performance.now() - started) : null,
      trialsDone: message.trialsDone,
      cancelled: false,
    });
  };
  const worker = getWorker();
  const cancelInWorker = () => worker?.postMessage({ type: 'cancel', id });
  run.cancel = () => {
    if (!active) return;
    active = false;
    cancelInWorker();
    if (!run.state.done) publish({ ...run.state, cancelled: true });
  };
  const detach = start(id, onMessage, () => active);
  run.dispose = () => {
    active = false;
    detach?.();
    cancelInWorker();
  };
  return run;
}

/**
 * The shared streaming machinery: start a run when `jobKey` changes, stop it on change, unmount
 * or `cancel()`. `start` posts to the worker or runs in-page and returns nothing. Components that
 * ask for the same job at the same time (the estimates figure and an open lab challenge) share
 * one run: the same seed gives the same numbers anyway, so the page runs one simulation, not two.
 */
function useStreamedRun<T, M extends { id: number } & Progress>(
  kind: string,
  jobKey: string,
  total: number,
  start: (
    id: number,
    onMessage: (message: M) => void,
    isActive: () => boolean,
  ) => (() => void) | void,
  toTotals: (message: M) => { main: T; null: T },
) {
  const [state, setState] = useState<RunState<T>>(EMPTY_RUN);
  const runRef = useRef<SharedRun<T> | null>(null);
  const startRef = useRef(start);
  startRef.current = start;
  const toTotalsRef = useRef(toTotals);
  toTotalsRef.current = toTotals;

  useEffect(() => {
    const key = `${kind}:${jobKey}`;
    let run = sharedRuns.get(key) as SharedRun<T> | undefined;
    if (!run) {
      run = createRun<T, M>(
        (...args) => startRef.current(...args),
        (message) => toTotalsRef.current(message),
      );
      sharedRuns.set(key, run as SharedRun<unknown>);
    }
    const current = run;
    current.refs += 1;
    runRef.current = current;
    startTransition(() => setState(current.state));
    current.listeners.add(setState);
    return () => {
      current.listeners.delete(setState);
      current.refs -= 1;
      if (current.refs === 0) {
        sharedRuns.delete(key);
        current.dispose();
      }
    };
  }, [kind, jobKey]);

  const cancel = useCallback(() => runRef.current?.cancel(), []);
  return { ...state, total, cancel };
}

function startWith<M>(
  id: number,
  onMessage: (message: M) => void,
  isActive: () => boolean,
  post: object,
  inPage: () => void,
): (() => void) | void {
  const worker = getWorker();
  if (!worker) {
    inPage();
    return;
  }
  const listener = (event: MessageEvent<M>) => {
    if (isActive()) onMessage(event.data);
  };
  worker.addEventListener('message', listener);
  worker.postMessage({ ...post, id });
  return () => worker.removeEventListener('message', listener);
}

/** `jobKey` must change whenever `job` does (a stable string of its parameters). */
export function useMonteCarlo(job: SimulationJob, jobKey: string): MonteCarloState {
  const jobRef = useRef(job);
  jobRef.current = job;
  return useStreamedRun<MonteCarloTotals, ProgressMessage & Progress>(
    'run',
    jobKey,
    job.params.sims,
    (id, onMessage, isActive) => {
      const current = jobRef.current;
      const run: Omit<RunMessage, 'id'> = { type: 'run', job: current };
      return startWith<ProgressMessage & Progress>(
        id,
        (m) => onMessage({ ...m, trialsDone: m.trialsDone ?? 0, total: m.total ?? 0 }),
        isActive,
        run,
        () =>
          void runJob(
            current,
            (main, nullTotals, done, trialsDone, total) =>
              onMessage({ type: 'progress', id, main, null: nullTotals, done, trialsDone, total }),
            isActive,
            tick,
          ),
      );
    },
    (m) => ({ main: m.main, null: m.null }),
  );
}

/** The researcher's lab run, streamed with progress and cancellable. */
export function useLabMonteCarlo(job: LabJob, jobKey: string): LabMonteCarloState {
  const jobRef = useRef(job);
  jobRef.current = job;
  return useStreamedRun<LabTotals, LabProgressMessage>(
    'runLab',
    jobKey,
    job.config.sims,
    (id, onMessage, isActive) => {
      const current = jobRef.current;
      const run: Omit<LabRunMessage, 'id'> = { type: 'runLab', job: current };
      return startWith<LabProgressMessage>(
        id,
        onMessage,
        isActive,
        run,
        () =>
          void runLabJob(
            current,
            (progress) => onMessage({ type: 'labProgress', id, ...progress }),
            isActive,
            tick,
          ),
      );
    },
    (m) => ({ main: m.main, null: m.null }),
  );
}

/**
 * The CSV of every trial of a lab run (the same trials as `useLabMonteCarlo`'s totals), from the
 * worker (`labCsv` message) so the page stays responsive; in-page where Workers are missing.
 */
export function requestLabCsv(job: LabJob, run: 'main' | 'null'): Promise<string> {
  const worker = getWorker();
  if (!worker) return Promise.resolve(labRunCsv(job, run));
  const id = nextId++;
  return new Promise((resolve) => {
    const listener = (event: MessageEvent<LabCsvResultMessage>) => {
      if (event.data?.type !== 'labCsvResult' || event.data.id !== id) return;
      worker.removeEventListener('message', listener);
      resolve(event.data.text);
    };
    worker.addEventListener('message', listener);
    const message: LabCsvMessage = { type: 'labCsv', id, job, run };
    worker.postMessage(message);
  });
}
