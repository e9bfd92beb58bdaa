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
import { SIMULATED, pct } from './shared';

/** Analytic power against sample size (figure `lab-power`). */
export function LabPowerFigure() {
  const params = useLabParams();
  const { lambda, powerCrossover, powerParallel } = useLabDerived(params);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  // A few hundred noncentral-t evaluations when the curves change: computed in a worker, so a
  // slider press never waits for them; the last curves stay drawn until the new ones arrive.
  const { curves, current } = usePowerCurves(params, lambda);
  const id = 'lab-power';
  const fmt = (n: number | null) => (n === null ? 'more than 4,000' : String(n));
  // The power at the current n is the lab's own (computed for these settings, not the curves').
  const atN = `At n = ${params.n}: crossover ${pct(powerCrossover)}, parallel ${pct(powerParallel)}.`;
  return (
    <ChartFigure
      id={id}
      figureId="lab-power"
      busy={!current}
      title="Analytic power of the crossover and the parallel design"
      description="The share of trials expected to find the true effect at each total sample size, from the noncentral t distribution. The crossover curve includes the carryover bias and dropout; the horizontal line is 80%."
      summary={
        curves
          ? `For 80% power: crossover ${fmt(curves.n80.crossover)} people, parallel ${fmt(curves.n80.parallel)}. For 90%: crossover ${fmt(curves.n90.crossover)}, parallel ${fmt(curves.n90.parallel)}. ${atN}`
          : `Computing the power curves… ${atN}`
      }
      facts={[]}
      provenanceNote={SIMULATED}
      table={curves ? <PowerTable curves={curves} /> : <p>Computing the power curves…</p>}
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
  );
});
