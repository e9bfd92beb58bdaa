/**
 * The lab design's participant flow (figure `lab-design`): the same flow layout and chart as the
 * studies' CONSORT-style diagrams, drawn from the lab's settings — a lane per sequence (AB/BA,
 * ABB/BAA, Balaam's four, or the two arms of a parallel trial), every period and washout, and the
 * analysis with its looks. So choosing a design shows its structure.
 */
import { useMemo, useState } from 'react';
import { designStructure } from '../../model/lab/designs';
import { designFlow } from '../../model/lab/designFlow';
import { lookSizes, primaryAnalysis } from '../../model/lab/labSimulation';
import { layoutFlow } from '../../model/flowLayout';
import { designFlowSummary, designFlowText } from '../../messages/lab';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabSettings } from '../../hooks/useLabSettings';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { FlowChart } from '../../charts/FlowChart';
import { useActiveLocale } from '../../messages/i18n';
import { directionOf } from '../../messages/languages';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { FlowTable } from '../designs/FlowFigure';
import { t } from '../../messages/i18n';

export function LabDesignFigure() {
  const rtl = directionOf(useActiveLocale()) === 'rtl';
  const params = useLabParams();
  const settings = useLabSettings();
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const [activeId, setActiveId] = useState<string | null>(null);
  const { design, n, dropout, washout } = params;
  const { crossoverDesign, allocation, outcome, interimLooks, firstLook } = settings;
  const spec = useMemo(() => {
    const structure = designStructure(design, crossoverDesign, allocation);
    return designFlow({
      structure,
      n,
      dropout,
      washoutDays: washout,
      looks: lookSizes(n, interimLooks, firstLook),
      analysis: primaryAnalysis({ design, crossoverDesign, outcome }),
    });
  }, [design, crossoverDesign, allocation, n, dropout, washout, interimLooks, firstLook, outcome]);
  const diagram = useMemo(() => designFlowText(spec), [spec]);
  // Four lanes on a phone: smaller type, so the longest word of a box ("(control)") fits.
  const laneWidth = size.width / Math.max(2, spec.lanes.length);
  const fontSize = Math.max(10, Math.min(size.fontSize, laneWidth / 7.2));
  const layout = useMemo(
    () => layoutFlow(diagram, { width: size.width, fontSize }),
    [diagram, size.width, fontSize],
  );
  const visibleIds = useMemo(() => new Set(diagram.boxes.map((box) => box.id)), [diagram]);
  const id = 'lab-design-figure';
  return (
    <ChartFigure
      id={id}
      figureId="lab-design"
      title={t('figure.lab-design.title')}
      description={t('lab.design.description')}
      summary={designFlowSummary(spec, washout)}
      facts={[]}
      provenanceNote={t('lab.design.note')}
      table={<FlowTable boxes={diagram.boxes} />}
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <FlowChart
          layout={layout}
          visibleIds={visibleIds}
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
