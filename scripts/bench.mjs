#!/usr/bin/env node
// Benchmark of the design lab's Monte Carlo core: 10,000 simulated crossover trials of n = 68
// (the Hess et al. size), all analyses included (crossover, parallel, two-stage, interim look).
// Prints JSON. Target: under 100 ms on a 2-core teaching laptop class machine.
import { runnerImport } from 'vite';
import { performance } from 'node:perf_hooks';

const { module: sim } = await runnerImport('./src/model/lab/simulate.ts');
const { module: params } = await runnerImport('./src/model/lab/params.ts');

const cases = [
  { name: 'crossover n=68, 10k trials', params: { ...params.DEFAULT_LAB, n: 68, sims: 10000 } },
  {
    name: 'crossover n=68, 10k trials, carryover + dropout + interim (OBF)',
    params: {
      ...params.DEFAULT_LAB,
      n: 68,
      carryover: 0.5,
      dropout: 0.1,
      interim: 0.5,
      sims: 10000,
    },
  },
];
const repeats = Number(process.env.BENCH_REPEATS ?? 7);
const results = [];
for (const c of cases) {
  sim.simulateMany(c.params, 0.1, 0, 1000); // warm-up (JIT)
  const times = [];
  let checksum = 0;
  for (let r = 0; r < repeats; r += 1) {
    const t0 = performance.now();
    const totals = sim.simulateMany(c.params, 0.1, 0, 10000);
    times.push(performance.now() - t0);
    checksum = totals.crossover[0];
  }
  times.sort((a, b) => a - b);
  results.push({
    case: c.name,
    trials: 10000,
    n: c.params.n,
    medianMs: +times[Math.floor(times.length / 2)].toFixed(1),
    minMs: +times[0].toFixed(1),
    maxMs: +times[times.length - 1].toFixed(1),
    repeats,
    targetMs: 100,
    withinTarget: times[Math.floor(times.length / 2)] < 100,
    rejections: checksum,
  });
}
console.log(JSON.stringify({ node: process.version, results }, null, 2));
