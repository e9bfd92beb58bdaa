/**
 * The researcher's lab simulation: any of the lab's designs (AB/BA with any allocation, ABB/BAA,
 * Balaam's AB/BA/AA/BB, or parallel), a continuous or binary outcome, and up to three interim
 * looks with a group-sequential stopping rule. Trial k's data depend only on (seed, k), so runs
 * split into chunks anywhere give the same totals, and a CSV export regenerates the same trials.
 *
 * Data (person i in sequence s, period p; latent-SD units for binary outcomes):
 *   continuous  y = σ√ρ·z₀ + σ√(1−ρ)·z_p + τ·[A] + π·[p > 1] + λ·[previous period on A]
 *   binary      Y = 1 when √ρ·z₀ + √(1−ρ)·z_p < Φ⁻¹(p_A or p_B) + π·[p > 1] + λ·[after A]
 * with z₀, z_p independent standard normals (so 1 + P normals per person). A person leaves
 * after period 1 with probability `dropout` (then only the parallel analysis uses them).
 *
 * Primary analysis, at every look (people enrolled so far, all periods observed):
 *   crossover, continuous             within-subject contrast t-test (contrasts.ts; J&K ch. 2–3)
 *   crossover, binary, two periods    Mainland–Gart test (binary.ts)
 *   crossover, binary, ABB/BAA        the contrast t-test on the 0/1 responses (a large-sample,
 *                                     risk-difference-scale approximation)
 *   parallel                          period 1 only: t-test, or two-proportion z test
 * A look rejects H0 when its p-value is below the look's nominal level 2(1 − Φ(c_k)) from
 * groupSequential.ts (for t statistics: |t| ≥ t_{df, 1 − p_k/2}).
 * Secondary analyses, on all n people without looks: the fixed-size primary test at α, the
 * parallel comparison, the carryover test and (binary, two periods) McNemar's test.
 */
import { jStat } from '../stats';
import { createRng, trialSeed, type Rng } from './random';
import { designStructure, allocate, type DesignStructure } from './designs';
import {
  carryoverContrast,
  contrastWeights,
  treatmentContrast,
  type ContrastModel,
} from './contrasts';
import { mainlandGartZ } from './binary';
import { groupSequentialBoundary, type GroupSequentialDesign } from './groupSequential';
import type { LabConfig } from './settings';

const PhiInv = (p: number) => jStat.normal.inv(p, 0, 1);

export type PrimaryAnalysis = 'contrast-t' | 'mainland-gart' | 'parallel-t' | 'two-proportion';

/** Which primary analysis a configuration uses (see the header). */
export function primaryAnalysis(
  config: Pick<LabConfig, 'design' | 'outcome' | 'crossoverDesign'>,
): PrimaryAnalysis {
  const binary = config.outcome === 'binary';
  if (config.design === 'parallel') return binary ? 'two-proportion' : 'parallel-t';
  if (binary && config.crossoverDesign !== 'abb-baa') return 'mainland-gart';
  return 'contrast-t';
}

/**
 * People analysed at each look, increasing, the last = n. With `firstLook` = 0 the K analyses
 * are equally spaced, round(n·k/K) (at least 4); with `firstLook` = f the first interim look is at
 * max(4, min(n − 2, round(n·f))) people (the original lab's single look) and the later interim
 * looks are equally spaced between it and the final analysis.
 */
export function lookSizes(n: number, interimLooks: number, firstLook = 0): number[] {
  const K = Math.max(1, Math.min(4, Math.round(interimLooks) + 1));
  const first = firstLook > 0 ? Math.max(4, Math.min(n - 2, Math.round(n * firstLook))) : 0;
  const sizes: number[] = [];
  for (let k = 1; k <= K; k += 1) {
    const size =
      k === K
        ? n
        : first > 0
          ? Math.round(first + ((n - first) * (k - 1)) / (K - 1))
          : Math.max(4, Math.round((n * k) / K));
    if (size > (sizes[sizes.length - 1] ?? 0) && size < n) sizes.push(size);
    else if (k === K) sizes.push(n);
  }
  return sizes;
}

/** The group-sequential design a configuration uses (fractions from the actual look sizes). */
export function labSequentialDesign(config: LabConfig): GroupSequentialDesign {
  const sizes = lookSizes(config.n, config.interimLooks, config.firstLook);
  return groupSequentialBoundary({
    alpha: config.alpha,
    fractions: sizes.map((s) => s / config.n),
    spending: config.spending,
    sided: 2,
  });
}

