/**
 * The researcher's lab: power of one analysis of everyone against the number of people, up to
 * 1,000 — the primary analysis (solid) and the parallel comparison of period 1 (dashed) — with
 * the sample sizes for 80% and 90%. Computed in the power-curve worker; the last curve stays
 * drawn while a new one is on its way.
 */
import type { LabConfig } from '../../model/lab/settings';
import type { LabAnalytic } from '../../model/lab/labPower';
import { useLabPowerCurve } from '../../hooks/usePowerCurves';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { PowerCurve } from '../../charts/PowerCurve';
import { labPowerCurveSummary, count, wholePercent } from '../../messages/lab';
import { t } from '../../messages/i18n';
import './ResearchPowerCurve.css';

export function ResearchPowerCurve({
  config,
  lambda,
  analytic,
}: {
  config: LabConfig;
  lambda: number;
  analytic: LabAnalytic | null;
}) {
  const { curve, current } = useLabPowerCurve(config, lambda);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const titleId = 'lab-research-power-title';
  const descriptionId = 'lab-research-power-description';
  const summary =
    curve && analytic
      ? labPowerCurveSummary({
          ...curve,
          n: config.n,
          powerAtN: analytic.power,
          parallelAtN: analytic.parallelPower,
        })
      : t('lab.research.computingCurve');
  return (
    <div className="lab-research__power" aria-busy={!current}>
      <h3 id={titleId}>{t('lab.powerHeading')}</h3>
      <p id={descriptionId} className="lab-research__note">
        {t('lab.research.curveDescription', {
          target80: wholePercent(0.8),
          target90: wholePercent(0.9),
          limit: count(1000),
        })}
      </p>
      <div ref={containerRef} className="chart-figure__canvas">
        {curve && (
          <PowerCurve
            crossover={curve.points}
            parallel={config.design === 'parallel' ? [] : curve.parallel}
            currentN={config.n}
            width={size.width}
            fontSize={size.fontSize}
            titleId={titleId}
            descriptionId={descriptionId}
            solidLabel={t('lab.research.solidLabel')}
            dashedLabel={t('lab.power.dashedLabel')}
          />
        )}
      </div>
      <p className="lab-research__note" aria-live="polite">
        {summary}
      </p>
    </div>
  );
}
