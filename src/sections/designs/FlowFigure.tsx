/**
 * The CONSORT-style crossover flow of one study: a stage-by-stage build, a followed sequence,
 * arrangement by period or by treatment, and a details panel for the focused box.
 */
import { useMemo, useState } from 'react';
import type { StudyData } from '../../data/schema';
import { useExplorerStore } from '../../store';
import { selectRevealed } from '../../store/selectors';
import { FIELDS, type FlowMode, type SequenceChoice } from '../../document/fields';
import { armLabels, flowInput } from '../../data/studyInputs';
import {
  FLOW_STAGES,
  crossoverFlow,
  visibleAtStep,
  type FlowBox,
  type FlowDiagram,
  type SequenceId,
} from '../../model/crossoverFlow';
import { layoutFlow, type FlowLayoutOptions } from '../../model/flowLayout';
import { stageLabel, flowSummary, flowText } from '../../messages/flow';
import { t } from '../../messages/i18n';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { useFigureFrame } from '../../figures/frame';
import { FlowChart } from '../../charts/FlowChart';
import { useActiveLocale } from '../../messages/i18n';
import { directionOf } from '../../messages/languages';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { TableScroll } from '../../components/TableScroll';
import type { FactData } from '../../data/schema';

const STEP_MIN = FIELDS.step.min;
const STEP_MAX = FIELDS.step.max;

/**
 * The flow's layout options for its frame: down the page in a view; across a slide, whose boxes
 * take the smallest chart type (0.75 of the slide's chart type, at least 18 px at 1280×720).
 */
export function slideAware(
  size: { width: number; fontSize: number },
  onSlide: boolean,
): FlowLayoutOptions {
  return onSlide
    ? { width: size.width, fontSize: size.fontSize * 0.75, orientation: 'horizontal' }
    : { width: size.width, fontSize: size.fontSize };
}

export function factsOfBoxes(boxes: readonly FlowBox[]): FactData[] {
  return boxes.flatMap((box) => box.lines.flatMap((line) => (line.fact ? [line.fact] : [])));
}

interface FlowFigureProps {
  study: StudyData;
  followed: SequenceId | null;
  step: number;
  mode: FlowMode;
  onFollow: (sequence: SequenceChoice) => void;
  onStep: (step: number) => void;
}

/** The study's flow diagram with its words (memoised per study and arrangement). */
export function useFlowDiagram(study: StudyData, mode: FlowMode): FlowDiagram {
  const revealed = useExplorerStore(selectRevealed);
  return useMemo(
    () => flowText(crossoverFlow(flowInput(study), mode), armLabels(study), revealed),
    [study, mode, revealed],
  );
}

export function FlowFigure({ study, followed, step, mode, onFollow, onStep }: FlowFigureProps) {
  const rtl = directionOf(useActiveLocale()) === 'rtl';
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const onSlide = useFigureFrame() === 'slide';
  const [activeId, setActiveId] = useState<string | null>(null);
  const diagram = useFlowDiagram(study, mode);
  const layout = useMemo(
    () => layoutFlow(diagram, slideAware(size, onSlide)),
    [diagram, size, onSlide],
  );
  const visible = useMemo(() => visibleAtStep(diagram, step), [diagram, step]);
  const visibleIds = useMemo(() => new Set(visible.boxes.map((box) => box.id)), [visible]);
  const active = visible.boxes.find((box) => box.id === activeId) ?? null;
  const id = `flow-${study.id}`;
  const summary = flowSummary({
    armLabels: armLabels(study),
    interval: study.schedule.interval,
    sequence: followed,
    step,
    splitReported: study.sequences.every((sequence) => typeof sequence.n.value === 'number'),
  });

  const activate = (boxId: string) => {
    setActiveId(boxId);
    const box = diagram.boxes.find((candidate) => candidate.id === boxId);
    if (box?.sequence) onFollow(followed === box.sequence ? 'none' : box.sequence);
  };

  return (
    <ChartFigure
      id={id}
      figureId="flow"
      title={t('designs.flow.title', { mode })}
      description={
        mode === 'period' ? t('designs.flow.descPeriod') : t('designs.flow.descTreatment')
      }
      summary={summary}
      facts={factsOfBoxes(visible.boxes)}
      table={<FlowTable boxes={visible.boxes} />}
      after={
        <>
          <StepControls step={step} onStep={onStep} />
          {diagram.footnotes.length > 0 && step >= STEP_MAX && (
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
          rtl={rtl}
        />
      </div>
    </ChartFigure>
  );
}

function StepControls({ step, onStep }: { step: number; onStep: (step: number) => void }) {
  const stage = FLOW_STAGES[step - 1]!;
  return (
    <div className="step-controls" role="group" aria-label={t('designs.step.group')}>
      <button
        type="button"
        className="button"
        onClick={() => onStep(step - 1)}
        disabled={step <= STEP_MIN}
      >
        {t('designs.step.previous')}
      </button>
      <span className="step-controls__status">
        {t('designs.step.status', { step, total: STEP_MAX, stage: stageLabel(stage) })}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => onStep(step + 1)}
        disabled={step >= STEP_MAX}
      >
        {t('designs.step.next')}
      </button>
      {step < STEP_MAX ? (
        <button type="button" className="button button--quiet" onClick={() => onStep(STEP_MAX)}>
          {t('designs.step.all')}
        </button>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => onStep(STEP_MIN)}>
          {t('designs.step.restart')}
        </button>
      )}
    </div>
  );
}

export function BoxDetails({ box }: { box: FlowBox | null }) {
  return (
    <div className="box-details">
      {box ? (
        <>
          <p className="box-details__title">
            <span className="box-details__kicker">{t('designs.box.selected')}</span>
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
        <p className="box-details__hint">{t('designs.box.hint')}</p>
      )}
    </div>
  );
}

export function FlowTable({ boxes }: { boxes: readonly FlowBox[] }) {
  return (
    <TableScroll label={t('designs.table.label')}>
      <table className="data-table">
        <caption>{t('designs.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('designs.table.stage')}</th>
            <th scope="col">{t('designs.table.box')}</th>
            <th scope="col">{t('designs.table.known')}</th>
          </tr>
        </thead>
        <tbody>
          {boxes.map((box) => (
            <tr key={box.id}>
              <td>{stageLabel(box.stage)}</td>
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
