#!/usr/bin/env node
// Benchmark of the design lab's Monte Carlo core. Each case is timed against a FLOOR measured in
// the same run: drawing the same count of standard normals from the same generator (one seeded
// mulberry32 + Marsaglia polar stream per trial, as the simulation does) in a tight loop. The
// ratio case/floor is the cost of everything but the random numbers; the target is ≤ 2.
// Prints JSON. BENCH_REPEATS (default 7) sets the repeats; minima and medians are reported.
import { runnerImport } from 'vite';
import { performance } from 'node:perf_hooks';

const { module: sim } = await runnerImport('./src/model/lab/simulate.ts');
const { module: lab } = await runnerImport('./src/model/lab/labSimulation.ts');
const { module: params } = await runnerImport('./src/model/lab/params.ts');
const { module: settings } = await runnerImport('./src/model/lab/settings.ts');
const { module: random } = await runnerImport('./src/model/lab/random.ts');
const { module: labPower } = await runnerImport('./src/model/lab/labPower.ts');
const { module: gs } = await runnerImport('./src/model/lab/groupSequential.ts');

const TRIALS = 10_000;
const base = { ...params.DEFAULT_LAB, ...settings.DEFAULT_LAB_SETTINGS, n: 68, sims: TRIALS };

// normals per person: 1 (person) + periods (the original engine: 3); with dropout, 1 uniform.
const cases = [
  {
    name: 'original AB/BA engine, n=68',
    normalsPerTrial: 68 * 3,
    run: () => sim.simulateMany({ ...params.DEFAULT_LAB, n: 68 }, 0.1, 0, TRIALS).crossover[0],
  },
  {
    name: 'original engine, carryover + dropout + interim (OBF)',
    normalsPerTrial: 68 * 3,
    uniformsPerTrial: 68,
    run: () =>
      sim.simulateMany(
        { ...params.DEFAULT_LAB, n: 68, carryover: 0.5, dropout: 0.1, interim: 0.5 },
        0.1,
        0,
        TRIALS,
      ).crossover[0],
  },
  {
    name: 'lab AB/BA continuous, n=68',
    normalsPerTrial: 68 * 3,
    run: () => lab.simulateLab(base, 0, 0, TRIALS).fixed[0],
  },
  {
    name: 'lab binary AB/BA (Mainland–Gart, McNemar), n=68',
    normalsPerTrial: 68 * 3,
    run: () => lab.simulateLab({ ...base, outcome: 'binary' }, 0, 0, TRIALS).fixed[0],
  },
  {
    name: 'lab three-period ABB/BAA continuous, n=68',
    normalsPerTrial: 68 * 4,
    run: () => lab.simulateLab({ ...base, crossoverDesign: 'abb-baa' }, 0.2, 0, TRIALS).fixed[0],
  },
  {
    name: 'lab binary ABB/BAA, 4 analyses (OBF-type)',
    normalsPerTrial: 68 * 4,
    run: () =>
      lab.simulateLab(
        { ...base, outcome: 'binary', crossoverDesign: 'abb-baa', interimLooks: 3 },
        0,
        0,
        TRIALS,
      ).fixed[0],
  },
  {
    name: 'lab Balaam AB/BA/AA/BB, 2 analyses (Pocock-type), dropout 0.1',
    normalsPerTrial: 68 * 3,
    uniformsPerTrial: 68,
    run: () =>
      lab.simulateLab(
        { ...base, crossoverDesign: 'balaam', interimLooks: 1, spending: 'pocock', dropout: 0.1 },
        0.2,
        0,
        TRIALS,
      ).fixed[0],
  },
];

/**
 * The floor: the same random draws — normals, plus the dropout uniforms where a case draws them —
 * one seeded stream per trial, summed in a tight loop.
 */
function floor(normalsPerTrial, uniformsPerTrial = 0) {
  let sum = 0;
  for (let k = 0; k < TRIALS; k += 1) {
    const rng = random.createRng(random.trialSeed(1, k));
    for (let i = 0; i < normalsPerTrial; i += 1) sum += rng.normal();
    for (let i = 0; i < uniformsPerTrial; i += 1) sum += rng.next();
  }
  return sum;
}

