/**
 * The day timeline of the Effects chapter: people and rats on one day axis, a shared day cursor,
 * and the optional, clearly labelled illustrative effect curve.
 */
import { useMemo } from 'react';
import { useExplorerStore } from '../../store';
import {
  selectCurveShown,
  selectDay,
  selectHalf,
  selectPeak,
  selectRise,
  selectSetCurveParam,
  selectSetCurveShown,
  selectSetDay,
} from '../../store/selectors';
import type { FactData } from '../../data/schema';
import { rangeOf } from '../../document/fields';
import { dayStatus } from '../../model/effectTimeline';
import { effectAt, effectCurvePoints } from '../../model/effectCurve';
import { daySentences } from '../../messages/timeline';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { EffectTimeline, illustrativeLabel } from '../../charts/EffectTimeline';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { RangeControl } from '../../controls/RangeControl';
import { t } from '../../messages/i18n';
import { formatPercent } from '../../messages/format';
import {
  EFFECTS_STUDY,
  RATS,
  TIMELINE,
  TIMELINE_INPUT,
  formatFactValue,
  isRightToLeft,
  tierWord,
} from './chapter';

const SHOCKS: FactData | undefined = RATS.facts.shocks;

/** A count fact's number, or null when it is not a plain number. */
function countOf(fact: FactData | null): number | null {
  return fact && typeof fact.value === 'number' ? fact.value : null;
}

/** "3 days", "0.5 days": a slider's value in days. */
const formatDays = (days: number) => t('timeline.curve.days', { days });

/** The facts the timeline rests on: fixed study facts, so one list for every render. */
const FACTS: readonly FactData[] = (() => {
  const { human, companion: rat } = TIMELINE_INPUT;
  return [
    human.result,
    human.window,
    ...(human.assessments ? [human.assessments] : []),
    human.assessmentDays,
    human.secondInfusion,
    rat.result,
    rat.window,
    ...rat.notes,
  ];
})();

/**
 * The day timeline as a figure (also a slide, an embed and a handout figure: `timeline`).
 *
 * A day step is the chapter's most frequent change (a key held on the cursor, a drag), so only
 * what depends on the day reads it: the chart (which redraws only its cursor, see EffectTimeline),
 * the read-out and the summary sentence. The frame, its words, facts and table and the curve's
 * controls do not re-render on a day step (they follow the curve settings or, through the locale
 * root's remount, the language).
 */
export function TimelineFigure() {
  const curveShown = useExplorerStore(selectCurveShown);
  const params = useCurveParams();
  const id = 'effects-timeline';
  const words = useMemo(timelineWords, []);
  const table = useMemo(
    () => <TimelineTable curve={curveShown ? params : null} />,
    [curveShown, params],
  );
  const after = useMemo(() => <CurveControls />, []);
  const summary = useMemo(() => <DaySummary />, []);

  return (
    <ChartFigure
      id={id}
      figureId="timeline"
      title={t('figure.timeline.title')}
      description={words.description}
      summary={summary}
      summaryVisuallyHidden
      facts={FACTS}
      table={table}
      after={after}
    >
      <DayChart id={id} words={words} />
    </ChartFigure>
  );
}

/** The illustrative curve's settings from the store, as one object while they do not change. */
function useCurveParams() {
  const rise = useExplorerStore(selectRise);
  const peak = useExplorerStore(selectPeak);
  const half = useExplorerStore(selectHalf);
  return useMemo(() => ({ riseDays: rise, peak, halfLifeDays: half }), [rise, peak, half]);
}

/** What is known on the reader's day, in words. */
function useDaySentences() {
  const day = useExplorerStore(selectDay);
  return { day, ...useMemo(() => daySentences(dayStatus(day, TIMELINE)), [day]) };
}

/** The figure's words that do not change with the day (a language change remounts the figure). */
function timelineWords() {
  const { human, companion: rat } = TIMELINE_INPUT;
  const count = countOf(human.assessments);
  const windows = {
    humanWindow: formatFactValue(human.window),
    ratWindow: formatFactValue(rat.window),
    interval: formatFactValue(human.secondInfusion),
  };
  return {
    description:
      count === null
        ? t('timeline.figure.descNoCount', windows)
        : t('timeline.figure.desc', { ...windows, count }),
    labels: {
      humanTrack: t('timeline.track.people', { study: EFFECTS_STUDY.shortName }),
      companionTrack: t('timeline.track.rats', { study: EFFECTS_STUDY.shortName }),
      humanWindowLength: windows.humanWindow,
      companionWindowLength: windows.ratWindow,
      humanWindow: t('timeline.label.humanWindow'),
      ratWindow: t('timeline.label.ratWindow'),
      assessments:
        count === null ? t('timeline.label.ratings') : t('timeline.label.assessments', { count }),
      secondInfusion: t('timeline.label.secondInfusion'),
      shocks: SHOCKS ? t('timeline.label.shocks') : '',
    },
    tierTags: {
      humanWindow: tierWord(human.result),
      ratWindow: tierWord(rat.result),
      assessments: tierWord(human.assessmentDays),
      secondInfusion: tierWord(human.secondInfusion),
      shocks: SHOCKS ? tierWord(SHOCKS) : '',
    },
    rtl: isRightToLeft(),
  };
}