/* Accumulator layout: per sequence s (≤ 4) at 7s: count, Σv, Σv², Σvc, Σvc², n10, n01;
 * arms (by period-1 treatment, A = 0) at 28 + 3a: count, Σy₁, Σy₁²; McNemar at 34: pairs, b, c. */
const SEQ = 7;
const ARMS = 28;
const MCN = 34;
const ACC = 37;

interface Plan {
  config: LabConfig;
  structure: DesignStructure;
  S: number;
  P: number;
  seqOf: Uint8Array;
  /** Continuous: mean of y; binary: the threshold; per (s, p) at s·P + p. */
  shift: Float64Array;
  u: Float64Array;
  uc: Float64Array;
  tauModel: ContrastModel;
  carryModel: ContrastModel;
  firstArm: Uint8Array;
  /** Per sequence: period index on A and on B for McNemar, or −1. */
  periodA: Int8Array;
  periodB: Int8Array;
  /** Per sequence: 0 = AB, 1 = BA in the Mainland–Gart table, −1 = not used. */
  mgRow: Int8Array;
  binary: boolean;
  primary: PrimaryAnalysis;
  lookN: number[];
  design: GroupSequentialDesign;
  sdPerson: number;
  sdNoise: number;
}

function makePlan(config: LabConfig, lambda: number): Plan {
  const structure = designStructure(config.design, config.crossoverDesign, config.allocation);
  const S = structure.sequences.length;
  const P = structure.periods;
  const binary = config.outcome === 'binary';
  const shift = new Float64Array(S * P);
  const firstArm = new Uint8Array(S);
  const periodA = new Int8Array(S).fill(-1);
  const periodB = new Int8Array(S).fill(-1);
  const mgRow = new Int8Array(S).fill(-1);
  structure.sequences.forEach((sq, s) => {
    firstArm[s] = sq.treatments[0] === 'A' ? 0 : 1;
    sq.treatments.forEach((t, p) => {
      const base = binary
        ? PhiInv(t === 'A' ? config.pActive : config.pControl)
        : t === 'A'
          ? config.effect
          : 0;
      const carry = p > 0 && sq.treatments[p - 1] === 'A' ? lambda : 0;
      shift[s * P + p] = base + (p > 0 ? config.period : 0) + carry;
    });
    if (P === 2) {
      const a = sq.treatments.indexOf('A');
      const b = sq.treatments.indexOf('B');
      if (a >= 0 && b >= 0) {
        periodA[s] = a;
        periodB[s] = b;
        mgRow[s] = a === 0 ? 0 : 1;
      }
    }
  });
  const tauModel = treatmentContrast(structure);
  const carryModel = carryoverContrast(structure);
  const lookN = lookSizes(config.n, config.interimLooks, config.firstLook);
  const sd = binary ? 1 : config.sd;
  return {
    config,
    structure,
    S,
    P,
    seqOf: allocate(structure, config.n),
    shift,
    u: Float64Array.from(P === 3 ? [2, -1, -1] : P === 2 ? [1, -1] : [0]),
    uc: Float64Array.from(carryModel.u.length === P ? carryModel.u : new Array(P).fill(0)),
    tauModel,
    carryModel,
    firstArm,
    periodA,
    periodB,
    mgRow,
    binary,
    primary: primaryAnalysis(config),
    lookN,
    design: labSequentialDesign(config),
    sdPerson: sd * Math.sqrt(config.rho),
    sdNoise: sd * Math.sqrt(1 - config.rho),
  };
}

const planCache = new Map<string, Plan>();
function getPlan(config: LabConfig, lambda: number): Plan {
  const key = JSON.stringify(config) + lambda;
  const hit = planCache.get(key);
  if (hit) return hit;
  const plan = makePlan(config, lambda);
  if (planCache.size > 16) planCache.clear();
  planCache.set(key, plan);
  return plan;
}