const repeats = Number(process.env.BENCH_REPEATS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (const c of cases) {
  c.run(); // warm-up (JIT)
  floor(c.normalsPerTrial, c.uniformsPerTrial);
  const times = [];
  const floors = [];
  let checksum = 0;
  // Interleave case and floor so machine load affects both alike.
  for (let r = 0; r < repeats; r += 1) {
    let t0 = performance.now();
    checksum = c.run();
    times.push(performance.now() - t0);
    t0 = performance.now();
    floor(c.normalsPerTrial, c.uniformsPerTrial);
    floors.push(performance.now() - t0);
  }
  const ms = median(times);
  const floorMs = median(floors);
  // The ratio uses the fastest of the repeats of each: on a shared, loaded machine the minimum
  // is the best estimate of the uncontended time (medians are printed too).
  const best = Math.min(...times);
  const bestFloor = Math.min(...floors);
  results.push({
    case: c.name,
    trials: TRIALS,
    normals: TRIALS * c.normalsPerTrial,
    uniforms: TRIALS * (c.uniformsPerTrial ?? 0),
    medianMs: +ms.toFixed(1),
    floorMedianMs: +floorMs.toFixed(1),
    minMs: +best.toFixed(1),
    floorMinMs: +bestFloor.toFixed(1),
    ratio: +(best / bestFloor).toFixed(2),
    medianRatio: +(ms / floorMs).toFixed(2),
    withinTwiceFloor: best <= 2 * bestFloor,
    rejections: checksum,
  });
}

/**
 * The analytic values the research figure computes on the main thread on every slider press
 * (`labAnalytic`): per call, with the setting changed each time so no cache answers. "effect"
 * changes only the effect (the boundaries are memoised); "n" changes the participants, so the
 * boundaries are recomputed too. `normalOnlyMs` times the normal integration alone (the
 * analytic values before the t-aware looks) for the same designs.
 */
const analyticCases = [
  ['AB/BA continuous, no looks', {}],
  ['AB/BA continuous, 3 analyses (OBF)', { interimLooks: 2 }],
  [
    'parallel continuous, 4 analyses (Pocock)',
    { design: 'parallel', interimLooks: 3, spending: 'pocock' },
  ],
  [
    'binary ABB/BAA, 4 analyses (OBF)',
    { outcome: 'binary', crossoverDesign: 'abb-baa', interimLooks: 3 },
  ],
  ['binary AB/BA (Mainland–Gart), 4 analyses (OBF)', { outcome: 'binary', interimLooks: 3 }],
];
const analytic = [];
for (const [name, over] of analyticCases) {
  const config = { ...base, ...over };
  const time = (vary) => {
    const times = [];
    for (let i = 0; i < 31; i += 1) {
      const c = vary(i);
      const t0 = performance.now();
      labPower.labAnalytic(c, 0);
      times.push(performance.now() - t0);
    }
    times.shift(); // the first call warms the JIT
    return { medianMs: +median(times).toFixed(2), maxMs: +Math.max(...times).toFixed(2) };
  };
  const effect = time((i) => ({ ...config, effect: 0.3 + 0.01 * i, pActive: 0.5 + 0.005 * i }));
  const n = time((i) => ({ ...config, n: 40 + 2 * i }));
  const normal = [];
  for (let i = 0; i < 31; i += 1) {
    const design = lab.labSequentialDesign({ ...config, n: 40 + 2 * i });
    const t0 = performance.now();
    gs.sequentialCharacteristics(design, 2.5);
    gs.sequentialCharacteristics(design, 0);
    normal.push(performance.now() - t0);
  }
  normal.shift();
  analytic.push({
    case: name,
    effectChange: effect,
    nChange: n,
    normalOnlyMs: +median(normal).toFixed(2),
  });
}
/**
 * The exact calculation for t-test looks (tSequentialExact.ts) along a curve: labAnalytic at 60
 * sizes (12 to 130 people, AB/BA, 4 analyses, Pocock-type), each a new n, so the boundaries, the
 * χ² tables and the H0 values are all recomputed; and the same 60 sizes once more (only H1
 * recomputed with a new effect; the boundaries, tables and H0 values cached). Best of 3 runs.
 */
const curveConfig = { ...base, interimLooks: 3, spending: 'pocock' };
const curveRun = (effect) => {
  const t0 = performance.now();
  for (let i = 0; i < 60; i += 1)
    labPower.labAnalytic({ ...curveConfig, n: 12 + 2 * i, effect }, 0);
  return performance.now() - t0;
};
const curveCold = [];
const curveWarm = [];
for (let r = 0; r < 3; r += 1) {
  curveCold.push(curveRun(0.3 + 0.1 * r));
  curveWarm.push(curveRun(0.35 + 0.1 * r));
}
const exactCurve = {
  case: 'exact t looks: 60 sizes, AB/BA, 4 analyses (Pocock)',
  coldMs: +Math.min(...curveCold).toFixed(1),
  warmMs: +Math.min(...curveWarm).toFixed(1),
};
console.log(
  JSON.stringify({ node: process.version, repeats, results, analytic, exactCurve }, null, 2),
);
