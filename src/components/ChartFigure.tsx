/**
 * The frame every chart sits in: a title and description (which the chart's SVG references), the
 * chart, a one-sentence live summary, the facts the chart rests on with their provenance markers,
 * and a "Show as table" alternative.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFigureFrame } from '../figures/frame';
import { FigureHeading } from '../figures/FigureHeading';
import type { FigureId } from '../document/figures';
import { NO_CITATION, allSources, sourceById, sourceOrigin } from '../data/studies';
import { TIER_INFO } from '../data/tiers';
import { t } from '../messages/i18n';
import { encode } from '../document/codec';
import { useExplorerStore } from '../store';
import { pickDocument } from '../store/documentSlice';
import type { FactData, SourceData } from '../data/schema';
import { FactMarker, useSourcesShown } from './Fact';
import { visibleFactValue } from '../data/format';
import { selectRevealed } from '../store/selectors';
import { useRovingMarks } from '../charts/primitives/useRovingMarks';

export interface ChartFigureProps {
  id: string;
  title: string;
  description: ReactNode;
  /**
   * One sentence: what the chart shows now. A string, or an element that renders one (so a figure
   * can update its summary without re-rendering the whole frame, e.g. on each day step).
   */
  summary: ReactNode;
  /** Facts the chart draws on; listed under it with their markers. */
  facts: readonly FactData[];
  table: ReactNode;
  children: ReactNode;
  /** Extra content between the chart and the summary (e.g. a details panel). */
  after?: ReactNode;
  /** For charts of simulated or computed numbers: said instead of a list of facts. */
  provenanceNote?: string;
  /** The figure's id in the figure list (src/document/figures.ts), for one-figure embeds. */
  figureId?: FigureId;
  /** The chart shows the same words itself (e.g. a day read-out): keep the summary for screen readers only. */
  summaryVisuallyHidden?: boolean;
  /** The chart is being recomputed (e.g. a simulation streams in): aria-busy on the chart. */
  busy?: boolean;
  /**
   * The figure shows its last finished drawing while a new one is computed (see
   * useHeldUntilReady): dimmed after a moment, so a quick swap does not flicker.
   */
  stale?: boolean;
  /**
   * Whether changes to the summary are announced (default). Off while a simulation streams:
   * its progress speaks at milestones instead of a new summary every chunk.
   */
  summaryLive?: boolean;
}

export const figureTitleId = (id: string) => `${id}__title`;
export const figureDescriptionId = (id: string) => `${id}__desc`;

export function ChartFigure({
  id,
  title,
  description,
  summary,
  facts,
  table,
  children,
  after,
  provenanceNote,
  figureId,
  summaryVisuallyHidden = false,
  busy = false,
  stale = false,
  summaryLive = true,
}: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  const frame = useFigureFrame();
  const revealed = useExplorerStore(selectRevealed);
  const sourcesShown = useSourcesShown();
  const figureRef = useRef<HTMLElement>(null);
  // The chart's marks are one tab stop, walked with the arrow keys.
  const chartRef = useRovingMarks();
  // Built once per facts array, so a figure whose summary follows a slider (a day step, a lab
  // setting) does not rebuild its facts list, source line or export tools on every step.
  const unique = useMemo(
    () => facts.filter((fact, index) => facts.indexOf(fact) === index),
    [facts],
  );
  const openTable = useCallback(() => setShowTable(true), []);
  const exportSources = useMemo(
    () =>
      unique.length > 0
        ? [
            ...new Set(
              unique.map((f) => citeSource(sourceById(f.sourceId), TIER_INFO[f.tier].marker)),
            ),
          ]
        : [provenanceNote ?? t('export.thisApp')],
    [unique, provenanceNote],
  );
  // A link to this figure (…#id) opens with the figure in view, once its lazy view has rendered.
  useEffect(() => {
    if (frame === 'view' && window.location.hash === `#${id}`) {
      figureRef.current?.scrollIntoView({ block: 'start' });
    }
  }, [frame, id]);
  if (frame === 'slide') {
    const sourceLabels = [...new Set(unique.map((fact) => sourceById(fact.sourceId).label))];
    return (
      <figure
        className="chart-figure chart-figure--slide"
        id={id}
        aria-labelledby={figureTitleId(id)}
        ref={figureRef}
      >
        <FigureHeading id={figureTitleId(id)} className="visually-hidden">
          {title}
        </FigureHeading>
        <p id={figureDescriptionId(id)} className="visually-hidden">
          {description}
        </p>
        <div className="chart-figure__chart" ref={chartRef} aria-busy={busy || undefined}>
          {children}
        </div>
        {after}
        <p className="chart-figure__summary" aria-live={summaryLive ? 'polite' : 'off'}>
          {summary}
        </p>
        <p className="chart-figure__sources">
          {provenanceNote ??
            (sourceLabels.length > 0 ? t('figure.sources', { list: sourceLabels.join('; ') }) : '')}
        </p>
      </figure>
    );
  }
  return (
    <figure
      className={`chart-figure chart-figure--${frame}${stale ? ' chart-figure--stale' : ''}`}
      id={id}
      aria-labelledby={figureTitleId(id)}
      ref={figureRef}
    >
      <FigureHeading id={figureTitleId(id)} className="chart-figure__title">
        {title}
      </FigureHeading>
      <p id={figureDescriptionId(id)} className="chart-figure__description">
        {description}
      </p>
      <div className="chart-figure__chart" ref={chartRef} aria-busy={busy || undefined}>
        {children}
      </div>
      {after}
      <p
        className={`chart-figure__summary${summaryVisuallyHidden ? ' visually-hidden' : ''}`}
        aria-live={summaryLive ? 'polite' : 'off'}
      >
        {summary}
      </p>
      <FigureFacts
        facts={unique}
        provenanceNote={provenanceNote}
        revealed={revealed}
        sourcesShown={sourcesShown}
      />
      {frame !== 'print' && (
        <ExportTools
          id={id}
          figureId={figureId}
          sources={exportSources}
          provenance={unique.length > 0 ? null : (provenanceNote ?? null)}
          showTable={openTable}
        />
      )}
      {frame !== 'print' && (
        <button
          type="button"
          className="button button--quiet chart-figure__table-toggle"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('figure.hideTable') : t('figure.showTable')}
        </button>
      )}
      <div id={`${id}-table`} hidden={!showTable}>
        {showTable && table}
      </div>
    </figure>
  );
}