/** Draw one trial, accumulating sums; snapshot the accumulator at each look. */
function drawTrial(plan: Plan, rng: Rng, acc: Float64Array, looks: Float64Array) {
  acc.fill(0);
  const { seqOf, shift, u, uc, P, binary, sdPerson, sdNoise, lookN, firstArm } = plan;
  const { periodA, mgRow } = plan;
  const dropout = plan.config.dropout;
  const n = plan.config.n;
  let look = 0;
  let nextLook = lookN[0]!;
  for (let i = 0; i < n; i += 1) {
    const s = seqOf[i]!;
    const person = sdPerson * rng.normal();
    const o = s * P;
    // Contrasts are accumulated as the periods are drawn; only periods 1–2 are kept by name.
    let v = 0;
    let vc = 0;
    let y1 = 0;
    let y2 = 0;
    if (binary) {
      for (let p = 0; p < P; p += 1) {
        if (person + sdNoise * rng.normal() < shift[o + p]!) {
          v += u[p]!;
          vc += uc[p]!;
          if (p === 0) y1 = 1;
          else if (p === 1) y2 = 1;
        }
      }
    } else {
      for (let p = 0; p < P; p += 1) {
        const yp = person + sdNoise * rng.normal() + shift[o + p]!;
        v += u[p]! * yp;
        vc += uc[p]! * yp;
        if (p === 0) y1 = yp;
        else if (p === 1) y2 = yp;
      }
    }
    const arm = ARMS + 3 * firstArm[s]!;
    acc[arm]! += 1;
    acc[arm + 1]! += y1;
    acc[arm + 2]! += y1 * y1;
    if (P > 1 && (dropout === 0 || rng.next() >= dropout)) {
      const b = SEQ * s;
      acc[b]! += 1;
      acc[b + 1]! += v;
      acc[b + 2]! += v * v;
      acc[b + 3]! += vc;
      acc[b + 4]! += vc * vc;
      if (binary && P === 2 && mgRow[s]! >= 0) {
        if (y1 !== y2) acc[b + (y1 === 1 ? 5 : 6)]! += 1;
        const onA = periodA[s] === 0 ? y1 : y2;
        const onB = periodA[s] === 0 ? y2 : y1;
        acc[MCN]! += 1;
        if (onA !== onB) acc[MCN + (onA === 1 ? 1 : 2)]! += 1;
      }
    }
    if (i + 1 === nextLook) {
      looks.set(acc, look * ACC);
      look += 1;
      nextLook = lookN[look] ?? -1;
    }
  }
}

/** One analysis' result: estimate, SE, statistic (t or z) and df (Infinity for z tests). */
export interface Stat {
  estimate: number;
  se: number;
  stat: number;
  df: number;
}

const weightsScratch = new Float64Array(4);
const countsScratch = new Float64Array(4);
const meansScratch = new Float64Array(4);

/** Contrast t-test from an accumulator; `field` 1 = treatment contrast v, 3 = carryover vc. */
function contrastStat(
  plan: Plan,
  acc: Float64Array,
  offset: number,
  model: ContrastModel,
  out: Stat,
) {
  let N = 0;
  let ssw = 0;
  for (let s = 0; s < plan.S; s += 1) {
    const b = SEQ * s;
    const c = acc[b]!;
    countsScratch[s] = c;
    N += c;
    const m = c > 0 ? acc[b + offset]! / c : 0;
    meansScratch[s] = m;
    ssw += acc[b + offset + 1]! - c * m * m;
  }
  const df = N - plan.S;
  const factor = df >= 1 ? contrastWeights(model, countsScratch, weightsScratch) : NaN;
  if (!(factor > 0)) {
    out.estimate = out.se = out.stat = NaN;
    out.df = 0;
    return;
  }
  let estimate = 0;
  for (let s = 0; s < plan.S; s += 1) estimate += weightsScratch[s]! * meansScratch[s]!;
  const se = Math.sqrt((Math.max(ssw, 0) / df) * factor);
  out.estimate = estimate;
  out.se = se;
  out.stat = estimate / se;
  out.df = df;
}

function parallelStat(plan: Plan, acc: Float64Array, out: Stat) {
  const nA = acc[ARMS]!;
  const nB = acc[ARMS + 3]!;
  const sA = acc[ARMS + 1]!;
  const sB = acc[ARMS + 4]!;
  out.estimate = out.se = out.stat = NaN;
  out.df = 0;
  if (!(nA > 0 && nB > 0)) return;
  const mA = sA / nA;
  const mB = sB / nB;
  if (plan.binary) {
    const pooled = (sA + sB) / (nA + nB);
    const seNull = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
    out.estimate = mA - mB;
    out.se = Math.sqrt((mA * (1 - mA)) / nA + (mB * (1 - mB)) / nB);
    out.stat = seNull > 0 ? (mA - mB) / seNull : NaN;
    out.df = Infinity;
    return;
  }
  const df = nA + nB - 2;
  if (df < 1) return;
  const ssw = acc[ARMS + 2]! - nA * mA * mA + (acc[ARMS + 5]! - nB * mB * mB);
  const se = Math.sqrt((Math.max(ssw, 0) / df) * (1 / nA + 1 / nB));
  out.estimate = mA - mB;
  out.se = se;
  out.stat = (mA - mB) / se;
  out.df = df;
}

