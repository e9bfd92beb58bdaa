/**
 * The design lab: change a trial's design and watch what happens to its answer. A seeded
 * simulator of 2×2 crossover trials (and the parallel trial made of their first periods), with
 * washout tied to the illustrative effect curve, carryover, dropout and an interim analysis.
 * Simulations run in a Web Worker and stream in; analytic power comes from the noncentral t.
 */
import { useDeferredValue, useMemo } from 'react';
import { useExplorerStore } from '../../store';
import {
  selectApplyLabPreset,
  selectSetLabBoundary,
  selectSetLabDesign,
  selectSetLabNumber,
} from '../../store/selectors';
import { useCurveParams, useLabParams } from '../../hooks/useLabParams';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { useMonteCarlo } from '../../hooks/useMonteCarlo';
import { DEFAULT_LAB, LAB_LIMITS, SIMS_MAX, type LabParams } from '../../model/lab/params';
import { fractionRemaining } from '../../model/effectCurve';
import {
  analyseTrial,
  effectiveCarryover,
  histogramRange,
  simulateTrial,
  summarise,
  summariseInterim,
  type TestResult,
  type TrialData,
} from '../../model/lab/simulate';
import { crossoverPower, parallelPower, powerCurves } from '../../model/lab/power';
import { twoLookBoundary } from '../../model/lab/boundaries';
import { labInterpretation } from '../../model/lab/interpretation';
import { LAB_PRESETS } from '../../data/modelInputs';
import { TrialChart } from '../../charts/TrialChart';
import { EstimateHistogram } from '../../charts/EstimateHistogram';
import { PowerCurve } from '../../charts/PowerCurve';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { TableScroll } from '../../components/TableScroll';
import { ViewHeading } from '../../components/ViewHeading';
import { RadioGroup } from '../../controls/RadioGroup';
import { RangeControl } from '../../controls/RangeControl';
import { ViewLink } from '../../controls/ViewLink';

const SIMULATED = 'Simulated or computed by this app from the settings above — not study data.';
const pct = (x: number) => (x === x ? `${(x * 100).toFixed(1)}%` : '—');
const num = (x: number, digits = 2) => (x === x ? x.toFixed(digits) : '—');

function describeTest(result: TestResult): string {
  if (!(result.df >= 1)) return 'not estimable (too few people)';
  const p = result.p < 0.001 ? 'p < 0.001' : `p = ${result.p.toFixed(3)}`;
  return `${num(result.estimate)} SD (95% CI ${num(result.lower)} to ${num(result.upper)}), ${p}`;
}

export default function Lab() {
  const params = useLabParams();
  const curve = useCurveParams();
  const remaining = fractionRemaining(params.washout, curve);
  const lambda = params.design === 'crossover' ? effectiveCarryover(params, remaining) : 0;

  const powerCrossover = crossoverPower({ ...params, lambda });
  const powerParallel = parallelPower(params);
  const interpretation = labInterpretation({ params, lambda, powerCrossover, powerParallel });

  return (
    <div className="view view--lab">
      <div className="view__header">
        <ViewHeading>Design lab: change the trial, watch the answer</ViewHeading>
        <p className="lede">
          A simulator of two-period <Term id="crossover">crossover</Term> trials and, for
          comparison, parallel-group trials. Outcomes are in standard-deviation (SD) units. Set a
          true effect, then see how often a trial of your design finds it, and how{' '}
          <Term id="carryover">carryover</Term> through a short <Term id="washout">washout</Term> or
          an early stop at an <Term id="interim-analysis">interim analysis</Term> bends the
          estimate. Every number here is simulated or computed; none is study data.
        </p>
      </div>
      <Presets />
      <Controls params={params} remaining={remaining} lambda={lambda} />
      <p className="lab-interpretation" aria-live="polite">
        {interpretation}
      </p>
      <OneTrial params={params} lambda={lambda} />
      <ManyTrials
        params={params}
        lambda={lambda}
        powerCrossover={powerCrossover}
        powerParallel={powerParallel}
      />
      <PowerFigure params={params} lambda={lambda} />
      <Definitions />
    </div>
  );
}

