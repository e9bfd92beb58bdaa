/**
 * The Designs view's figures, each connected to the document state it reads, so a view, a slide,
 * an embed and the handout render the same figure by its id (see src/figures/registry.tsx).
 */
import { t } from '../../messages/i18n';
import { FigureHeading } from '../../figures/FigureHeading';
import { useExplorerStore } from '../../store';
import {
  selectFlowMode,
  selectSequence,
  selectSetSequence,
  selectSetStep,
  selectStep,
  selectStudy,
} from '../../store/selectors';
import type { SequenceId } from '../../model/crossoverFlow';
import { useStudies, useStudy } from '../../hooks/useStudies';
import { FlowFigure } from './FlowFigure';
import { MinutesFigure, ScheduleFigure } from './ScheduleFigure';
import { CompanionFigure } from './CompanionFigure';
import { DesignComparison } from './DesignComparison';

function useFollowed(): SequenceId | null {
  const sequence = useExplorerStore(selectSequence);
  return sequence === 'none' ? null : sequence;
}

export function FlowFigureConnected() {
  const study = useStudy(useExplorerStore(selectStudy));
  const step = useExplorerStore(selectStep);
  const mode = useExplorerStore(selectFlowMode);
  const setSequence = useExplorerStore(selectSetSequence);
  const setStep = useExplorerStore(selectSetStep);
  return (
    <FlowFigure
      study={study}
      followed={useFollowed()}
      step={step}
      mode={mode}
      onFollow={setSequence}
      onStep={setStep}
    />
  );
}

export function ScheduleFigureConnected() {
  const study = useStudy(useExplorerStore(selectStudy));
  const mode = useExplorerStore(selectFlowMode);
  return <ScheduleFigure study={study} followed={useFollowed()} mode={mode} />;
}

export function SessionFigureConnected() {
  const study = useStudy(useExplorerStore(selectStudy));
  return <MinutesFigure study={study} />;
}

export function CompanionFigureConnected() {
  const study = useStudy(useExplorerStore(selectStudy));
  const companions = study.companions ?? [];
  if (companions.length === 0) {
    return <p className="figure-note">{t('designs.companion.none', { study: study.shortName })}</p>;
  }
  return (
    <>
      {companions.map((companion) => (
        <CompanionFigure key={companion.id} companion={companion} />
      ))}
    </>
  );
}

export function ComparisonFigure() {
  const studies = useStudies();
  return (
    <figure className="chart-figure chart-figure--table" aria-labelledby="comparison-title">
      <FigureHeading id="comparison-title" className="chart-figure__title">
        {t('figure.comparison.title')}
      </FigureHeading>
      <DesignComparison studies={studies} />
    </figure>
  );
}