function mainlandGartStat(plan: Plan, acc: Float64Array, out: Stat) {
  // a, b: AB people with (1,0), (0,1); c, d: the same in BA.
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let s = 0; s < plan.S; s += 1) {
    const row = plan.mgRow[s]!;
    if (row === 0) {
      a += acc[SEQ * s + 5]!;
      b += acc[SEQ * s + 6]!;
    } else if (row === 1) {
      c += acc[SEQ * s + 5]!;
      d += acc[SEQ * s + 6]!;
    }
  }
  const z = mainlandGartZ(a, b, c, d);
  const k = a === 0 || b === 0 || c === 0 || d === 0 ? 0.5 : 0;
  out.estimate = z === z ? 0.5 * Math.log(((a + k) * (d + k)) / ((b + k) * (c + k))) : NaN;
  out.se = 0.5 * Math.sqrt(1 / (a + k) + 1 / (b + k) + 1 / (c + k) + 1 / (d + k));
  out.stat = z;
  out.df = Infinity;
}

function mcnemarStat(acc: Float64Array, out: Stat) {
  const n = acc[MCN]!;
  const b = acc[MCN + 1]!;
  const c = acc[MCN + 2]!;
  if (!(b + c > 0)) {
    out.estimate = out.se = out.stat = NaN;
    out.df = 0;
    return;
  }
  out.estimate = (b - c) / n;
  out.se = Math.sqrt(Math.max(0, b + c - ((b - c) * (b - c)) / n)) / n;
  out.stat = (b - c) / Math.sqrt(b + c);
  out.df = Infinity;
}

function primaryStat(plan: Plan, acc: Float64Array, out: Stat) {
  if (plan.primary === 'mainland-gart') mainlandGartStat(plan, acc, out);
  else if (plan.primary === 'contrast-t') contrastStat(plan, acc, 1, plan.tauModel, out);
  else parallelStat(plan, acc, out);
}

const tCache = new Map<number, Float64Array>();
const zCache = new Map<number, number>();
/** Critical |t| for a two-sided nominal level p at df (Infinity → normal); memoised lazily. */
function criticalValue(p: number, df: number): number {
  if (!(df >= 1)) return NaN;
  if (df === Infinity || df > 5000) {
    let z = zCache.get(p);
    if (z === undefined) {
      z = PhiInv(1 - p / 2);
      if (zCache.size > 64) zCache.clear();
      zCache.set(p, z);
    }
    return z;
  }
  let table = tCache.get(p);
  if (!table) {
    if (tCache.size > 64) tCache.clear();
    table = new Float64Array(5001).fill(NaN);
    tCache.set(p, table);
  }
  const d = Math.floor(df);
  let v = table[d]!;
  if (v !== v) {
    v = jStat.studentt.inv(1 - p / 2, d);
    table[d] = v;
  }
  return v;
}

/** Two-sided p-value of a statistic (t with df, or z when df = Infinity). */
export function pValue(stat: number, df: number): number {
  if (!(stat === stat) || !(df >= 1)) return NaN;
  const a = Math.abs(stat);
  return df === Infinity
    ? 2 * (1 - jStat.normal.cdf(a, 0, 1))
    : 2 * (1 - jStat.studentt.cdf(a, df));
}

/** Whether a statistic rejects at two-sided nominal level p; z is Φ⁻¹(1 − p/2), precomputed. */
function rejects(s: Stat, p: number, z: number): boolean {
  if (!(s.stat === s.stat)) return false;
  return Math.abs(s.stat) >= (s.df === Infinity ? z : criticalValue(p, s.df));
}

/** Running totals of simulated lab trials; merge chunks with `mergeLabTotals`. */
export interface LabTotals {
  sims: number;
  /** Per look: trials that stopped (rejected H0) there. */
  rejectAt: Float64Array;
  /** Σ people used, Σ estimate at the stopping look, Σ estimate², trials with an estimate. */
  stopping: Float64Array;
  /** Rows [rejections, Σ estimate, Σ estimate², valid] for the fixed-size analyses at α. */
  fixed: Float64Array;
  parallel: Float64Array;
  carryover: Float64Array;
  mcnemar: Float64Array;
}

