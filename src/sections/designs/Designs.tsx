/**
 * Designs: how each study moved its participants through a crossover. A CONSORT-style flow
 * diagram (with a stage-by-stage build and a followed sequence), the session schedule, the rat
 * experiment as a contrasting parallel design, and the two designs side by side.
 */
import { useMemo, useState } from 'react';
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
import {
  DESIGN_STEP_MAX,
  DESIGN_STEP_MIN,
  type SequenceChoice,
  type StudyId,
} from '../../store/views';
import { FLOW_INPUTS, RAT_FLOW_INPUT, SCHEDULE_INPUTS, STUDY_BY_ID } from '../../data/modelInputs';
import {
  FLOW_STAGES,
  STAGE_LABELS,
  armsOf,
  crossoverFlow,
  parallelFlow,
  visibleAtStep,
  type FlowBox,
  type SequenceId,
} from '../../model/crossoverFlow';
import { layoutFlow } from '../../model/flowLayout';
import { sessionMinutes, sessionSchedule } from '../../model/sessionSchedule';
import { flowSummary, sequenceSentence } from '../../model/designSummary';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { FlowChart } from '../../charts/FlowChart';
import { ScheduleChart, type SessionLabel } from '../../charts/ScheduleChart';
import { SessionMinutesChart } from '../../charts/SessionMinutesChart';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { TableScroll } from '../../components/TableScroll';
import { ViewHeading } from '../../components/ViewHeading';
import { RadioGroup } from '../../controls/RadioGroup';
import { DesignComparison } from './DesignComparison';
import type { FactData } from '../../data/schema';

const STUDY_OPTIONS = [
  { value: 'hess-2024', label: 'Hess et al. 2024' },
  { value: 'williams-2018', label: 'Williams et al. 2018' },
] as const;

function factsOfBoxes(boxes: readonly FlowBox[]): FactData[] {
  return boxes.flatMap((box) => box.lines.flatMap((line) => (line.fact ? [line.fact] : [])));
}

export default function Designs() {
  const study = useExplorerStore(selectStudy);
  const sequence = useExplorerStore(selectSequence);
  const mode = useExplorerStore(selectFlowMode);
  const step = useExplorerStore(selectStep);
  const setStudy = useExplorerStore(selectSetStudy);
  const setSequence = useExplorerStore(selectSetSequence);
  const setMode = useExplorerStore(selectSetFlowMode);
  const setStep = useExplorerStore(selectSetStep);

  const data = STUDY_BY_ID[study];
  const armLabels = { A: data.arms[0].label, B: data.arms[1].label };
  const followed: SequenceId | null = sequence === 'none' ? null : sequence;

  return (
    <div className="view view--designs">
      <div className="view__header">
        <ViewHeading>How the two trials were built</ViewHeading>
        <p className="lede">
          In a <Term id="crossover">crossover</Term> trial each person receives both conditions, in
          one of two orders called <Term id="sequence">sequences</Term>. Each stretch on one
          condition is a <Term id="period">period</Term>, and the gap between them is the{' '}
          <Term id="washout">washout</Term>, meant to keep <Term id="carryover">carryover</Term> out
          of period 2. Both studies were <Term id="double-blind">double-blind</Term>; one stopped at
          an <Term id="interim-analysis">interim analysis</Term>.
        </p>
      </div>

      <div className="controls-bar" role="group" aria-label="Design controls">
        <RadioGroup<StudyId>
          legend="Study"
          value={study}
          options={STUDY_OPTIONS}
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
        <RadioGroup
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
        <h2 id="flow-section-title">{data.shortName}: who went where</h2>
        <FlowFigure
          study={study}
          followed={followed}
          step={step}
          armLabels={armLabels}
          onFollow={(next) => setSequence(next)}
          onStep={setStep}
          mode={mode}
        />
      </section>

      <section aria-labelledby="schedule-section-title">
        <h2 id="schedule-section-title">{data.shortName}: the session schedule</h2>
        <ScheduleFigure study={study} followed={followed} armLabels={armLabels} mode={mode} />
      </section>

      {study === 'hess-2024' && (
        <section aria-labelledby="rat-section-title">
          <h2 id="rat-section-title">For contrast: the rat experiment is not a crossover</h2>
          <RatFigure />
        </section>
      )}

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">The two designs side by side</h2>
        <DesignComparison />
      </section>
    </div>
  );
}

