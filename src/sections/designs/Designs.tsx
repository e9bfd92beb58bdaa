/**
 * Designs: how each study moved its participants through a crossover. For the study chosen in
 * the picker (any study in the registry): a CONSORT-style flow diagram, the session schedule, any
 * companion experiment as a contrasting group design; then all the designs side by side.
 */
import { useExplorerStore } from '../../store';
import {
  selectFlowMode,
  selectSequence,
  selectSetFlowMode,
  selectSetSequence,
  selectSetStep,
  selectSetStudy,
  selectStep,
  selectStudy,
} from '../../store/selectors';
import type { FlowMode, SequenceChoice } from '../../document/fields';
import { armLabels as armLabelsOf } from '../../data/studyInputs';
import { studyLabel } from '../../data/studies';
import type { SequenceId } from '../../model/crossoverFlow';
import { useStudies, useStudy } from '../../hooks/useStudies';
import { Term } from '../../components/Term';
import { ViewHeading } from '../../components/ViewHeading';
import { RadioGroup } from '../../controls/RadioGroup';
import { DesignComparison } from './DesignComparison';
import { FlowFigure } from './FlowFigure';
import { MinutesFigure, ScheduleFigure } from './ScheduleFigure';
import { CompanionFigure } from './CompanionFigure';

export default function Designs() {
  const studyId = useExplorerStore(selectStudy);
  const sequence = useExplorerStore(selectSequence);
  const mode = useExplorerStore(selectFlowMode);
  const step = useExplorerStore(selectStep);
  const setStudy = useExplorerStore(selectSetStudy);
  const setSequence = useExplorerStore(selectSetSequence);
  const setMode = useExplorerStore(selectSetFlowMode);
  const setStep = useExplorerStore(selectSetStep);

  const studies = useStudies();
  const study = useStudy(studyId);
  const armLabels = armLabelsOf(study);
  const followed: SequenceId | null = sequence === 'none' ? null : sequence;

  return (
    <div className="view view--designs">
      <div className="view__header">
        <ViewHeading>How the two trials were built</ViewHeading>
        <p className="lede">
          In a <Term id="crossover">crossover</Term> trial each person receives both conditions, in
          one of two orders called <Term id="sequence">sequences</Term>. Each stretch on one
          condition is a <Term id="period">period</Term>; the time between them includes a{' '}
          <Term id="washout">washout</Term>, meant to keep <Term id="carryover">carryover</Term> out
          of period 2. Both studies were <Term id="double-blind">double-blind</Term>; one stopped at
          an <Term id="interim-analysis">interim analysis</Term>.
        </p>
      </div>

      <div className="controls-bar" role="group" aria-label="Design controls">
        <RadioGroup<string>
          legend="Study"
          value={study.id}
          options={studies.map((candidate) => ({
            value: candidate.id,
            label: studyLabel(candidate),
          }))}
          onChange={setStudy}
        />
        <RadioGroup<SequenceChoice>
          legend="Follow a sequence"
          value={sequence}
          options={[
            { value: 'none', label: 'Both' },
            { value: 'AB', label: `AB: ${armLabels.A} first` },
            { value: 'BA', label: `BA: ${armLabels.B} first` },
          ]}
          onChange={setSequence}
        />
        <RadioGroup<FlowMode>
          legend="Arrange the diagram by"
          value={mode}
          options={[
            { value: 'period', label: 'Period' },
            { value: 'treatment', label: 'Treatment' },
          ]}
          onChange={setMode}
        />
      </div>

      <section aria-labelledby="flow-section-title">
        <h2 id="flow-section-title">{study.shortName}: who went where</h2>
        <FlowFigure
          study={study}
          followed={followed}
          step={step}
          mode={mode}
          onFollow={setSequence}
          onStep={setStep}
        />
      </section>

      <section aria-labelledby="schedule-section-title">
        <h2 id="schedule-section-title">{study.shortName}: the session schedule</h2>
        <ScheduleFigure study={study} followed={followed} mode={mode} />
        <MinutesFigure study={study} />
      </section>

      {(study.companions ?? []).map((companion) => (
        <section key={companion.id} aria-labelledby={`companion-${companion.id}-title`}>
          <h2 id={`companion-${companion.id}-title`}>
            For contrast: the {companion.subjects} were not in a crossover
          </h2>
          <CompanionFigure companion={companion} />
        </section>
      ))}

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">The designs side by side</h2>
        <DesignComparison studies={studies} />
      </section>
    </div>
  );
}
