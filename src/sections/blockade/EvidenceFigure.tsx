/** The evidence since 2018: one mark per study or letter, filterable by finding. */
import { useMemo, useState } from 'react';
import { EVIDENCE } from '../../data/studies';
import type { EvidenceEntryData, Finding } from '../../data/schema';
import { FINDINGS } from '../../data/constants';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { EvidenceTimeline, FindingShape, nOf } from '../../charts/EvidenceTimeline';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { TableScroll } from '../../components/TableScroll';
import { t, useActiveLocale } from '../../messages/i18n';
import { directionOf } from '../../messages/languages';
import { formatList } from '../../messages/format';
import { findingLabel } from '../../messages/blockade';

/** The years the evidence spans, as written in titles ("2018–2025"). */
function yearSpan(): { from: string; to: string } {
  const years = EVIDENCE.map((entry) => entry.year);
  return { from: String(Math.min(...years)), to: String(Math.max(...years)) };
}

export function EvidenceFigure() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const [hidden, setHidden] = useState<ReadonlySet<Finding>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const mirrored = directionOf(useActiveLocale()) === 'rtl';
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
  const counts = FINDINGS.map((finding) =>
    t('blockade.evidence.count', {
      count: hidden.has(finding) ? 0 : EVIDENCE.filter((e) => e.finding === finding).length,
      finding: findingLabel(finding),
    }),
  );
  return (
    <ChartFigure
      id={id}
      figureId="evidence"
      title={t('blockade.evidence.title', yearSpan())}
      description={t('blockade.evidence.desc')}
      summary={t('blockade.evidence.summary', {
        shown: shown.length,
        total: EVIDENCE.length,
        counts: formatList(counts),
      })}
      facts={shown.flatMap((entry) => [entry.summary, ...(entry.n ? [entry.n] : [])])}
      table={<EvidenceTable entries={shown} />}
      after={
        <>
          <fieldset className="evidence-filter">
            <legend>{t('blockade.evidence.filter')}</legend>
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
                <span>{findingLabel(finding)}</span>
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
          mirrored={mirrored}
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
        <p className="box-details__hint">{t('blockade.evidence.hint')}</p>
      </div>
    );
  }
  return (
    <div className="box-details">
      <p className="box-details__title">
        <span className="box-details__kicker">{entry.year}: </span>
        {t('blockade.evidence.detailTitle', {
          label: entry.label,
          finding: findingLabel(entry.finding),
        })}
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
          <strong>{t('blockade.evidence.compared')}</strong> {entry.comparison}
        </li>
      </ul>
    </div>
  );
}

function EvidenceTable({ entries }: { entries: readonly EvidenceEntryData[] }) {
  return (
    <TableScroll label={t('blockade.evidence.tableLabel')}>
      <table className="data-table">
        <caption>{t('blockade.evidence.caption', yearSpan())}</caption>
        <thead>
          <tr>
            <th scope="col">{t('blockade.evidence.year')}</th>
            <th scope="col">{t('blockade.evidence.study')}</th>
            <th scope="col">{t('blockade.evidence.finding')}</th>
            <th scope="col">{t('blockade.evidence.participants')}</th>
            <th scope="col">{t('blockade.evidence.summaryColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="data-table__number">{entry.year}</td>
              <th scope="row">{entry.label}</th>
              <td>{findingLabel(entry.finding)}</td>
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