interface FlowFigureProps {
  study: StudyId;
  followed: SequenceId | null;
  step: number;
  mode: 'period' | 'treatment';
  armLabels: { A: string; B: string };
  onFollow: (sequence: SequenceChoice) => void;
  onStep: (step: number) => void;
}

function FlowFigure({ study, followed, step, mode, armLabels, onFollow, onStep }: FlowFigureProps) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const [activeId, setActiveId] = useState<string | null>(null);
  const input = FLOW_INPUTS[study];
  const diagram = useMemo(() => crossoverFlow(input, mode), [input, mode]);
  const layout = useMemo(
    () => layoutFlow(diagram, { width: size.width, fontSize: size.fontSize }),
    [diagram, size.width, size.fontSize],
  );
  const visible = useMemo(() => visibleAtStep(diagram, step), [diagram, step]);
  const visibleIds = useMemo(() => new Set(visible.boxes.map((box) => box.id)), [visible]);
  const active = visible.boxes.find((box) => box.id === activeId) ?? null;
  const id = `flow-${study}`;
  const summary = flowSummary({ armLabels, interval: input.washout, sequence: followed, step });

  const activate = (boxId: string) => {
    setActiveId(boxId);
    const box = diagram.boxes.find((candidate) => candidate.id === boxId);
    if (box?.sequence) onFollow(followed === box.sequence ? 'none' : box.sequence);
  };

  return (
    <ChartFigure
      id={id}
      title={`Participant flow, CONSORT crossover style (${mode === 'period' ? 'by period' : 'by treatment'})`}
      description={
        mode === 'period'
          ? 'Each column is one sequence; rows run from randomisation through period 1, the washout and period 2 to the analysis. Select a box to follow its sequence; focus or hover a box for its sources.'
          : 'Each column is one condition. Each sequence’s path crosses from one column to the other at the washout: that crossing is the crossover. Select a box to follow its sequence.'
      }
      summary={summary}
      facts={factsOfBoxes(visible.boxes)}
      table={<FlowTable boxes={visible.boxes} />}
      after={
        <>
          <StepControls step={step} onStep={onStep} />
          {diagram.footnotes.length > 0 && step >= DESIGN_STEP_MAX && (
            <ul className="chart-figure__footnotes">
              {diagram.footnotes.map((line) => (
                <li key={line.text}>
                  {line.fact ? <Fact fact={line.fact} withLabel /> : line.text}
                </li>
              ))}
            </ul>
          )}
          <BoxDetails box={active} />
        </>
      }
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <FlowChart
          layout={layout}
          visibleIds={visibleIds}
          columns={diagram.columns}
          followed={followed}
          activeBoxId={activeId}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
          onBoxFocus={setActiveId}
          onBoxActivate={activate}
        />
      </div>
    </ChartFigure>
  );
}

function StepControls({ step, onStep }: { step: number; onStep: (step: number) => void }) {
  const stage = FLOW_STAGES[step - 1]!;
  return (
    <div className="step-controls" role="group" aria-label="Build the diagram stage by stage">
      <button
        type="button"
        className="button"
        onClick={() => onStep(step - 1)}
        disabled={step <= DESIGN_STEP_MIN}
      >
        ← Previous stage
      </button>
      <span className="step-controls__status">
        Stage {step} of {DESIGN_STEP_MAX}: {STAGE_LABELS[stage]}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => onStep(step + 1)}
        disabled={step >= DESIGN_STEP_MAX}
      >
        Next stage →
      </button>
      {step < DESIGN_STEP_MAX && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onStep(DESIGN_STEP_MAX)}
        >
          Show all
        </button>
      )}
    </div>
  );
}

