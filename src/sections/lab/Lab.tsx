/**
 * The design lab: change a trial's design and watch what happens to its answer. A seeded
 * simulator of 2×2 crossover trials (and the parallel trial made of their first periods), with
 * washout tied to the illustrative effect curve, carryover, dropout and an interim analysis.
 * Simulations run in a Web Worker and stream in; analytic power comes from the noncentral t.
 */
import { memo, useMemo } from 'react';
import { useLabParams, useLiveCurveParams, useLiveLabParams } from '../../hooks/useLabParams';
import { LabSnapshotProvider } from '../../hooks/labSnapshot';
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

export default function Lab() {
  // The controls follow the store at once; the figures draw its deferred copy (labSnapshot.tsx).
  const params = useLiveLabParams();
  const { remaining, lambda } = useLabCarryover(params);
  const settings = useLiveLabSettings();
  const curve = useLiveCurveParams();
  const live = useMemo(() => ({ params, settings, curve }), [params, settings, curve]);

  return (
    <div className="view view--lab">
      <div className="view__header">
        <ViewHeading>Design lab: change the trial, watch the answer</ViewHeading>
      </div>
      {/* Wide screens: the figures lead, the settings stay beside them (sticky). */}
      <div className="lab-layout">
        <div className="lab-layout__figures">
          <LabSnapshotProvider live={live}>
            <LabFigures />
          </LabSnapshotProvider>
        </div>
        <div className="lab-layout__controls">
          <Controls params={params} remaining={remaining} lambda={lambda} />
        </div>
      </div>
      <p className="lede lede--after">
        A simulator of two-period <Term id="crossover">crossover</Term> trials and, for comparison,
        parallel-group trials. Outcomes are in standard-deviation (SD) units. Set a true effect,
        then see how often a trial of your design finds it, and how{' '}
        <Term id="carryover">carryover</Term> through a short <Term id="washout">washout</Term> or
        an early stop at an <Term id="interim-analysis">interim analysis</Term> bends the estimate.
        Every number here is simulated or computed; none is study data.
      </p>
      <Challenges />
      <Presets />
      <Definitions />
    </div>
  );
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
        <h2 id="design-flow-title">Your design, as a flow diagram</h2>
        <LabDesignFigure />
      </section>
      {research ? (
        <section aria-labelledby="research-title">
          <h2 id="research-title">Many simulated trials of your design</h2>
          <p className="lab-controls__note">
            These settings go beyond the lab’s original trial (AB/BA with equal allocation, a
            continuous outcome, no more than the single interim look), so the lab shows the
            researcher’s simulation in place of its three figures: any design, a binary or
            continuous outcome, and up to three interim looks with α spending.
          </p>
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

function OriginalFigures() {
  return (
    <>
      <section aria-labelledby="one-trial-title">
        <h2 id="one-trial-title">One simulated trial</h2>
        <LabTrialFigure />
      </section>
      <section aria-labelledby="many-title">
        <h2 id="many-title">Many simulated trials</h2>
        <LabEstimatesFigure />
        <WatchItFill />
      </section>
      <section aria-labelledby="power-title">
        <h2 id="power-title">Power against sample size</h2>
        <LabPowerFigure />
      </section>
    </>
  );
}
