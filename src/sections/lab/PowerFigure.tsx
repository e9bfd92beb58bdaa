/** Analytic power of the crossover and the parallel design against total sample size. */
import { useDeferredValue, useMemo } from 'react';
import { crossoverPower, parallelPower, powerCurves } from '../../model/lab/power';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabDerived } from '../../hooks/useLabDerived';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { PowerCurve } from '../../charts/PowerCurve';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { SIMULATED, pct } from './shared';

/** Analytic power against sample size (figure `lab-power`). */
export function LabPowerFigure() {
  const params = useLabParams();
  const { lambda } = useLabDerived(params);
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
    <ChartFigure
      id={id}
      figureId="lab-power"
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
  );
}
