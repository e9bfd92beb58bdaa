/** The evidence since 2018: one mark per study or letter, filterable by finding. */
import { useMemo, useState } from 'react';
import { EVIDENCE } from '../../data/studies';
import type { EvidenceEntryData, Finding } from '../../data/schema';
import { FINDINGS } from '../../data/constants';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { EvidenceTimeline, FINDING_LABELS, FindingShape, nOf } from '../../charts/EvidenceTimeline';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { TableScroll } from '../../components/TableScroll';

export function EvidenceFigure() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const [hidden, setHidden] = useState<ReadonlySet<Finding>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const shown = useMemo(() => EVIDENCE.filter((entry) => !hidden.has(entry.finding)), [hidden]);
  const active = shown.find((entry) => entry.id === activeId) ?? null;
  const id = 'evidence';
  const toggle = (finding: Finding) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (next.has(finding)) next.delete(finding);
      else next.add(finding);
      return next;
    });
  const counts = FINDINGS.map(
    (finding) =>
      `${EVIDENCE.filter((e) => e.finding === finding && !hidden.has(finding)).length} ${FINDING_LABELS[finding]}`,
  );
  return (
    <ChartFigure
      id={id}
      figureId="evidence"
      title="Studies and letters on naltrexone and ketamine, 2018–2025"
      description="One mark per study or letter, by year. A mark's area grows with the number of participants; its shape gives the finding. Focus or select a mark for details."
      summary={`Showing ${shown.length} of ${EVIDENCE.length}: ${counts.join(', ')}.`}
      facts={shown.flatMap((entry) => [entry.summary, ...(entry.n ? [entry.n] : [])])}
      table={<EvidenceTable entries={shown} />}
      after={
        <>
          <fieldset className="evidence-filter">
            <legend>Show findings</legend>
            {FINDINGS.map((finding) => (
              <label key={finding} className="checkbox">
                <input
                  type="checkbox"
                  checked={!hidden.has(finding)}
                  onChange={() => toggle(finding)}
                />
                <svg
                  width="20"
                  height="20"
                  viewBox="-10 -10 20 20"
                  aria-hidden="true"
                  className="evidence-filter__shape"
                >
                  <FindingShape finding={finding} r={7} />
                </svg>
                <span>{FINDING_LABELS[finding]}</span>
              </label>
            ))}
          </fieldset>
          <EvidenceDetails entry={active} />
        </>
      }
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <EvidenceTimeline
          entries={shown}
          activeId={activeId}
          onActivate={setActiveId}
          width={size.width}
          fontSize={size.fontSize}
          height={size.height}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
    </ChartFigure>
  );
}

function EvidenceDetails({ entry }: { entry: EvidenceEntryData | null }) {
  if (!entry) {
    return (
      <div className="box-details">
        <p className="box-details__hint">
          Focus or select a mark to see what the study found and how it differs.
        </p>
      </div>
    );
  }
  return (
    <div className="box-details">
      <p className="box-details__title">
        <span className="box-details__kicker">{entry.year}: </span>
        {entry.label} — {FINDING_LABELS[entry.finding]}
      </p>
      <ul className="box-details__facts">
        <li>
          <Fact fact={entry.summary} withLabel />
        </li>
        {entry.design && (
          <li>
            <Fact fact={entry.design} withLabel />
          </li>
        )}
        {entry.n && (
          <li>
            <Fact fact={entry.n} withLabel />
          </li>
        )}
        <li>
          <strong>Compared with Williams et al. 2018:</strong> {entry.comparison}
        </li>
      </ul>
    </div>
  );
}

function EvidenceTable({ entries }: { entries: readonly EvidenceEntryData[] }) {
  return (
    <TableScroll label="Evidence as a table">
      <table className="data-table">
        <caption>Studies and letters, 2018–2025</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Study</th>
            <th scope="col">Finding</th>
            <th scope="col">Participants</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="data-table__number">{entry.year}</td>
              <th scope="row">{entry.label}</th>
              <td>{FINDING_LABELS[entry.finding]}</td>
              <td>{entry.n ? <Fact fact={entry.n} /> : (nOf(entry) ?? '—')}</td>
              <td>
                <Fact fact={entry.summary} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