function BoxDetails({ box }: { box: FlowBox | null }) {
  return (
    <div className="box-details">
      {box ? (
        <>
          <p className="box-details__title">
            <span className="box-details__kicker">Selected box: </span>
            {box.title}
          </p>
          <ul className="box-details__facts">
            {box.lines.map((line, index) =>
              line.fact ? (
                <li key={index}>
                  <Fact fact={line.fact} withLabel />
                </li>
              ) : (
                <li key={index}>{line.text}</li>
              ),
            )}
          </ul>
        </>
      ) : (
        <p className="box-details__hint">
          Focus or hover a box to see where its numbers come from.
        </p>
      )}
    </div>
  );
}

function FlowTable({ boxes }: { boxes: readonly FlowBox[] }) {
  return (
    <TableScroll label="Participant flow as a table">
      <table className="data-table">
        <caption>Participant flow, stage by stage</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Box</th>
            <th scope="col">What is known</th>
          </tr>
        </thead>
        <tbody>
          {boxes.map((box) => (
            <tr key={box.id}>
              <td>{STAGE_LABELS[box.stage]}</td>
              <th scope="row">{box.title}</th>
              <td>
                <ul className="data-table__list">
                  {box.lines.map((line, index) => (
                    <li key={index}>
                      {line.fact ? <Fact fact={line.fact} withLabel /> : line.text}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ScheduleFigure({
  study,
  followed,
  armLabels,
  mode,
}: {
  study: StudyId;
  followed: SequenceId | null;
  armLabels: { A: string; B: string };
  mode: 'period' | 'treatment';
}) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const input = SCHEDULE_INPUTS[study];
  const schedule = useMemo(() => sessionSchedule(input), [input]);
  const minutes = useMemo(() => sessionMinutes(input), [input]);
  const id = `schedule-${study}`;
  const minutesId = `minutes-${study}`;

  const labels = ([1, 2] as const).map((period): SessionLabel => {
    if (!followed) {
      return {
        title:
          mode === 'period'
            ? `Period ${period}: ${armLabels.A} or ${armLabels.B}`
            : `${armLabels.A} or ${armLabels.B}`,
        followed: false,
      };
    }
    const arm = armsOf(followed)[period - 1]!;
    return {
      title:
        mode === 'period'
          ? `Period ${period}: ${armLabels[arm]}`
          : `${armLabels[arm]} (period ${period})`,
      followed: true,
    };
  }) as [SessionLabel, SessionLabel];

  const summary = `${sequenceSentence({ armLabels, interval: input.interval, sequence: followed, step: DESIGN_STEP_MAX })} ${
    input.assessments.kind === 'band'
      ? `After each infusion, ${String(input.assessments.count.value)} assessments within one week; their days are not reported.`
      : `Ratings on days ${input.assessments.days.join(' and ')} after each infusion.`
  }`;
  const facts: FactData[] = [
    input.infusion,
    input.infusionMinutes,
    input.interval,
    ...(input.pretreatment ? [input.pretreatment.what, input.pretreatment.leadMinutes] : []),
    ...(input.assessments.kind === 'band'
      ? [input.assessments.count, input.assessments.days]
      : [input.assessments.fact]),
  ];

  return (
    <>
      <ChartFigure
        id={id}
        title="Sessions and ratings, in days"
        description={
          schedule.intervalApproximate
            ? 'Diamonds mark the two sessions; the second is drawn dashed because the gap is reported only as about a month. Dots mark rating days.'
            : 'Diamonds mark the two infusions. The shaded bands are the weeks of assessments: their exact days were not reported, so no day is marked.'
        }
        summary={summary}
        facts={facts}
        table={<ScheduleTable schedule={schedule} />}
      >
        <div ref={containerRef} className="chart-figure__canvas">
          <ScheduleChart
            schedule={schedule}
            width={size.width}
            fontSize={size.fontSize}
            sessionLabels={labels}
            titleId={figureTitleId(id)}
            descriptionId={figureDescriptionId(id)}
          />
        </div>
      </ChartFigure>
      <ChartFigure
        id={minutesId}
        title="One session, in minutes"
        description={
          input.pretreatment
            ? 'The pill (naltrexone or placebo) is taken first; the ketamine infusion starts at minute 0.'
            : 'The infusion (ketamine or placebo) starts at minute 0.'
        }
        summary={minutes.map((segment) => segment.label).join('; ') + '.'}
        facts={minutes.map((segment) => segment.fact)}
        table={
          <TableScroll label="One session as a table">
            <table className="data-table">
              <caption>One session, in minutes from the start of the infusion</caption>
              <thead>
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">From (min)</th>
                  <th scope="col">To (min)</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {minutes.map((segment) => (
                  <tr key={segment.id}>
                    <th scope="row">{segment.label}</th>
                    <td className="data-table__number">{segment.startMinute}</td>
                    <td className="data-table__number">{segment.endMinute}</td>
                    <td>
                      <Fact fact={segment.fact} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        }
      >
        <MinutesCanvas segments={minutes} id={minutesId} />
      </ChartFigure>
    </>
  );
}

function MinutesCanvas({
  segments,
  id,
}: {
  segments: ReturnType<typeof sessionMinutes>;
  id: string;
}) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  return (
    <div ref={containerRef} className="chart-figure__canvas">
      <SessionMinutesChart
        segments={segments}
        width={size.width}
        fontSize={size.fontSize}
        titleId={figureTitleId(id)}
        descriptionId={figureDescriptionId(id)}
      />
    </div>
  );
}

function ScheduleTable({ schedule }: { schedule: ReturnType<typeof sessionSchedule> }) {
  return (
    <TableScroll label="Session schedule as a table">
      <table className="data-table">
        <caption>Session schedule, in days since the first session</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Day</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {schedule.events.map((event) => (
            <tr key={event.id}>
              <th scope="row">
                {event.label}
                {event.kind !== 'session' && ` (after session ${event.period})`}
              </th>
              <td className="data-table__number">
                {event.approximate ? 'about ' : ''}
                {event.endDay !== undefined ? `${event.startDay}–${event.endDay}` : event.startDay}
              </td>
              <td>
                <Fact fact={event.fact} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RatFigure() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const diagram = useMemo(() => parallelFlow(RAT_FLOW_INPUT), []);
  const layout = useMemo(
    () => layoutFlow(diagram, { width: size.width, fontSize: size.fontSize }),
    [diagram, size.width, size.fontSize],
  );
  const allIds = useMemo(() => new Set(diagram.boxes.map((box) => box.id)), [diagram]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = diagram.boxes.find((box) => box.id === activeId) ?? null;
  const id = 'flow-rats';
  return (
    <ChartFigure
      id={id}
      title="Rat harm-aversion experiment: two parallel groups"
      description="Each rat received one treatment only, so ketamine rats are compared with other rats (vehicle), not with themselves. There is no second period and no washout."
      summary="Two separate groups, ketamine and vehicle; group sizes, strain, sex and dose are not reported in the sources we hold."
      facts={factsOfBoxes(diagram.boxes)}
      table={<FlowTable boxes={diagram.boxes} />}
      after={<BoxDetails box={active} />}
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <FlowChart
          layout={layout}
          visibleIds={allIds}
          columns={diagram.columns}
          followed={null}
          activeBoxId={activeId}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
          onBoxFocus={setActiveId}
          onBoxActivate={setActiveId}
        />
      </div>
    </ChartFigure>
  );
}
