/** One simulated trial of the current design, each person's measurements drawn. */
import { useMemo } from 'react';
import type { LabParams } from '../../model/lab/params';
import { analyseTrial, simulateTrial, type TrialData } from '../../model/lab/simulate';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabDerived } from '../../hooks/useLabDerived';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { TrialChart } from '../../charts/TrialChart';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { SIMULATED, describeTest } from './shared';

/** One simulated trial, person by person (figure `lab-trial`). */
export function LabTrialFigure() {
  const params = useLabParams();
  const { lambda } = useLabDerived(params);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const trial = useMemo(() => simulateTrial(params, lambda, 0), [params, lambda]);
  const analysis = useMemo(() => analyseTrial(trial, params.alpha), [trial, params.alpha]);
  const result = params.design === 'crossover' ? analysis.crossover : analysis.parallel;
  const id = 'lab-trial';
  const summary = `One simulated ${params.design} trial (seed ${params.seed}): estimate ${describeTest(result)}; the true effect is ${params.effect.toFixed(2)} SD.`;
  return (
    <ChartFigure
      id={id}
      figureId="lab-trial"
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
