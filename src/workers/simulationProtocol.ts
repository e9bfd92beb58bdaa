/**
 * Messages between the design lab and its simulation worker. Shared by the worker, the hook and
 * the in-page fallback (used where Workers are missing, e.g. the unit tests' jsdom).
 */
import type { LabParams } from '../model/lab/params';
import type { LabConfig } from '../model/lab/settings';
import {
  emptyLabTotals,
  lookSizes,
  mergeLabTotals,
  nullConfig,
  simulateLab,
  simulateLabRows,
  type LabTotals,
} from '../model/lab/labSimulation';
import { labTrialsCsv } from '../model/lab/labCsv';
import {
  emptyTotals,
  mergeTotals,
  simulateMany,
  type MonteCarloTotals,
} from '../model/lab/simulate';

export interface SimulationJob {
  params: LabParams;
  /** Carryover present in period 2 under the alternative. */
  lambda: number;
}

export interface RunMessage {
  type: 'run';
  id: number;
  job: SimulationJob;
}

export interface CancelMessage {
  type: 'cancel';
  /** The run to stop; without it, every run in progress. */
  id?: number;
}

export interface ProgressMessage {
  type: 'progress';
  id: number;
  /** Totals so far with the chosen effect, and under the null (τ = 0, no carryover). */
  main: MonteCarloTotals;
  null: MonteCarloTotals;
  done: boolean;
  /** Trials finished so far and in all (added; older listeners may ignore them). */
  trialsDone?: number;
  total?: number;
}

/** Trials per chunk: small enough to stream and cancel quickly, large enough to be efficient. */
export const CHUNK = 500;

/** Offset for the null-hypothesis trials, so they use different random streams. */
export const NULL_SEED_OFFSET = 7_919;

/**
 * Run a job in chunks, reporting cumulative totals after each; stops as soon as `isCurrent`
 * turns false. `yieldToEvents` lets cancellation messages arrive between chunks.
 */
export async function runJob(
  job: SimulationJob,
  report: (
    main: MonteCarloTotals,
    nullTotals: MonteCarloTotals,
    done: boolean,
    trialsDone: number,
    total: number,
  ) => void,
  isCurrent: () => boolean,
  yieldToEvents: () => Promise<void>,
): Promise<void> {
  const { params, lambda } = job;
  const nullParams: LabParams = {
    ...params,
    effect: 0,
    seed: (params.seed + NULL_SEED_OFFSET) >>> 0,
  };
  let main = emptyTotals();
  let nullTotals = emptyTotals();
  for (let from = 0; from < params.sims; from += CHUNK) {
    const to = Math.min(params.sims, from + CHUNK);
    main = mergeTotals(main, simulateMany(params, lambda, from, to));
    nullTotals = mergeTotals(nullTotals, simulateMany(nullParams, 0, from, to));
    if (!isCurrent()) return;
    report(main, nullTotals, to >= params.sims, to, params.sims);
    await yieldToEvents();
    if (!isCurrent()) return;
  }
}

/* ---- The researcher's lab (labSimulation.ts): any design, outcome and number of looks. ---- */

export interface LabJob {
  config: LabConfig;
  /** Carryover present after A under the alternative. */
  lambda: number;
}

export interface LabRunMessage {
  type: 'runLab';
  id: number;
  job: LabJob;
}

export interface LabCsvMessage {
  type: 'labCsv';
  id: number;
  job: LabJob;
  /** Which run: the chosen effect, or the null (type I error) run. */
  run: 'main' | 'null';
}

export interface LabProgressMessage {
  type: 'labProgress';
  id: number;
  main: LabTotals;
  null: LabTotals;
  /** Trials finished in each run so far, and in all. */
  trialsDone: number;
  total: number;
  done: boolean;
}

export interface LabCsvResultMessage {
  type: 'labCsvResult';
  id: number;
  text: string;
}

/** Trials per chunk for n people: about 200,000 people per chunk (tens of milliseconds). */
export function labChunkSize(n: number): number {
  return Math.max(20, Math.min(5000, Math.round(200_000 / Math.max(1, n))));
}

/** Run a lab job in chunks (streaming cumulative totals), stopping when `isCurrent` turns false. */
export async function runLabJob(
  job: LabJob,
  report: (message: Omit<LabProgressMessage, 'type' | 'id'>) => void,
  isCurrent: () => boolean,
  yieldToEvents: () => Promise<void>,
): Promise<void> {
  const { config, lambda } = job;
  const total = Math.max(0, Math.round(config.sims));
  const looks = lookSizes(config.n, config.interimLooks, config.firstLook).length;
  const nullJob = nullConfig(config, NULL_SEED_OFFSET);
  const chunk = labChunkSize(config.n);
  let main = emptyLabTotals(looks);
  let nullTotals = emptyLabTotals(looks);
  for (let from = 0; from < total; from += chunk) {
    const to = Math.min(total, from + chunk);
    main = mergeLabTotals(main, simulateLab(config, lambda, from, to));
    nullTotals = mergeLabTotals(nullTotals, simulateLab(nullJob, 0, from, to));
    if (!isCurrent()) return;
    report({ main, null: nullTotals, trialsDone: to, total, done: to >= total });
    await yieldToEvents();
    if (!isCurrent()) return;
  }
  if (total === 0) report({ main, null: nullTotals, trialsDone: 0, total, done: true });
}

/** CSV of every trial of a run: the same trials, and so the same numbers, as `runLabJob`. */
export function labRunCsv(job: LabJob, run: 'main' | 'null'): string {
  const config = run === 'main' ? job.config : nullConfig(job.config, NULL_SEED_OFFSET);
  const lambda = run === 'main' ? job.lambda : 0;
  return labTrialsCsv(config, lambda, simulateLabRows(config, lambda, 0, config.sims));
}