function Presets() {
  const apply = useExplorerStore(selectApplyLabPreset);
  return (
    <section aria-labelledby="presets-title" className="presets">
      <h2 id="presets-title">Start from a real design</h2>
      <ul className="presets__list">
        {LAB_PRESETS.map((preset) => (
          <li key={preset.id} className="preset">
            <button type="button" className="button" onClick={() => apply(preset.values)}>
              {preset.label}
            </button>
            <ul className="preset__facts">
              {preset.facts.map((fact) => (
                <li key={fact.label}>
                  <Fact fact={fact} withLabel />
                </li>
              ))}
            </ul>
            <p className="preset__note">{preset.note}</p>
          </li>
        ))}
        <li className="preset">
          <button type="button" className="button button--quiet" onClick={() => apply(DEFAULT_LAB)}>
            Reset the lab
          </button>
          <p className="preset__note">Back to the starting values (all illustrative).</p>
        </li>
      </ul>
    </section>
  );
}

function Controls({
  params,
  remaining,
  lambda,
}: {
  params: LabParams;
  remaining: number;
  lambda: number;
}) {
  const setNumber = useExplorerStore(selectSetLabNumber);
  const setDesign = useExplorerStore(selectSetLabDesign);
  const setBoundary = useExplorerStore(selectSetLabBoundary);
  const sd = (v: number) => `${v.toFixed(2)} SD`;
  return (
    <section aria-labelledby="controls-title" className="lab-controls">
      <h2 id="controls-title">Your design</h2>
      <RadioGroup
        legend="Design"
        value={params.design}
        options={[
          { value: 'crossover', label: 'Crossover (AB/BA)' },
          { value: 'parallel', label: 'Parallel groups' },
        ]}
        onChange={setDesign}
      />
      <div className="lab-controls__grid">
        <fieldset className="lab-controls__group">
          <legend>People and effect</legend>
          <RangeControl
            label="Participants (total)"
            value={params.n}
            min={4}
            max={200}
            step={2}
            format={(v) => `${v}`}
            onChange={(v) => setNumber('n', v)}
          />
          <RangeControl
            label="True effect τ"
            value={params.effect}
            min={-1}
            max={1.5}
            step={0.05}
            format={sd}
            onChange={(v) => setNumber('effect', v)}
          />
          <RangeControl
            label="Total SD σ of one measurement"
            value={params.sd}
            min={0.5}
            max={3}
            step={0.1}
            format={(v) => v.toFixed(1)}
            onChange={(v) => setNumber('sd', v)}
          />
          <RangeControl
            label="Within-person correlation ρ"
            hint="how alike one person's two measurements are"
            value={params.rho}
            min={0}
            max={0.95}
            step={0.05}
            format={(v) => v.toFixed(2)}
            onChange={(v) => setNumber('rho', v)}
          />
        </fieldset>
        <fieldset className="lab-controls__group" disabled={params.design !== 'crossover'}>
          <legend>Periods, washout and carryover (crossover only)</legend>
          <RangeControl
            label="Period effect π"
            hint="added to every period-2 measurement"
            value={params.period}
            min={-1}
            max={1}
            step={0.05}
            format={sd}
            onChange={(v) => setNumber('period', v)}
          />
          <RangeControl
            label="Carryover at no washout λ₀"
            hint="extra effect in period 2 after the active condition"
            value={params.carryover}
            min={0}
            max={1.5}
            step={0.05}
            format={sd}
            onChange={(v) => setNumber('carryover', v)}
          />
          <RangeControl
            label="Washout"
            hint={`${Math.round(remaining * 100)}% of the effect left (illustrative curve), so λ = ${lambda.toFixed(2)} SD`}
            value={params.washout}
            min={0}
            max={60}
            step={1}
            format={(v) => `${v} days`}
            onChange={(v) => setNumber('washout', v)}
          />
          <RangeControl
            label="Dropout before period 2"
            value={params.dropout}
            min={0}
            max={0.5}
            step={0.01}
            format={(v) => `${Math.round(v * 100)}%`}
            onChange={(v) => setNumber('dropout', v)}
          />
          <p className="lab-controls__note">
            The washout uses the illustrative effect curve from{' '}
            <ViewLink to="timeline">Effects over time</ViewLink>; change its half-life there.
          </p>
        </fieldset>
        <fieldset className="lab-controls__group">
          <legend>Testing</legend>
          <RangeControl
            label="Significance level α"
            value={params.alpha}
            min={0.01}
            max={0.1}
            step={0.005}
            format={(v) => v.toFixed(3)}
            onChange={(v) => setNumber('alpha', v)}
          />
          <RangeControl
            label="Interim look after"
            hint="0 = no interim analysis"
            value={params.interim}
            min={0}
            max={0.9}
            step={0.01}
            format={(v) => (v === 0 ? 'none' : `${Math.round(v * 100)}% of people`)}
            onChange={(v) => setNumber('interim', v)}
          />
          {params.interim > 0 && (
            <RadioGroup
              legend="Stopping boundary"
              value={params.boundary}
              options={[
                { value: 'obf', label: 'O’Brien–Fleming-type' },
                { value: 'naive', label: 'Naive: p < α at each look' },
              ]}
              onChange={setBoundary}
            />
          )}
          <RangeControl
            label="Simulated trials"
            hint={`at most ${SIMS_MAX.toLocaleString('en-GB')}`}
            value={params.sims}
            min={LAB_LIMITS.sims.min}
            max={SIMS_MAX}
            step={100}
            format={(v) => v.toLocaleString('en-GB')}
            onChange={(v) => setNumber('sims', v)}
          />
          <div className="seed-control">
            <span>Seed {params.seed}</span>
            <button
              type="button"
              className="button"
              onClick={() => setNumber('seed', params.seed + 1)}
            >
              New sample
            </button>
          </div>
        </fieldset>
      </div>
    </section>
  );
}

