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
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';

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
        <ViewHeading>{t('designs.heading', { count: studies.length })}</ViewHeading>
      </div>

      <div className="controls-bar" role="group" aria-label={t('designs.controls')}>
        <RadioGroup<string>
          legend={t('designs.study')}
          value={study.id}
          options={studies.map((candidate) => ({
            value: candidate.id,
            label: studyLabel(candidate),
          }))}
          onChange={setStudy}
        />
        <RadioGroup<SequenceChoice>
          legend={t('designs.follow')}
          value={sequence}
          options={[
            { value: 'none', label: t('designs.follow.both') },
            {
              value: 'AB',
              label: t('designs.follow.sequence', { sequence: 'AB', arm: armLabels.A }),
            },
            {
              value: 'BA',
              label: t('designs.follow.sequence', { sequence: 'BA', arm: armLabels.B }),
            },
          ]}
          onChange={setSequence}
        />
        <RadioGroup<FlowMode>
          legend={t('designs.arrange')}
          value={mode}
          options={[
            { value: 'period', label: t('designs.arrange.period') },
            { value: 'treatment', label: t('designs.arrange.treatment') },
          ]}
          onChange={setMode}
        />
      </div>

      <section aria-labelledby="flow-section-title">
        <h2 id="flow-section-title">{t('designs.flowHeading', { study: study.shortName })}</h2>
        <FlowFigure
          study={study}
          followed={followed}
          step={step}
          mode={mode}
          onFollow={setSequence}
          onStep={setStep}
        />
      </section>
      <p className="lede lede--after">
        <T
          id="designs.lede"
          components={{
            crossover: <Term id="crossover">{null}</Term>,
            sequence: <Term id="sequence">{null}</Term>,
            period: <Term id="period">{null}</Term>,
            washout: <Term id="washout">{null}</Term>,
            carryover: <Term id="carryover">{null}</Term>,
            blind: <Term id="double-blind">{null}</Term>,
            interim: <Term id="interim-analysis">{null}</Term>,
          }}
        />
      </p>

      <section aria-labelledby="schedule-section-title">
        <h2 id="schedule-section-title">
          {t('designs.scheduleHeading', { study: study.shortName })}
        </h2>
        <ScheduleFigure study={study} followed={followed} mode={mode} />
        <MinutesFigure study={study} />
      </section>

      {(study.companions ?? []).map((companion) => (
        <section key={companion.id} aria-labelledby={`companion-${companion.id}-title`}>
          <h2 id={`companion-${companion.id}-title`}>
            {t('designs.companionHeading', { subjects: companion.subjects })}
          </h2>
          <CompanionFigure companion={companion} />
        </section>
      ))}

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{t('designs.compareHeading')}</h2>
        <DesignComparison studies={studies} />
      </section>
    </div>
  );
}
