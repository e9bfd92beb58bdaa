/**
 * CSV text of simulated lab trials, so a run can be checked or reproduced elsewhere (R, Python):
 * `#` header lines carry the settings, the seed and how trial k's random numbers are drawn;
 * then one row per trial (per look: people, estimate, statistic, p-value, nominal level,
 * decision; the stopping look; the fixed-size and secondary analyses). A second function writes
 * one trial's per-person rows. Numbers use '.' decimals and up to 6 significant digits; missing
 * values are empty cells. Pure: values in, text out.
 */
import type { LabConfig } from './settings';
import type { LabTrialRow, PersonRow } from './labSimulation';

const num = (x: number) => (Number.isFinite(x) ? String(+x.toPrecision(6)) : '');
const bool = (x: boolean) => (x ? '1' : '0');

function header(config: LabConfig, lambda: number, extra: string[]): string[] {
  // `interim` and `boundary` are the original engine's single look, derived from the looks
  // settings (interimLooks, firstLook, spending) this simulation reads: leave them out.
  const settings = Object.entries(config)
    .filter(([k]) => k !== 'interim' && k !== 'boundary')
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return [
    '# ketamine crossover explainer, design lab simulation',
    `# settings: ${settings}; lambda=${lambda}`,
    `# seed: ${config.seed} (trial k uses mulberry32 seeded by trialSeed(seed, k); normals by the Marsaglia polar method)`,
    ...extra.map((line) => `# ${line}`),
  ];
}

/** CSV of simulated trials (rows from `simulateLabRows`), with settings and seed in the header. */
export function labTrialsCsv(config: LabConfig, lambda: number, rows: LabTrialRow[]): string {
  // A loop, not Math.max(...rows): 100,000 trials as arguments overflow the call stack.
  const looks = rows.reduce((most, r) => Math.max(most, r.looks.length), 1);
  const lookCols: string[] = [];
  for (let k = 1; k <= looks; k += 1)
    lookCols.push(
      `n_${k}`,
      `estimate_${k}`,
      `statistic_${k}`,
      `p_${k}`,
      `level_${k}`,
      `reject_${k}`,
    );
  const cols = [
    'trial',
    ...lookCols,
    'stopped_at',
    'people_used',
    'fixed_estimate',
    'fixed_p',
    'fixed_reject',
    'parallel_estimate',
    'parallel_p',
    'parallel_reject',
    'carryover_estimate',
    'carryover_p',
    'carryover_reject',
    'mcnemar_estimate',
    'mcnemar_p',
    'mcnemar_reject',
  ];
  const lines = header(config, lambda, [
    'per look k: the primary analysis of the first n_k people; level_k is the nominal two-sided p threshold; columns after a stop are empty',
    'fixed/parallel/carryover/mcnemar: analyses of all n people at alpha, without looks',
  ]);
  lines.push(cols.join(','));
  for (const r of rows) {
    const cells: string[] = [String(r.trial)];
    for (let k = 0; k < looks; k += 1) {
      const l = r.looks[k];
      if (l)
        cells.push(
          String(l.n),
          num(l.estimate),
          num(l.stat),
          num(l.p),
          num(l.level),
          bool(l.reject),
        );
      else cells.push('', '', '', '', '', '');
    }
    cells.push(String(r.stoppedAt), String(r.peopleUsed));
    for (const a of [r.fixed, r.parallel, r.carryover, r.mcnemar]) {
      const missing = !Number.isFinite(a.estimate);
      cells.push(num(a.estimate), num(a.p), missing ? '' : bool(a.reject));
    }
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

/** CSV of one trial's people: person, sequence, then the outcome in each period. */
export function labPeopleCsv(
  config: LabConfig,
  lambda: number,
  trial: number,
  people: PersonRow[],
): string {
  const periods = Math.max(1, ...people.map((p) => p.y.length));
  const lines = header(config, lambda, [`trial: ${trial}`, 'empty cells: not observed (dropout)']);
  lines.push(
    ['person', 'sequence', ...Array.from({ length: periods }, (_, p) => `period_${p + 1}`)].join(
      ',',
    ),
  );
  for (const p of people) lines.push([String(p.person), p.sequence, ...p.y.map(num)].join(','));
  return lines.join('\n') + '\n';
}