export function emptyLabTotals(looks: number): LabTotals {
  return {
    sims: 0,
    rejectAt: new Float64Array(looks),
    stopping: new Float64Array(4),
    fixed: new Float64Array(4),
    parallel: new Float64Array(4),
    carryover: new Float64Array(4),
    mcnemar: new Float64Array(4),
  };
}

export function mergeLabTotals(a: LabTotals, b: LabTotals): LabTotals {
  const add = (x: Float64Array, y: Float64Array) => x.map((v, i) => v + (y[i] ?? 0));
  return {
    sims: a.sims + b.sims,
    rejectAt: add(a.rejectAt, b.rejectAt),
    stopping: add(a.stopping, b.stopping),
    fixed: add(a.fixed, b.fixed),
    parallel: add(a.parallel, b.parallel),
    carryover: add(a.carryover, b.carryover),
    mcnemar: add(a.mcnemar, b.mcnemar),
  };
}

/** One simulated trial's results, as the CSV writes them. */
export interface LabTrialRow {
  trial: number;
  /** Per look: people analysed, estimate, statistic, p-value, nominal level, rejected. */
  looks: { n: number; estimate: number; stat: number; p: number; level: number; reject: boolean }[];
  /** 1-based look at which H0 was rejected (0: never); people used. */
  stoppedAt: number;
  peopleUsed: number;
  fixed: { estimate: number; p: number; reject: boolean };
  parallel: { estimate: number; p: number; reject: boolean };
  carryover: { estimate: number; p: number; reject: boolean };
  mcnemar: { estimate: number; p: number; reject: boolean };
}

function record(row: Float64Array, s: Stat, reject: boolean) {
  if (!(s.estimate === s.estimate)) return;
  row[0]! += reject ? 1 : 0;
  row[1]! += s.estimate;
  row[2]! += s.estimate * s.estimate;
  row[3]! += 1;
}

function runTrials(
  config: LabConfig,
  lambda: number,
  from: number,
  to: number,
  onRow: ((row: LabTrialRow) => void) | null,
): LabTotals {
  const plan = getPlan(config, lambda);
  const K = plan.lookN.length;
  const totals = emptyLabTotals(K);
  const acc = new Float64Array(ACC);
  const looks = new Float64Array(ACC * K);
  const views = Array.from({ length: K }, (_, k) => looks.subarray(k * ACC, (k + 1) * ACC));
  const levels = plan.design.nominalP;
  const levelZ = plan.design.z;
  const alphaZ = PhiInv(1 - config.alpha / 2);
  // Doubles from the start, so V8 keeps the fields unboxed when they are overwritten.
  const s: Stat = { estimate: 0.5, se: 0.5, stat: 0.5, df: 0.5 };
  const fixed: Stat = { ...s };
  const par: Stat = { ...s };
  const carry: Stat = { ...s };
  const mcn: Stat = { ...s };
  const alpha = config.alpha;
  const crossover = config.design === 'crossover';
  const lookRows: LabTrialRow['looks'] = [];
  for (let k = from; k < to; k += 1) {
    drawTrial(plan, createRng(trialSeed(config.seed, k)), acc, looks);
    let stoppedAt = 0;
    let estimateAtStop = NaN;
    if (onRow) lookRows.length = 0;
    for (let j = 0; j < K; j += 1) {
      primaryStat(plan, views[j]!, s);
      const reject = rejects(s, levels[j]!, levelZ[j]!);
      if (onRow && stoppedAt === 0) {
        lookRows.push({
          n: plan.lookN[j]!,
          estimate: s.estimate,
          stat: s.stat,
          p: pValue(s.stat, s.df),
          level: levels[j]!,
          reject,
        });
      }
      if (stoppedAt === 0 && (reject || j === K - 1)) {
        estimateAtStop = s.estimate;
        if (reject) stoppedAt = j + 1;
        if (!onRow) break;
      }
    }
    const used = stoppedAt > 0 ? plan.lookN[stoppedAt - 1]! : config.n;
    if (stoppedAt > 0) totals.rejectAt[stoppedAt - 1]! += 1;
    if (estimateAtStop === estimateAtStop) {
      totals.stopping[0]! += used;
      totals.stopping[1]! += estimateAtStop;
      totals.stopping[2]! += estimateAtStop * estimateAtStop;
      totals.stopping[3]! += 1;
    }
    primaryStat(plan, acc, fixed);
    const fixedReject = rejects(fixed, alpha, alphaZ);
    record(totals.fixed, fixed, fixedReject);
    parallelStat(plan, acc, par);
    const parReject = rejects(par, alpha, alphaZ);
    record(totals.parallel, par, parReject);
    let carryReject = false;
    let mcnReject = false;
    if (crossover) {
      contrastStat(plan, acc, 3, plan.carryModel, carry);
      carryReject = rejects(carry, alpha, alphaZ);
      record(totals.carryover, carry, carryReject);
      if (plan.binary && plan.P === 2) {
        mcnemarStat(acc, mcn);
        mcnReject = rejects(mcn, alpha, alphaZ);
        record(totals.mcnemar, mcn, mcnReject);
      }
    }
    totals.sims += 1;
    if (onRow) {
      const out = (x: Stat, reject: boolean, used: boolean) =>
        used
          ? { estimate: x.estimate, p: pValue(x.stat, x.df), reject }
          : { estimate: NaN, p: NaN, reject: false };
      onRow({
        trial: k,
        looks: lookRows.slice(),
        stoppedAt,
        peopleUsed: used,
        fixed: out(fixed, fixedReject, true),
        parallel: out(par, parReject, true),
        carryover: out(carry, carryReject, crossover),
        mcnemar: out(mcn, mcnReject, crossover && plan.binary && plan.P === 2),
      });
    }
  }
  return totals;
}