function OneTrial({ params, lambda }: { params: LabParams; lambda: number }) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const trial = useMemo(() => simulateTrial(params, lambda, 0), [params, lambda]);
  const analysis = useMemo(() => analyseTrial(trial, params.alpha), [trial, params.alpha]);
  const result = params.design === 'crossover' ? analysis.crossover : analysis.parallel;
  const id = 'lab-trial';
  const summary = `One simulated ${params.design} trial (seed ${params.seed}): estimate ${describeTest(result)}; the true effect is ${params.effect.toFixed(2)} SD.`;
  return (
    <section aria-labelledby="one-trial-title">
      <h2 id="one-trial-title">One simulated trial</h2>
      <ChartFigure
        id={id}
        title={
          params.design === 'crossover'
            ? 'Each person’s two measurements'
            : 'Each person’s one measurement'
        }
        description={
          params.design === 'crossover'
            ? 'Left: people given the active condition first (AB); right: control first (BA). Each line joins one person’s period-1 and period-2 measurements; filled dots are the active condition, open dots the control. People with one dot left before period 2.'
            : 'Left: the active arm; right: the control arm. Each dot is one person, filled for active; the bar is the arm’s mean.'
        }
        summary={summary}
        facts={[]}
        provenanceNote={SIMULATED}
        table={<TrialTable params={params} trial={trial} />}
        after={
          <dl className="lab-results">
            <div>
              <dt>Estimate ({params.design})</dt>
              <dd>{describeTest(result)}</dd>
            </div>
            {params.design === 'crossover' && (
              <>
                <div>
                  <dt>Completed both periods</dt>
                  <dd>
                    {analysis.completers} of {params.n}
                  </dd>
                </div>
                <div>
                  <dt>Two-stage procedure</dt>
                  <dd>
                    {analysis.twoStage.usedPeriod1Only
                      ? 'carryover test significant, so period 1 only: '
                      : 'carryover test not significant, so the crossover: '}
                    {describeTest(analysis.twoStage)}
                  </dd>
                </div>
              </>
            )}
          </dl>
        }
      >
        <div ref={containerRef} className="chart-figure__canvas">
          <TrialChart
            trial={trial}
            design={params.design}
            width={size.width}
            fontSize={size.fontSize}
            titleId={figureTitleId(id)}
            descriptionId={figureDescriptionId(id)}
          />
        </div>
      </ChartFigure>
    </section>
  );
}

