/**
 * The figure registry: every figure of the list (src/document/figures.ts) mapped to the component
 * that draws it, loaded lazily with its view's chunk. A view, a lecture slide, a one-figure embed
 * and the handout all render a figure through <FigureHost>, so it looks and behaves the same.
 */
import { Suspense, lazy, type ComponentType } from 'react';
import { FIGURE_IDS, figureInfo, type FigureId } from '../document/figures';
import { FIELDS, type FieldKey, type View } from '../document/fields';
import { FieldControl } from '../controls/FieldControl';
import { FigureFrameContext, type FigureFrame } from './frame';
import { CatalogGate, viewNamespace } from '../components/CatalogGate';
import { t } from '../messages/i18n';
import './FigureHost.css';

type Loader = () => Promise<ComponentType>;

const LOADERS: Record<FigureId, Loader> = {
  studies: () => import('../sections/Overview').then((m) => m.StudiesFigure),
  'why-crossover': () =>
    import('../sections/overview/WhyCrossoverFigure').then((m) => m.WhyCrossoverFigure),
  flow: () => import('../sections/designs/figures').then((m) => m.FlowFigureConnected),
  schedule: () => import('../sections/designs/figures').then((m) => m.ScheduleFigureConnected),
  session: () => import('../sections/designs/figures').then((m) => m.SessionFigureConnected),
  companion: () => import('../sections/designs/figures').then((m) => m.CompanionFigureConnected),
  comparison: () => import('../sections/designs/figures').then((m) => m.ComparisonFigure),
  timeline: () => import('../sections/effects/TimelineSection').then((m) => m.TimelineFigure),
  hat: () =>
    import('../sections/effects/HarmAversionWalkthrough').then((m) => m.HarmAversionFigure),
  responders: () => import('../sections/blockade/RespondersFigure').then((m) => m.RespondersFigure),
  interim: () => import('../sections/blockade/InterimSection').then((m) => m.InterimFigure),
  evidence: () => import('../sections/blockade/EvidenceFigure').then((m) => m.EvidenceFigure),
  'lab-trial': () => import('../sections/lab/TrialFigure').then((m) => m.LabTrialFigure),
  'lab-estimates': () =>
    import('../sections/lab/EstimatesFigure').then((m) => m.LabEstimatesFigure),
  'lab-power': () => import('../sections/lab/PowerFigure').then((m) => m.LabPowerFigure),
  'lab-design': () => import('../sections/lab/DesignFlowFigure').then((m) => m.LabDesignFigure),
  'lab-research': () => import('../sections/lab/ResearchFigure').then((m) => m.LabResearchFigure),
  tiers: () => import('../sections/Sources').then((m) => m.TiersFigure),
};

const COMPONENTS = Object.fromEntries(
  FIGURE_IDS.map((id) => [
    id,
    lazy(() => LOADERS[id]().then((component) => ({ default: component }))),
  ]),
) as unknown as Record<FigureId, ComponentType>;

/** A figure's title in the reader's language. */
export function figureTitle(id: FigureId): string {
  return t(`figure.${id}.title`);
}

export function isFigureId(id: string): id is FigureId {
  return (FIGURE_IDS as string[]).includes(id);
}

/** One figure by its id, in a frame; with `controls`, its controls beside it (slides, embeds). */
export function FigureHost({
  id,
  frame,
  controls = false,
}: {
  id: FigureId;
  frame: FigureFrame;
  controls?: boolean;
}) {
  const Figure = COMPONENTS[id];
  const info = figureInfo(id)!;
  const title = figureTitle(id);
  const fields = (controls ? info.controls : []) as FieldKey[];
  // Numbers (sliders) sit beside the figure; choices go in a small settings box under it.
  const numbers = fields.filter((field) => FIELDS[field].kind === 'number');
  const choices = fields.filter((field) => FIELDS[field].kind !== 'number');
  return (
    <FigureFrameContext.Provider value={frame}>
      <div
        data-figure={id}
        className={`figure-host figure-host--${frame}${numbers.length > 0 ? ' figure-host--with-controls' : ''}`}
      >
        <div className="figure-host__figure">
          <Suspense fallback={<p className="loading">{t('figure.loading', { title })}</p>}>
            <CatalogGate namespace={viewNamespace(info.view as View)}>
              <Figure />
            </CatalogGate>
          </Suspense>
          {choices.length > 0 && (
            <details className="figure-host__settings">
              <summary>{t('figure.change')}</summary>
              <div role="group" aria-label={t('figure.choices', { title })}>
                {choices.map((field) => (
                  <FieldControl key={field} field={field} />
                ))}
              </div>
            </details>
          )}
        </div>
        {numbers.length > 0 && (
          <div
            className="figure-host__controls"
            role="group"
            aria-label={t('figure.settings', { title })}
          >
            {numbers.map((field) => (
              <FieldControl key={field} field={field} />
            ))}
          </div>
        )}
      </div>
    </FigureFrameContext.Provider>
  );
}