/** The figure's caption: the facts it draws on with their markers, or its provenance note. */
const FigureFacts = memo(function FigureFacts({
  facts,
  provenanceNote,
  revealed,
  sourcesShown,
}: {
  facts: readonly FactData[];
  provenanceNote: string | undefined;
  revealed: boolean;
  sourcesShown: boolean;
}) {
  return (
    <figcaption className="chart-figure__facts">
      {provenanceNote && <span className="chart-figure__note">{provenanceNote}</span>}
      {facts.length > 0 && !sourcesShown && <CompactSources facts={facts} />}
      {facts.length > 0 && sourcesShown && (
        <>
          <span className="chart-figure__facts-label">{t('figure.drawnFrom')}</span>
          <ul>
            {facts.map((fact) => (
              <li
                key={`${fact.label}-${fact.sourceId}`}
                className="fact"
                data-tier={fact.tier}
                data-source={sourceById(fact.sourceId).label}
              >
                {fact.label} ({visibleFactValue(fact, revealed)}){' '}
                {(!fact.reveals || revealed) && <FactMarker fact={fact} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </figcaption>
  );
});

/**
 * With sources hidden: one line naming each source once with the tiers the figure's facts carry
 * from it (a compact marker each, shape and text, never colour alone), instead of the list of
 * facts. The reader's "Show sources" switch brings the list back.
 */
function CompactSources({ facts }: { facts: readonly FactData[] }) {
  const groups = new Map<string, Set<FactData['tier']>>();
  for (const fact of facts) {
    const label = sourceById(fact.sourceId).label;
    groups.set(label, (groups.get(label) ?? new Set()).add(fact.tier));
  }
  return (
    <span className="chart-figure__compact-sources">
      <span className="chart-figure__facts-label">{t('figure.sourcesLabel')}</span>{' '}
      {[...groups].map(([label, tiers], index) => (
        <span key={label} className="chart-figure__compact-source">
          {index > 0 && '; '}
          {label}{' '}
          {[...tiers].map((tier) => (
            <span key={tier} className={`tier-marker tier-marker--${tier} tier-marker--static`}>
              {TIER_INFO[tier].marker}
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

/**
 * How an export names a source: its label, the tier, and its DOI or registry record. A reader's
 * own source also carries the citation their file gives, or says "user-supplied study".
 */
export function citeSource(source: SourceData, tier?: string): string {
  const where = source.doi
    ? `doi:${source.doi}`
    : source.registryId
      ? `ClinicalTrials.gov ${source.registryId}`
      : null;
  const own =
    sourceOrigin(source.id) === 'user'
      ? source.citation === NO_CITATION
        ? t('export.userSupplied')
        : source.citation
      : null;
  return [`${source.label}${tier ? ` (${tier})` : ''}`, own, where].filter(Boolean).join(', ');
}

/** Each source's label → its export citation, for the CSV's source column (built-in first). */
function citationsByLabel(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const source of allSources()) {
    if (!map.has(source.label)) map.set(source.label, citeSource(source));
  }
  return map;
}

/** A link to this page's document, at the figure. */
function permalinkTo(id: string): string {
  const query = encode(pickDocument(useExplorerStore.getState()));
  return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}#${id}`;
}

/** The figure's text, read from its rendered parts. */
function figureText(id: string, sources: string[]) {
  const figure = document.getElementById(id);
  const read = (selector: string) => figure?.querySelector(selector)?.textContent?.trim() ?? '';
  return {
    title: read('.chart-figure__title'),
    description: read('.chart-figure__description'),
    summary: read('.chart-figure__summary'),
    sources,
    // From the store, not the address bar: the address is written once a drag rests (urlSync.ts).
    permalink: permalinkTo(id),
  };
}

const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Download SVG, PNG and CSV, copy a link, or get embed code. The export code loads on demand. */
const ExportTools = memo(function ExportTools({
  id,
  sources,
  provenance,
  showTable,
  figureId,
}: {
  id: string;
  figureId: FigureId | undefined;
  sources: string[];
  provenance: string | null;
  showTable: () => void;
}) {
  const [status, setStatus] = useState('');
  const [embedOpen, setEmbedOpen] = useState(false);
  const svg = () =>
    document.querySelector<SVGSVGElement>(`#${CSS.escape(id)} .chart-figure__chart svg`);
  const run = async (what: string, action: () => Promise<void> | void) => {
    try {
      await action();
      setStatus(t('figure.ready', { what }));
    } catch (error) {
      setStatus(t('figure.failed', { what, message: (error as Error).message }));
    }
  };
  return (
    <div className="export-tools" role="group" aria-label={t('figure.exportGroup')}>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          run('SVG', async () => {
            const element = svg();
            if (!element) throw new Error(t('figure.noChart'));
            (await import('../export/exportChart')).downloadSvg(element, figureText(id, sources));
          })
        }
      >
        {t('figure.downloadSvg')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          run('PNG', async () => {
            const element = svg();
            if (!element) throw new Error(t('figure.noChart'));
            await (
              await import('../export/exportChart')
            ).downloadPng(element, figureText(id, sources));
          })
        }
      >
        {t('figure.downloadPng')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          run('CSV', async () => {
            showTable();
            await nextFrame();
            const table = document.querySelector<HTMLTableElement>(
              `#${CSS.escape(id)}-table table`,
            );
            if (!table) throw new Error(t('figure.noTable'));
            (await import('../export/exportChart')).downloadCsv(
              table,
              provenance,
              figureText(id, sources).title,
              citationsByLabel(),
            );
          })
        }
      >
        {t('figure.downloadCsv')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          run(t('figure.link'), async () => {
            await navigator.clipboard.writeText(figureText(id, sources).permalink);
            setStatus(t('figure.linkCopied'));
          })
        }
      >
        {t('figure.copyLink')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={embedOpen}
        onClick={() => setEmbedOpen((open) => !open)}
      >
        {t('figure.embed')}
      </button>
      <span className="export-tools__status" role="status">
        {status}
      </span>
      {embedOpen && <EmbedCode id={id} figureId={figureId} sources={sources} />}
    </div>
  );
});

/**
 * The embed code, built only while the Embed panel is open (it encodes the whole document, so it
 * follows every store change; closed, nothing is encoded or re-rendered on a slider step).
 */
function EmbedCode({
  id,
  figureId,
  sources,
}: {
  id: string;
  figureId: FigureId | undefined;
  sources: string[];
}) {
  const embedSearch = useExplorerStore((state) =>
    encode(
      { ...pickDocument(state), embed: true, figure: figureId ?? 'none', lecture: false },
      { full: true },
    ),
  );
  const embedCode = `<iframe src="${window.location.origin}${window.location.pathname}?${embedSearch}#${id}" title="${
    figureText(id, sources).title || t('figure.untitled')
  }" width="100%" height="640" loading="lazy"></iframe>`;
  return (
    <label className="export-tools__embed">
      <span>{t('figure.embedCode')}</span>
      <textarea
        readOnly
        rows={3}
        value={embedCode}
        onFocus={(event) => event.currentTarget.select()}
      />
    </label>
  );
}
