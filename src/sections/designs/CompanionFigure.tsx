/** A study's companion experiment in a group (parallel) design, e.g. the rat experiment of Hess 2024. */
import { t } from '../../messages/i18n';
import { formatList } from '../../messages/format';
import { useMemo, useState } from 'react';
import type { CompanionData } from '../../data/schema';
import { companionFlowInput } from '../../data/studyInputs';
import { parallelFlow } from '../../model/crossoverFlow';
import { layoutFlow } from '../../model/flowLayout';
import { flowText } from '../../messages/flow';
import { formatFactValue } from '../../data/format';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { useFigureFrame } from '../../figures/frame';
import { FlowChart } from '../../charts/FlowChart';
import { useActiveLocale } from '../../messages/i18n';
import { directionOf } from '../../messages/languages';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { BoxDetails, FlowTable, factsOfBoxes, slideAware } from './FlowFigure';

export function CompanionFigure({ companion }: { companion: CompanionData }) {
  const rtl = directionOf(useActiveLocale()) === 'rtl';
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const onSlide = useFigureFrame() === 'slide';
  const diagram = useMemo(
    () => flowText(parallelFlow(companionFlowInput(companion)), { A: '', B: '' }),
    [companion],
  );
  const layout = useMemo(
    () => layoutFlow(diagram, slideAware(size, onSlide)),
    [diagram, size, onSlide],
  );
  const allIds = useMemo(() => new Set(diagram.boxes.map((box) => box.id)), [diagram]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = diagram.boxes.find((box) => box.id === activeId) ?? null;
  const id = `flow-${companion.id}`;
  const [left, right] = companion.groups;
  const unknown = [left.n, ...companion.about].filter((fact) => fact.value === null);
  return (
    <ChartFigure
      id={id}
      figureId="companion"
      title={t('designs.companion.title', { title: companion.title })}
      description={t('designs.companion.desc', {
        subjects: companion.subjects,
        left: left.label.toLowerCase(),
        right: right.label.toLowerCase(),
      })}
      summary={t(
        unknown.length > 0 ? 'designs.companion.summaryUnknown' : 'designs.companion.summary',
        {
          left: left.label.toLowerCase(),
          right: right.label.toLowerCase(),
          unknown: formatList(unknown.map((fact) => fact.label.toLowerCase())),
          design: formatFactValue(companion.design),
        },
      )}
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
          rtl={rtl}
        />
      </div>
    </ChartFigure>
  );
}
