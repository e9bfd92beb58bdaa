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
import { describeTest, num, simulatedNote } from './shared';
import { count, sdUnits, treatmentName } from '../../messages/lab';
import { t, useActiveLocale } from '../../messages/i18n';
import { directionOf } from '../../messages/languages';

/** One simulated trial, person by person (figure `lab-trial`). */
export function LabTrialFigure() {
  const params = useLabParams();
  const { lambda } = useLabDerived(params);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const trial = useMemo(() => simulateTrial(params, lambda, 0), [params, lambda]);
  const analysis = useMemo(() => analyseTrial(trial, params.alpha), [trial, params.alpha]);
  const result = params.design === 'crossover' ? analysis.crossover : analysis.parallel;
  const rtl = directionOf(useActiveLocale()) === 'rtl';
  const id = 'lab-trial';
  const summary = t('lab.trial.summary', {
    design: params.design,
    seed: params.seed,
    estimate: describeTest(result),
    effect: sdUnits(params.effect),
  });
  return (
    <ChartFigure
      id={id}
      figureId="lab-trial"
      title={
        params.design === 'crossover' ? t('lab.trial.titleCrossover') : t('lab.trial.titleParallel')
      }
      description={
        params.design === 'crossover'
          ? t('lab.trial.descriptionCrossover')
          : t('lab.trial.descriptionParallel')
      }
      summary={summary}
      facts={[]}
      provenanceNote={simulatedNote()}
      table={<TrialTable params={params} trial={trial} />}
      after={
        <dl className="lab-results">
          <div>
            <dt>{t('lab.trial.estimate', { design: params.design })}</dt>
            <dd>{describeTest(result)}</dd>
          </div>
          {params.design === 'crossover' && (
            <>
              <div>
                <dt>{t('lab.trial.completed')}</dt>
                <dd>
                  {t('lab.trial.completedValue', {
                    completers: count(analysis.completers),
                    n: count(params.n),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('lab.definitions.twoStage.term')}</dt>
                <dd>
                  {t(
                    analysis.twoStage.usedPeriod1Only
                      ? 'lab.trial.twoStagePeriod1'
                      : 'lab.trial.twoStageCrossover',
                    { result: describeTest(analysis.twoStage) },
                  )}
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
          rtl={rtl}
        />
      </div>
    </ChartFigure>
  );
}

function TrialTable({ params, trial }: { params: LabParams; trial: TrialData }) {
  const rows = Array.from({ length: trial.n }, (_, i) => i);
  return (
    <TableScroll label={t('lab.trial.tableLabel')}>
      <table className="data-table">
        <caption>{t('lab.trial.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.trial.person')}</th>
            <th scope="col">
              {params.design === 'crossover' ? t('lab.trial.sequence') : t('lab.trial.arm')}
            </th>
            <th scope="col">
              {params.design === 'crossover' ? t('stage.period1') : t('lab.trial.measurement')}
            </th>
            {params.design === 'crossover' && <th scope="col">{t('stage.period2')}</th>}
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
                    ? treatmentName('A')
                    : treatmentName('B')}
              </td>
              <td className="data-table__number">{num(trial.y1[i]!)}</td>
              {params.design === 'crossover' && (
                <td className="data-table__number">
                  {Number.isNaN(trial.y2[i]) ? t('lab.trial.left') : num(trial.y2[i]!)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
