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
import { useHeldUntilReady } from '../../hooks/useHeldUntilReady';
import { EstimateHistogram } from '../../charts/EstimateHistogram';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { num, pct, simulatedNote } from './shared';
import { t } from '../../messages/i18n';
import { count as COUNT, sdUnits } from '../../messages/lab';

/** Many simulated trials: the estimates' histogram, power and type I error (figure `lab-estimates`). */
export function LabEstimatesFigure() {
  const liveParams = useLabParams();
  const derived = useLabDerived(liveParams);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const jobKey = JSON.stringify({ ...liveParams, lambda: derived.lambda });
  const job = useMemo(
    () => ({ params: liveParams, lambda: derived.lambda }),
    [liveParams, derived.lambda],
  );
  const mc = useMonteCarlo(job, jobKey);
  // A new run starts from empty totals: until its first chunk arrives, the figure keeps the last
  // run it drew, with that run's own settings, dimmed and marked busy, so the histogram and the
  // tables do not leave the page (and the page below them does not jump) on every slider step.
  const live = useMemo(
    () => ({
      params: liveParams,
      powerCrossover: derived.powerCrossover,
      powerParallel: derived.powerParallel,
      main: mc.main,
      null: mc.null,
      done: mc.done,
      cancelled: mc.cancelled,
      elapsedMs: mc.elapsedMs,
    }),
    [
      liveParams,
      derived.powerCrossover,
      derived.powerParallel,
      mc.main,
      mc.null,
      mc.done,
      mc.cancelled,
      mc.elapsedMs,
    ],
  );
  const { shown, stale } = useHeldUntilReady(live, live.main !== null && live.null !== null);
  const { params, powerCrossover, powerParallel } = shown;
  const range = useMemo(() => histogramRange(params), [params]);
  // Analytic type I error of the crossover test: once per settings, not once per streamed chunk.
  const analyticNullCrossover = useMemo(
    () => crossoverPower({ ...params, effect: 0, lambda: 0 }),
    [params],
  );
  const chosen = params.design === 'crossover' ? 'crossover' : 'parallel';
  const main = shown.main ? summarise(shown.main[chosen]) : null;
  const rows =
    shown.main && shown.null
      ? ([
          [
            t('lab.many.rowCrossover'),
            summarise(shown.main.crossover),
            summarise(shown.null.crossover),
            powerCrossover,
            analyticNullCrossover,
          ],
          [
            t('lab.many.rowParallel'),
            summarise(shown.main.parallel),
            summarise(shown.null.parallel),
            powerParallel,
            params.alpha,
          ],
          [
            t('lab.many.rowTwoStage'),
            summarise(shown.main.twoStage),
            summarise(shown.null.twoStage),
            NaN,
            NaN,
          ],
        ] as const)
      : null;
  const interim = shown.main ? summariseInterim(shown.main, params) : null;
  const interimNull = shown.null ? summariseInterim(shown.null, params) : null;
  const done = shown.main?.sims ?? 0;
  const id = 'lab-many';
  const bias = main ? main.meanEstimate - params.effect : NaN;
  const summary = main
    ? t('lab.many.summary', {
        done: COUNT(done),
        total: COUNT(params.sims),
        design: chosen,
        mean: sdUnits(main.meanEstimate),
        effect: num(params.effect),
        bias: num(bias),
        rate: pct(main.rate),
        analytic: pct(params.design === 'crossover' ? powerCrossover : powerParallel),
      })
    : t('lab.many.simulating');
  const histogram = shown.main?.[params.design === 'crossover' ? 'histCrossover' : 'histParallel'];

  return (
    <ChartFigure
      id={id}
      figureId="lab-estimates"
      busy={stale || (!shown.done && !shown.cancelled)}
      stale={stale}
      title={t('lab.many.title', { total: COUNT(params.sims), design: chosen })}
      description={t('lab.many.description')}
      summary={summary}
      facts={[]}
      provenanceNote={simulatedNote()}
      table={
        histogram ? (
          <HistogramTable counts={histogram} range={range} />
        ) : (
          <p>{t('lab.many.simulating')}</p>
        )
      }
      after={
        <>
          <p className="lab-progress" role="status">
            {stale
              ? t('lab.many.running', { done: COUNT(0), total: COUNT(liveParams.sims) })
              : shown.done
                ? t('lab.many.done', { done: COUNT(done), ms: COUNT(shown.elapsedMs ?? 0) })
                : t('lab.many.running', { done: COUNT(done), total: COUNT(params.sims) })}
          </p>
          <div className="chart-figure__held">
            {rows && <RatesTable rows={rows} />}
            {interim && interimNull && (
              <InterimSummary params={params} interim={interim} interimNull={interimNull} />
            )}
          </div>
        </>
      }
    >
      <div ref={containerRef} className="chart-figure__canvas">
        {histogram && main && (
          <EstimateHistogram
            counts={histogram}
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
    <TableScroll label={t('lab.many.histogramTableLabel')}>
      <table className="data-table">
        <caption>{t('lab.many.histogramCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.many.binFrom')}</th>
            <th scope="col">{t('lab.many.binTo')}</th>
            <th scope="col">{t('lab.many.trials')}</th>
            <th scope="col">{t('lab.many.share')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from(counts, (count, i) => (
            <tr key={i}>
              <td className="data-table__number">{num(range[0] + i * width)}</td>
              <td className="data-table__number">{num(range[0] + (i + 1) * width)}</td>
              <td className="data-table__number">{COUNT(count)}</td>
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
    <TableScroll label={t('lab.many.ratesLabel')}>
      <table className="data-table rates-table">
        <caption>{t('lab.many.ratesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.many.analysis')}</th>
            <th scope="col">{t('lab.many.powerSimulated')}</th>
            <th scope="col">{t('lab.many.powerAnalytic')}</th>
            <th scope="col">{t('lab.many.typeISimulated')}</th>
            <th scope="col">{t('lab.many.typeIAnalytic')}</th>
            <th scope="col">{t('lab.many.averageEstimate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, alt, nul, analytic, analyticNull]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="data-table__number">
                {t('lab.plusMinus', { value: pct(alt.rate), se: pct(alt.mcse) })}
              </td>
              <td className="data-table__number">
                {analytic === analytic ? pct(analytic) : t('lab.many.noFormula')}
              </td>
              <td className="data-table__number">
                {t('lab.plusMinus', { value: pct(nul.rate), se: pct(nul.mcse) })}
              </td>
              <td className="data-table__number">
                {analyticNull === analyticNull ? pct(analyticNull) : t('lab.many.noFormula')}
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
      <h3>{t('lab.interim.heading', { look: COUNT(interim.lookN), n: COUNT(params.n) })}</h3>
      <p>
        {t('lab.interim.boundary', {
          p1: num(boundary.p1, 4),
          p2: num(boundary.p2, 4),
          kind: params.boundary,
        })}
      </p>
      <TableScroll label={t('lab.interim.tableLabel')}>
        <table className="data-table">
          <caption>{t('lab.interim.caption')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('lab.interim.typeI')}</th>
              <td className="data-table__number">
                {t('lab.interim.typeIValue', {
                  value: t('lab.plusMinus', {
                    value: pct(interimNull.rejection),
                    se: pct(interimNull.mcse),
                  }),
                  target: pct(params.alpha),
                })}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('lab.interim.power')}</th>
              <td className="data-table__number">
                {t('lab.plusMinus', { value: pct(interim.rejection), se: pct(interim.mcse) })}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('lab.interim.stopped')}</th>
              <td className="data-table__number">{pct(interim.stoppedEarly)}</td>
            </tr>
            <tr>
              <th scope="row">{t('lab.definitions.expectedN.term')}</th>
              <td className="data-table__number">
                {t('lab.interim.expectedNValue', {
                  expected: num(interim.expectedN, 1),
                  n: COUNT(params.n),
                })}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('lab.interim.earlyEstimate')}</th>
              <td className="data-table__number">
                {params.effect !== 0 && overstatement === overstatement
                  ? t('lab.interim.earlyEstimateRatio', {
                      estimate: sdUnits(interim.meanEstimateEarly),
                      ratio: num(overstatement),
                      effect: num(params.effect),
                    })
                  : sdUnits(interim.meanEstimateEarly)}
              </td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