function TrialTable({ params, trial }: { params: LabParams; trial: TrialData }) {
  const rows = Array.from({ length: trial.n }, (_, i) => i);
  return (
    <TableScroll label="Simulated trial as a table">
      <table className="data-table">
        <caption>Simulated participants (illustrative, not study data)</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">{params.design === 'crossover' ? 'Sequence' : 'Arm'}</th>
            <th scope="col">{params.design === 'crossover' ? 'Period 1' : 'Measurement'}</th>
            {params.design === 'crossover' && <th scope="col">Period 2</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>
                {params.design === 'crossover'
                  ? trial.sequence[i] === 0
                    ? 'AB'
                    : 'BA'
                  : trial.sequence[i] === 0
                    ? 'A (active)'
                    : 'B (control)'}
              </td>
              <td className="data-table__number">{trial.y1[i]!.toFixed(2)}</td>
              {params.design === 'crossover' && (
                <td className="data-table__number">
                  {Number.isNaN(trial.y2[i]) ? 'left' : trial.y2[i]!.toFixed(2)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ManyTrials({
  params,
  lambda,
  powerCrossover,
  powerParallel,
}: {
  params: LabParams;
  lambda: number;
  powerCrossover: number;
  powerParallel: number;
}) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const jobKey = JSON.stringify({ ...params, lambda });
  const job = useMemo(() => ({ params, lambda }), [params, lambda]);
  const mc = useMonteCarlo(job, jobKey);
  const range = histogramRange(params);
  const chosen = params.design === 'crossover' ? 'crossover' : 'parallel';
  const main = mc.main ? summarise(mc.main[chosen]) : null;
  const rows =
    mc.main && mc.null
      ? ([
          [
            'Crossover',
            summarise(mc.main.crossover),
            summarise(mc.null.crossover),
            crossoverPower({ ...params, lambda }),
            crossoverPower({ ...params, effect: 0, lambda: 0 }),
          ],
          [
            'Parallel (period 1 only)',
            summarise(mc.main.parallel),
            summarise(mc.null.parallel),
            powerParallel,
            params.alpha,
          ],
          [
            'Two-stage (carryover test first)',
            summarise(mc.main.twoStage),
            summarise(mc.null.twoStage),
            NaN,
            NaN,
          ],
        ] as const)
      : null;
  const interim = mc.main ? summariseInterim(mc.main, params) : null;
  const interimNull = mc.null ? summariseInterim(mc.null, params) : null;
  const done = mc.main?.sims ?? 0;
  const id = 'lab-many';
  const bias = main ? main.meanEstimate - params.effect : NaN;
  const summary = main
    ? `${done.toLocaleString('en-GB')} of ${params.sims.toLocaleString('en-GB')} trials: the ${chosen} estimate averages ${num(main.meanEstimate)} SD against a true ${params.effect.toFixed(2)} (bias ${num(bias)}), and ${pct(main.rate)} of trials were significant (analytic ${pct(params.design === 'crossover' ? powerCrossover : powerParallel)}).`
    : 'Simulating…';

  return (
    // Busy until the first results arrive: the figure and its tables are still being built.
    <section aria-labelledby="many-title" aria-busy={mc.main ? undefined : true}>
      <h2 id="many-title">Many simulated trials</h2>
      <ChartFigure
        id={id}
        title={`Estimates from ${params.sims.toLocaleString('en-GB')} simulated ${chosen} trials`}
        description="How the estimated effect varies from trial to trial. The dashed line is the true effect; the solid line is the average estimate. When they differ, the design is biased."
        summary={summary}
        facts={[]}
        provenanceNote={SIMULATED}
        table={
          mc.main ? (
            <HistogramTable
              counts={mc.main[params.design === 'crossover' ? 'histCrossover' : 'histParallel']}
              range={range}
            />
          ) : (
            <p>Simulating…</p>
          )
        }
        after={
          <>
            <p className="lab-progress" role="status">
              {mc.done
                ? `Done: ${done.toLocaleString('en-GB')} trials in ${mc.elapsedMs} ms, off the main thread.`
                : `Running: ${done.toLocaleString('en-GB')} of ${params.sims.toLocaleString('en-GB')} trials…`}
            </p>
            {rows && <RatesTable rows={rows} />}
            {interim && interimNull && (
              <InterimSummary params={params} interim={interim} interimNull={interimNull} />
            )}
          </>
        }
      >
        <div ref={containerRef} className="chart-figure__canvas">
          {mc.main && main && (
            <EstimateHistogram
              counts={mc.main[params.design === 'crossover' ? 'histCrossover' : 'histParallel']}
              range={range}
              trueEffect={params.effect}
              meanEstimate={main.meanEstimate}
              width={size.width}
              fontSize={size.fontSize}
              titleId={figureTitleId(id)}
              descriptionId={figureDescriptionId(id)}
            />
          )}
        </div>
      </ChartFigure>
    </section>
  );
}

function HistogramTable({ counts, range }: { counts: Float64Array; range: [number, number] }) {
  const width = (range[1] - range[0]) / counts.length;
  const total = counts.reduce((sum, c) => sum + c, 0);
  return (
    <TableScroll label="Histogram of estimates as a table">
      <table className="data-table">
        <caption>
          Simulated estimates by bin (the outer bins also hold anything beyond them)
        </caption>
        <thead>
          <tr>
            <th scope="col">Estimate from</th>
            <th scope="col">to</th>
            <th scope="col">Trials</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {Array.from(counts, (count, i) => (
            <tr key={i}>
              <td className="data-table__number">{(range[0] + i * width).toFixed(2)}</td>
              <td className="data-table__number">{(range[0] + (i + 1) * width).toFixed(2)}</td>
              <td className="data-table__number">{count}</td>
              <td className="data-table__number">{total > 0 ? pct(count / total) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type RateRow = readonly [
  string,
  ReturnType<typeof summarise>,
  ReturnType<typeof summarise>,
  number,
  number,
];

function RatesTable({ rows }: { rows: readonly RateRow[] }) {
  return (
    <TableScroll label="Power and type I error">
      <table className="data-table rates-table">
        <caption>Share of trials significant: simulated (± Monte Carlo SE) and analytic</caption>
        <thead>
          <tr>
            <th scope="col">Analysis</th>
            <th scope="col">Power (simulated)</th>
            <th scope="col">Power (analytic)</th>
            <th scope="col">Type I error (simulated, τ = 0)</th>
            <th scope="col">Type I error (analytic)</th>
            <th scope="col">Average estimate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, alt, nul, analytic, analyticNull]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="data-table__number">
                {pct(alt.rate)} ± {pct(alt.mcse)}
              </td>
              <td className="data-table__number">
                {analytic === analytic ? pct(analytic) : 'no formula'}
              </td>
              <td className="data-table__number">
                {pct(nul.rate)} ± {pct(nul.mcse)}
              </td>
              <td className="data-table__number">
                {analyticNull === analyticNull ? pct(analyticNull) : 'no formula'}
              </td>
              <td className="data-table__number">{num(alt.meanEstimate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function InterimSummary({
  params,
  interim,
  interimNull,
}: {
  params: LabParams;
  interim: NonNullable<ReturnType<typeof summariseInterim>>;
  interimNull: NonNullable<ReturnType<typeof summariseInterim>>;
}) {
  const boundary = twoLookBoundary(params.alpha, interim.lookN / params.n, params.boundary);
  const overstatement = interim.meanEstimateEarly / params.effect;
  return (
    <div className="interim-summary">
      <h3>
        Interim analysis after {interim.lookN} of {params.n} people
      </h3>
      <p>
        Boundary: stop if p &lt; {boundary.p1.toFixed(4)} at the interim look, then test at p &lt;{' '}
        {boundary.p2.toFixed(4)} at the end
        {params.boundary === 'naive'
          ? ' (naive: α at both looks).'
          : ' (O’Brien–Fleming-type, Lan–DeMets spending).'}
      </p>
      <TableScroll label="Interim analysis results">
        <table className="data-table">
          <caption>What the interim look does, over all simulated trials</caption>
          <tbody>
            <tr>
              <th scope="row">Overall type I error (τ = 0)</th>
              <td className="data-table__number">
                {pct(interimNull.rejection)} ± {pct(interimNull.mcse)} (target {pct(params.alpha)})
              </td>
            </tr>
            <tr>
              <th scope="row">Power (true τ)</th>
              <td className="data-table__number">
                {pct(interim.rejection)} ± {pct(interim.mcse)}
              </td>
            </tr>
            <tr>
              <th scope="row">Stopped at the interim</th>
              <td className="data-table__number">{pct(interim.stoppedEarly)}</td>
            </tr>
            <tr>
              <th scope="row">Expected sample size</th>
              <td className="data-table__number">
                {interim.expectedN.toFixed(1)} of {params.n}
              </td>
            </tr>
            <tr>
              <th scope="row">Average estimate in trials that stopped early</th>
              <td className="data-table__number">
                {num(interim.meanEstimateEarly)} SD
                {params.effect !== 0 && overstatement === overstatement
                  ? ` — ${overstatement.toFixed(2)}× the true ${params.effect.toFixed(2)}`
                  : ''}
              </td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

function PowerFigure({ params, lambda }: { params: LabParams; lambda: number }) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  // About 200 noncentral-t evaluations: deferred, so a slider drag never waits for them.
  const deferredParams = useDeferredValue(params);
  const deferredLambda = useDeferredValue(lambda);
  const curves = useMemo(
    () => powerCurves(deferredParams, deferredLambda),
    [deferredParams, deferredLambda],
  );
  const { crossover, parallel, n80, n90 } = curves;
  const crossAt = (n: number) => crossoverPower({ ...deferredParams, n, lambda: deferredLambda });
  const parAt = (n: number) => parallelPower({ ...deferredParams, n });
  const id = 'lab-power';
  const fmt = (n: number | null) => (n === null ? 'more than 4,000' : String(n));
  return (
    <section aria-labelledby="power-title">
      <h2 id="power-title">Power against sample size</h2>
      <ChartFigure
        id={id}
        title="Analytic power of the crossover and the parallel design"
        description="The share of trials expected to find the true effect at each total sample size, from the noncentral t distribution. The crossover curve includes the carryover bias and dropout; the horizontal line is 80%."
        summary={`For 80% power: crossover ${fmt(n80.crossover)} people, parallel ${fmt(n80.parallel)}. For 90%: crossover ${fmt(n90.crossover)}, parallel ${fmt(n90.parallel)}. At n = ${params.n}: crossover ${pct(crossAt(params.n))}, parallel ${pct(parAt(params.n))}.`}
        facts={[]}
        provenanceNote={SIMULATED}
        table={
          <TableScroll label="Power curve as a table">
            <table className="data-table">
              <caption>Analytic power by total sample size</caption>
              <thead>
                <tr>
                  <th scope="col">Total n</th>
                  <th scope="col">Crossover</th>
                  <th scope="col">Parallel</th>
                </tr>
              </thead>
              <tbody>
                {crossover
                  .map(([n, power], i) => [n, power, parallel[i]![1]] as const)
                  .filter((_, i) => i % 4 === 0)
                  .map(([n, power, powerParallel]) => (
                    <tr key={n}>
                      <th scope="row" className="data-table__number">
                        {n}
                      </th>
                      <td className="data-table__number">{pct(power)}</td>
                      <td className="data-table__number">{pct(powerParallel)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
        }
      >
        <div ref={containerRef} className="chart-figure__canvas">
          <PowerCurve
            crossover={crossover}
            parallel={parallel}
            currentN={params.n}
            width={size.width}
            fontSize={size.fontSize}
            titleId={figureTitleId(id)}
            descriptionId={figureDescriptionId(id)}
          />
        </div>
      </ChartFigure>
    </section>
  );
}

function Definitions() {
  return (
    <section aria-labelledby="definitions-title">
      <h2 id="definitions-title">What the numbers mean</h2>
      <dl className="definitions">
        <dt>Power</dt>
        <dd>The share of trials that would find a real effect of the size you set (p below α).</dd>
        <dt>Type I error</dt>
        <dd>
          The share of trials that come out “significant” when there is no effect at all. It should
          be α.
        </dd>
        <dt>Monte Carlo SE</dt>
        <dd>
          How much a simulated share could differ from its true value just because a finite number
          of trials was simulated.
        </dd>
        <dt>Bias</dt>
        <dd>
          The average estimate minus the true effect. In a crossover with carryover λ, it is −λ/2.
        </dd>
        <dt>Two-stage procedure</dt>
        <dd>
          Testing for carryover first and, if found, using period 1 only. It looks careful but
          raises the false-positive rate, even when there is no carryover at all.
        </dd>
        <dt>Expected sample size</dt>
        <dd>With an interim look, the average number of people a trial ends up using.</dd>
      </dl>
    </section>
  );
}
