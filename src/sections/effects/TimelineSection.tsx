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
import { EffectTimeline, ILLUSTRATIVE_LABEL } from '../../charts/EffectTimeline';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { RangeControl } from '../../controls/RangeControl';
import {
  EFFECTS_STUDY,
  RATS,
  TIMELINE,
  TIMELINE_INPUT,
  TIMELINE_WORDS,
  formatFactValue,
  tierWord,
} from './chapter';

const SHOCKS: FactData | undefined = RATS.facts.shocks;

/** The day timeline as a figure (also a slide, an embed and a handout figure: `timeline`). */
export function TimelineFigure() {
  const day = useExplorerStore(selectDay);
  const setDay = useExplorerStore(selectSetDay);
  const curveShown = useExplorerStore(selectCurveShown);
  const setCurveShown = useExplorerStore(selectSetCurveShown);
  const rise = useExplorerStore(selectRise);
  const peak = useExplorerStore(selectPeak);
  const half = useExplorerStore(selectHalf);
  const setCurveParam = useExplorerStore(selectSetCurveParam);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();

  const timeline = TIMELINE;
  const summary = daySentences(dayStatus(day, timeline), TIMELINE_WORDS);
  const params = useMemo(() => ({ riseDays: rise, peak, halfLifeDays: half }), [rise, peak, half]);
  const curve = useMemo(
    () => (curveShown ? effectCurvePoints(params, 0, timeline.maxDay, 160) : undefined),
    [curveShown, params, timeline.maxDay],
  );
  const { human, companion: rat } = TIMELINE_INPUT;
  const assessments = human.assessments;
  const id = 'effects-timeline';
  const facts: FactData[] = [
    human.result,
    human.window,
    ...(human.assessments ? [human.assessments] : []),
    human.assessmentDays,
    human.secondInfusion,
    rat.result,
    rat.window,
    ...rat.notes,
  ];

  return (
    <ChartFigure
      id={id}
      figureId="timeline"
      title="When ketamine differed from control, by day"
      description="Top track: people, with the one-week window, the week of five assessments (days not reported) and the second infusion two weeks later. Bottom track: rats, with the six-day window. Drag the day cursor, click the chart, or focus the cursor and use the arrow keys, Page Up and Page Down (a week) and Home and End."
      summary={summary.sentence}
      summaryVisuallyHidden
      facts={facts}
      table={<TimelineTable curve={curveShown ? params : null} />}
      after={
        <div className="curve-controls">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={curveShown}
              onChange={(event) => setCurveShown(event.target.checked)}
            />
            <span>
              Show an illustrative effect curve{' '}
              <span className="curve-controls__tag">({ILLUSTRATIVE_LABEL})</span>
            </span>
          </label>
          {curveShown && (
            <div className="curve-controls__sliders">
              <p className="curve-controls__note">
                A teaching model of an effect that builds up and fades. Its shape is yours to set;
                it is not fitted to either study, and its height has no scale.
              </p>
              <RangeControl
                label="Days to peak"
                value={rise}
                {...rangeOf('rise')}
                format={(v) => `${v} d`}
                onChange={(v) => setCurveParam('rise', v)}
              />
              <RangeControl
                label="Peak height (relative)"
                value={peak}
                {...rangeOf('peak')}
                format={(v) => `${Math.round(v * 100)}%`}
                onChange={(v) => setCurveParam('peak', v)}
              />
              <RangeControl
                label="Half-life after the peak"
                value={half}
                {...rangeOf('half')}
                format={(v) => `${v} d`}
                onChange={(v) => setCurveParam('half', v)}
              />
            </div>
          )}
        </div>
      }
    >
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
          labels={{
            humanTrack: `People (${EFFECTS_STUDY.shortName})`,
            companionTrack: `Rats (${EFFECTS_STUDY.shortName})`,
            humanWindowLength: formatFactValue(human.window),
            companionWindowLength: formatFactValue(rat.window),
            humanWindow: 'ketamine above placebo on all four social pleasure items for one week',
            ratWindow: 'ketamine rats pressed further below baseline than vehicle rats',
            assessments: assessments
              ? `${String(assessments.value)} assessments, days not reported`
              : 'ratings, days not reported',
            secondInfusion: 'second infusion (other condition)',
            shocks: SHOCKS ? 'and delivered fewer shocks overall' : '',
          }}
          tierTags={{
            humanWindow: tierWord(human.result),
            ratWindow: tierWord(rat.result),
            assessments: tierWord(human.assessmentDays),
            secondInfusion: tierWord(human.secondInfusion),
            shocks: SHOCKS ? tierWord(SHOCKS) : '',
          }}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
      <dl className="day-readout">
        <div>
          <dt>People on day {day}</dt>
          <dd>{summary.human}</dd>
        </div>
        <div>
          <dt>Rats on day {day}</dt>
          <dd>{summary.companion}</dd>
        </div>
      </dl>
    </ChartFigure>
  );
}

export function TimelineSection() {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">One day axis for both species</h2>
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
    <TableScroll label="Timeline as a table">
      <table className="data-table">
        <caption>What is known on each day after treatment</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">People</th>
            <th scope="col">Rats</th>
            {curve && (
              <th scope="col">Illustrative curve, % of its peak height ({ILLUSTRATIVE_LABEL})</th>
            )}
          </tr>
        </thead>
        <tbody>
          {days.map((d) => {
            const summary = daySentences(dayStatus(d, timeline), TIMELINE_WORDS);
            return (
              <tr key={d}>
                <th scope="row" className="data-table__number">
                  {d}
                </th>
                <td>{summary.human}</td>
                <td>{summary.companion}</td>
                {curve && (
                  <td className="data-table__number">
                    {Math.round((100 * effectAt(d, curve)) / curve.peak)}%
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
