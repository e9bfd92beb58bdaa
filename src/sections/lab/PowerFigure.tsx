/** Analytic power of the crossover and the parallel design against total sample size. */
import { memo } from 'react';
import type { PowerCurves } from '../../model/lab/power';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabDerived } from '../../hooks/useLabDerived';
import { usePowerCurves } from '../../hooks/usePowerCurves';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { PowerCurve } from '../../charts/PowerCurve';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { pct, simulatedNote } from './shared';
import { t } from '../../messages/i18n';
import { count, wholePercent } from '../../messages/lab';

/** Analytic power against sample size (figure `lab-power`). */
export function LabPowerFigure() {
  const params = useLabParams();
  const { lambda, powerCrossover, powerParallel } = useLabDerived(params);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  // A few hundred noncentral-t evaluations when the curves change: computed in a worker, so a
  // slider press never waits for them; the last curves stay drawn until the new ones arrive.
  const { curves, current } = usePowerCurves(params, lambda);
  const id = 'lab-power';
  const fmt = (n: number | null) =>
    n === null ? t('lab.curve.moreThan', { limit: count(4000) }) : count(n);
  // The power at the current n is the lab's own (computed for these settings, not the curves').
  const atN = t('lab.power.atN', {
    n: count(params.n),
    crossover: pct(powerCrossover),
    parallel: pct(powerParallel),
  });
  return (
    <ChartFigure
      id={id}
      figureId="lab-power"
      busy={!current}
      title={t('lab.power.title')}
      description={t('lab.power.description', { target: wholePercent(0.8) })}
      summary={
        curves
          ? t('lab.power.summary', {
              target80: wholePercent(0.8),
              target90: wholePercent(0.9),
              crossover80: fmt(curves.n80.crossover),
              parallel80: fmt(curves.n80.parallel),
              crossover90: fmt(curves.n90.crossover),
              parallel90: fmt(curves.n90.parallel),
              atN,
            })
          : t('lab.power.computingWith', { atN })
      }
      facts={[]}
      provenanceNote={simulatedNote()}
      table={curves ? <PowerTable curves={curves} /> : <p>{t('lab.power.computing')}</p>}
    >
      <div ref={containerRef} className="chart-figure__canvas">
        {curves && (
          <PowerCurve
            crossover={curves.crossover}
            parallel={curves.parallel}
            currentN={params.n}
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

const PowerTable = memo(function PowerTable({ curves }: { curves: PowerCurves }) {
  const { crossover, parallel } = curves;
  return (
    <TableScroll label={t('lab.power.tableLabel')}>
      <table className="data-table">
        <caption>{t('lab.power.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.power.totalN')}</th>
            <th scope="col">{t('lab.many.rowCrossover')}</th>
            <th scope="col">{t('lab.power.parallel')}</th>
          </tr>
        </thead>
        <tbody>
          {crossover
            .map(([n, power], i) => [n, power, parallel[i]![1]] as const)
            .filter((_, i) => i % 4 === 0)
            .map(([n, power, powerParallel]) => (
              <tr key={n}>
                <th scope="row" className="data-table__number">
                  {count(n)}
                </th>
                <td className="data-table__number">{pct(power)}</td>
                <td className="data-table__number">{pct(powerParallel)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </TableScroll>
  );
});