/** The summary sentence for the day (the figure's live region). */
function DaySummary() {
  return useDaySentences().sentence;
}

/** The timeline with its day cursor, and the day's read-out under it. */
function DayChart({ id, words }: { id: string; words: ReturnType<typeof timelineWords> }) {
  const { day, ...summary } = useDaySentences();
  const setDay = useExplorerStore(selectSetDay);
  const curveShown = useExplorerStore(selectCurveShown);
  const params = useCurveParams();
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const timeline = TIMELINE;
  const curve = useMemo(
    () => (curveShown ? effectCurvePoints(params, 0, timeline.maxDay, 160) : undefined),
    [curveShown, params, timeline.maxDay],
  );
  return (
    <>
      <div ref={containerRef} className="chart-figure__canvas">
        <EffectTimeline
          timeline={timeline}
          day={day}
          onDayChange={setDay}
          dayText={summary.sentence}
          width={size.width}
          fontSize={size.fontSize}
          height={size.height}
          curve={curve}
          labels={words.labels}
          tierTags={words.tierTags}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
          rtl={words.rtl}
        />
      </div>
      <dl className="day-readout">
        <div>
          <dt>{t('timeline.readout.people', { day })}</dt>
          <dd>{summary.human}</dd>
        </div>
        <div>
          <dt>{t('timeline.readout.rats', { day })}</dt>
          <dd>{summary.companion}</dd>
        </div>
      </dl>
    </>
  );
}

/** The switch for the illustrative curve and, while it is shown, its three sliders. */
function CurveControls() {
  const curveShown = useExplorerStore(selectCurveShown);
  const setCurveShown = useExplorerStore(selectSetCurveShown);
  const rise = useExplorerStore(selectRise);
  const peak = useExplorerStore(selectPeak);
  const half = useExplorerStore(selectHalf);
  const setCurveParam = useExplorerStore(selectSetCurveParam);
  return (
    <div className="curve-controls">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={curveShown}
          onChange={(event) => setCurveShown(event.target.checked)}
        />
        <span>
          {t('timeline.curve.show')}{' '}
          <span className="curve-controls__tag">
            {t('timeline.curve.tag', { label: illustrativeLabel() })}
          </span>
        </span>
      </label>
      {curveShown && (
        <div className="curve-controls__sliders">
          <p className="curve-controls__note">{t('timeline.curve.note')}</p>
          <RangeControl
            label={t('timeline.curve.rise')}
            value={rise}
            {...rangeOf('rise')}
            format={formatDays}
            onChange={(v) => setCurveParam('rise', v)}
          />
          <RangeControl
            label={t('timeline.curve.peak')}
            value={peak}
            {...rangeOf('peak')}
            format={(v) => formatPercent(v)}
            onChange={(v) => setCurveParam('peak', v)}
          />
          <RangeControl
            label={t('timeline.curve.half')}
            value={half}
            {...rangeOf('half')}
            format={formatDays}
            onChange={(v) => setCurveParam('half', v)}
          />
        </div>
      )}
    </div>
  );
}

export function TimelineSection() {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.sectionHeading')}</h2>
      <TimelineFigure />
    </section>
  );
}

function TimelineTable({
  curve,
}: {
  curve: { riseDays: number; peak: number; halfLifeDays: number } | null;
}) {
  const timeline = TIMELINE;
  const days = Array.from({ length: timeline.maxDay + 1 }, (_, d) => d);
  return (
    <TableScroll label={t('timeline.table.label')}>
      <table className="data-table">
        <caption>{t('timeline.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.table.day')}</th>
            <th scope="col">{t('timeline.table.people')}</th>
            <th scope="col">{t('timeline.table.rats')}</th>
            {curve && (
              <th scope="col">{t('timeline.table.curve', { label: illustrativeLabel() })}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {days.map((d) => {
            const summary = daySentences(dayStatus(d, timeline));
            return (
              <tr key={d}>
                <th scope="row" className="data-table__number">
                  {d}
                </th>
                <td>{summary.human}</td>
                <td>{summary.companion}</td>
                {curve && (
                  <td className="data-table__number">
                    {formatPercent(effectAt(d, curve) / curve.peak)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
