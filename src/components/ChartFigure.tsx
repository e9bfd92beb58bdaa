/**
 * The frame every chart sits in: a title and description (which the chart's SVG references), the
 * chart, a one-sentence live summary, the facts the chart rests on with their provenance markers,
 * and a "Show as table" alternative.
 */
import { useState, type ReactNode } from 'react';
import type { FactData } from '../data/schema';
import { FactMarker } from './Fact';
import { formatFactValue } from '../data/format';

export interface ChartFigureProps {
  id: string;
  title: string;
  description: ReactNode;
  summary: string;
  /** Facts the chart draws on; listed under it with their markers. */
  facts: readonly FactData[];
  table: ReactNode;
  children: ReactNode;
  /** Extra content between the chart and the summary (e.g. a details panel). */
  after?: ReactNode;
  /** For charts of simulated or computed numbers: said instead of a list of facts. */
  provenanceNote?: string;
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
}: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  const unique = facts.filter((fact, index) => facts.indexOf(fact) === index);
  return (
    <figure className="chart-figure" id={id} aria-labelledby={figureTitleId(id)}>
      <h3 id={figureTitleId(id)} className="chart-figure__title">
        {title}
      </h3>
      <p id={figureDescriptionId(id)} className="chart-figure__description">
        {description}
      </p>
      <div className="chart-figure__chart">{children}</div>
      {after}
      <p className="chart-figure__summary" aria-live="polite">
        {summary}
      </p>
      <figcaption className="chart-figure__facts">
        {provenanceNote && <span className="chart-figure__note">{provenanceNote}</span>}
        {unique.length > 0 && (
          <>
            <span className="chart-figure__facts-label">Drawn from:</span>
            <ul>
              {unique.map((fact) => (
                <li key={`${fact.label}-${fact.sourceId}`}>
                  {fact.label} ({formatFactValue(fact)}) <FactMarker fact={fact} />
                </li>
              ))}
            </ul>
          </>
        )}
      </figcaption>
      <button
        type="button"
        className="button button--quiet chart-figure__table-toggle"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide table' : 'Show as table'}
      </button>
      <div id={`${id}-table`} hidden={!showTable}>
        {showTable && table}
      </div>
    </figure>
  );
}
