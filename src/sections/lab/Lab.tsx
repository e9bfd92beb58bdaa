/**
 * The design lab: change a trial's design and watch what happens to its answer. A seeded
 * simulator of crossover trials (AB/BA, ABB/BAA, Balaam's four sequences) and parallel trials,
 * with washout tied to the illustrative effect curve, carryover, dropout and interim looks.
 * Simulations run in a Web Worker and stream in; analytic power comes from the noncentral t.
 * Words: the `lab` catalogue.
 */
import { memo, useMemo } from 'react';
import { useLabParams, useLiveCurveParams, useLiveLabParams } from '../../hooks/useLabParams';
import { LabSnapshotProvider, SettleOffscreen } from '../../hooks/labSnapshot';
import { useLabCarryover, useLabDerived } from '../../hooks/useLabDerived';
import { labInterpretation } from '../../messages/lab';
import { Term } from '../../components/Term';
import { ViewHeading } from '../../components/ViewHeading';
import { Presets } from './Presets';
import { ChallengeHead, Challenges } from './Challenges';
import { WatchItFill } from './WatchItFill';
import { Controls } from './Controls';
import { LabTrialFigure } from './TrialFigure';
import { LabEstimatesFigure } from './EstimatesFigure';
import { LabPowerFigure } from './PowerFigure';
import { Definitions } from './Definitions';
import { LabResearchFigure } from './ResearchFigure';
import { LabDesignFigure } from './DesignFlowFigure';
import { isResearchPath, useLabSettings, useLiveLabSettings } from '../../hooks/useLabSettings';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';

export default function Lab() {
  // No store reads here: a slider press re-renders only the two live parts below, not the
  // heading, the lede, the challenges, the presets and the definitions (a press's sync render).
  return (
    <div className="view view--lab">
      <div className="view__header">
        <ViewHeading>{t('lab.heading')}</ViewHeading>
      </div>
      {/* Wide screens: the figures lead, the settings stay beside them (sticky). */}
      <div className="lab-layout">
        <div className="lab-layout__figures">
          <LiveFigures />
        </div>
        <div className="lab-layout__controls">
          <LiveControls />
        </div>
      </div>
      <p className="lede lede--after">
        <T
          id="lab.lede"
          components={{
            crossover: <Term id="crossover">{null}</Term>,
            carryover: <Term id="carryover">{null}</Term>,
            washout: <Term id="washout">{null}</Term>,
            interim: <Term id="interim-analysis">{null}</Term>,
          }}
        />
      </p>
      <Challenges />
      <Presets />
      <Definitions />
    </div>
  );
}

/** The figures follow a deferred copy of the settings (labSnapshot.tsx). */
function LiveFigures() {
  const params = useLiveLabParams();
  const settings = useLiveLabSettings();
  const curve = useLiveCurveParams();
  const live = useMemo(() => ({ params, settings, curve }), [params, settings, curve]);
  return (
    <LabSnapshotProvider live={live}>
      <LabFigures />
    </LabSnapshotProvider>
  );
}

/** The controls follow the store at once. */
function LiveControls() {
  const params = useLiveLabParams();
  const { remaining, lambda } = useLabCarryover(params);
  return <Controls params={params} remaining={remaining} lambda={lambda} />;
}

/** The lab's figures, drawn from the deferred copy of the settings (memo: no props). */
const LabFigures = memo(function LabFigures() {
  const params = useLabParams();
  const { reading } = useLabDerived(params);
  const interpretation = labInterpretation(reading);
  const research = isResearchPath(useLabSettings(), params.design);
  return (
    <>
      <ChallengeHead />
      <section aria-labelledby="design-flow-title">
        <h2 id="design-flow-title">{t('lab.flowHeading')}</h2>
        <LabDesignFigure />
      </section>
      {research ? (
        <section aria-labelledby="research-title">
          <h2 id="research-title">{t('lab.researchHeading')}</h2>
          <p className="lab-controls__note">{t('lab.researchNote')}</p>
          <LabResearchFigure />
        </section>
      ) : (
        <>
          <p className="lab-interpretation" aria-live="polite">
            {interpretation}
          </p>
          <OriginalFigures />
        </>
      )}
    </>
  );
});

/** The figures below the first screen: each catches up once a drag rests while off screen. */
const OriginalFigures = memo(function OriginalFigures() {
  return (
    <>
      <SettleOffscreen aria-labelledby="one-trial-title">
        <h2 id="one-trial-title">{t('lab.oneTrialHeading')}</h2>
        <LabTrialFigure />
      </SettleOffscreen>
      <SettleOffscreen aria-labelledby="many-title">
        <h2 id="many-title">{t('lab.manyHeading')}</h2>
        <LabEstimatesFigure />
        <WatchItFill />
      </SettleOffscreen>
      <SettleOffscreen aria-labelledby="power-title">
        <h2 id="power-title">{t('lab.powerHeading')}</h2>
        <LabPowerFigure />
      </SettleOffscreen>
    </>
  );
});
