/** Many simulated trials of the current design, streamed from the worker. */
import { useMemo } from 'react';
import type { LabParams } from '../../model/lab/params';
import { histogramRange, summarise, summariseInterim } from '../../model/lab/simulate';
import { crossoverPower } from '../../model/lab/power';
import { twoLookBoundary } from '../../model/lab/boundaries';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabDerived } from '../../hooks/useLabDerived';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { useMonteCarlo } from '../../hooks/useMonteCarlo';
import { EstimateHistogram } from '../../charts/EstimateHistogram';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { SIMULATED, num, pct } from './shared';

/** One formatter for the trial counts (toLocaleString builds a new one per call, per chunk). */
const COUNT = new Intl.NumberFormat('en-GB');

/** Many simulated trials: the estimates' histogram, power and type I error (figure `lab-estimates`). */
export function LabEstimatesFigure() {
  const params = useLabParams();
  const { lambda, powerCrossover, powerParallel } = useLabDerived(params);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const jobKey = JSON.stringify({ ...params, lambda });
  const job = useMemo(() => ({ params, lambda }), [params, lambda]);
  const mc = useMonteCarlo(job, jobKey);
  const range = useMemo(() => histogramRange(params), [params]);
  // Analytic type I error of the crossover test: once per settings, not once per streamed chunk.
  const analyticNullCrossover = useMemo(
    () => crossoverPower({ ...params, effect: 0, lambda: 0 }),
    [params],
  );
  const chosen = params.design === 'crossover' ? 'crossover' : 'parallel';
  const main = mc.main ? summarise(mc.main[chosen]) : null;
  const rows =
    mc.main && mc.null
      ? ([
          [
            'Crossover',
            summarise(mc.main.crossover),
            summarise(mc.null.crossover),
            powerCrossover,
            analyticNullCrossover,
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
    ? `${COUNT.format(done)} of ${COUNT.format(params.sims)} trials: the ${chosen} estimate averages ${num(main.meanEstimate)} SD against a true ${params.effect.toFixed(2)} (bias ${num(bias)}), and ${pct(main.rate)} of trials were significant (analytic ${pct(params.design === 'crossover' ? powerCrossover : powerParallel)}).`
    : 'Simulating…';

  return (
    <ChartFigure
      id={id}
      figureId="lab-estimates"
      busy={!mc.done && !mc.cancelled}
      title={`Estimates from ${COUNT.format(params.sims)} simulated ${chosen} trials`}
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
              ? `Done: ${COUNT.format(done)} trials in ${mc.elapsedMs} ms, off the main thread.`
              : `Running: ${COUNT.format(done)} of ${COUNT.format(params.sims)} trials…`}
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
          : params.boundary === 'pocock'
            ? ' (Pocock-type, Lan–DeMets spending).'
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
