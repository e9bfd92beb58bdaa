/**
 * Runs the design lab's simulations in a Web Worker and streams the totals back. A change of
 * parameters cancels the run in progress and starts a new one. Where Workers are not available
 * (the unit tests' jsdom), the same chunked job runs on the main thread between animation frames.
 */
import { useEffect, useRef, useState } from 'react';
import type { MonteCarloTotals } from '../model/lab/simulate';
import {
  runJob,
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
}

const EMPTY: MonteCarloState = { main: null, null: null, done: false, elapsedMs: null };

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

/** `jobKey` must change whenever `job` does (a stable string of its parameters). */
export function useMonteCarlo(job: SimulationJob, jobKey: string): MonteCarloState {
  const [state, setState] = useState<MonteCarloState>(EMPTY);
  const jobRef = useRef(job);
  jobRef.current = job;

  useEffect(() => {
    const id = nextId++;
    const started = performance.now();
    let active = true;
    setState(EMPTY);
    const onProgress = (message: ProgressMessage) => {
      if (!active || message.id !== id) return;
      setState({
        main: message.main,
        null: message.null,
        done: message.done,
        elapsedMs: message.done ? Math.round(performance.now() - started) : null,
      });
    };
    const worker = getWorker();
    if (worker) {
      const listener = (event: MessageEvent<ProgressMessage>) => onProgress(event.data);
      worker.addEventListener('message', listener);
      const run: RunMessage = { type: 'run', id, job: jobRef.current };
      worker.postMessage(run);
      return () => {
        active = false;
        worker.removeEventListener('message', listener);
        worker.postMessage({ type: 'cancel' });
      };
    }
    void runJob(
      jobRef.current,
      (main, nullTotals, done) =>
        onProgress({ type: 'progress', id, main, null: nullTotals, done }),
      () => active,
      () => new Promise((resolve) => setTimeout(resolve, 0)),
    );
    return () => {
      active = false;
    };
  }, [jobKey]);

  return state;
}