/**
 * Simulate trials k = from … to−1 of a configuration; `lambda` is the carryover present after A
 * (latent-SD units for binary outcomes). Deterministic in (config, lambda, k).
 */
export function simulateLab(
  config: LabConfig,
  lambda: number,
  from: number,
  to: number,
): LabTotals {
  return runTrials(config, lambda, from, to, null);
}

/** The same trials as `simulateLab`, one row each (for the CSV export). */
export function simulateLabRows(
  config: LabConfig,
  lambda: number,
  from: number,
  to: number,
): LabTrialRow[] {
  const rows: LabTrialRow[] = [];
  runTrials(config, lambda, from, to, (row) => rows.push(row));
  return rows;
}

/** One person of one trial, as the per-person CSV writes them. */
export interface PersonRow {
  person: number;
  sequence: string;
  /** The outcome in each period (NaN after dropout). */
  y: number[];
}

/** Trial k's per-person data (same draws as the simulation). */
export function simulateLabPeople(config: LabConfig, lambda: number, k: number): PersonRow[] {
  const plan = getPlan(config, lambda);
  const rng = createRng(trialSeed(config.seed, k));
  const rows: PersonRow[] = [];
  for (let i = 0; i < config.n; i += 1) {
    const s = plan.seqOf[i]!;
    const person = plan.sdPerson * rng.normal();
    const y: number[] = [];
    for (let p = 0; p < plan.P; p += 1) {
      const latent = person + plan.sdNoise * rng.normal();
      const t = plan.shift[s * plan.P + p]!;
      y.push(plan.binary ? (latent < t ? 1 : 0) : latent + t);
    }
    if (plan.P > 1 && config.dropout > 0 && !(rng.next() >= config.dropout)) {
      for (let p = 1; p < plan.P; p += 1) y[p] = NaN;
    }
    rows.push({ person: i + 1, sequence: plan.structure.sequences[s]!.label, y });
  }
  return rows;
}

export interface LabSummary {
  looks: number;
  /** Share of trials rejecting H0 at any look, and its Monte Carlo SE. */
  rejection: number;
  mcse: number;
  /** Share stopping at each look. */
  rejectAt: number[];
  expectedN: number;
  meanEstimate: number;
}

export function summariseLab(totals: LabTotals): LabSummary {
  const n = totals.sims;
  const rejected = totals.rejectAt.reduce((a, b) => a + b, 0);
  const rejection = n > 0 ? rejected / n : NaN;
  const valid = totals.stopping[3]!;
  return {
    looks: totals.rejectAt.length,
    rejection,
    mcse: Math.sqrt((rejection * (1 - rejection)) / n),
    rejectAt: Array.from(totals.rejectAt, (r) => r / n),
    expectedN: valid > 0 ? totals.stopping[0]! / valid : NaN,
    meanEstimate: valid > 0 ? totals.stopping[1]! / valid : NaN,
  };
}

/** The configuration under H0: no effect, no carryover (used for the type I error run). */
export function nullConfig(config: LabConfig, seedOffset = 7_919): LabConfig {
  return {
    ...config,
    effect: 0,
    pActive: config.pControl,
    seed: (config.seed + seedOffset) >>> 0,
  };
}
