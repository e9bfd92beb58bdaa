/**
 * Effects over time: one day axis for people (one week) and rats (six days), a shared day cursor,
 * what each species' measure was, a walk-through of the harm aversion task, reverse translation,
 * and an optional, clearly labelled illustrative effect curve.
 */
import { useEffect, useMemo, useState } from 'react';
import { useExplorerStore } from '../../store';
import {
  selectCurveShown,
  selectDay,
  selectHalf,
  selectHatStep,
  selectPeak,
  selectRise,
  selectSetCurveParam,
  selectSetCurveShown,
  selectSetDay,
  selectSetHatStep,
} from '../../store/selectors';
import { HAT_STEP_MAX, HAT_STEP_MIN } from '../../store/views';
import { TIMELINE_INPUT } from '../../data/modelInputs';
import { hess2024 } from '../../data/studies';
import type { FactData } from '../../data/schema';
import { TIER_INFO } from '../../data/tiers';
import { formatFactValue } from '../../data/format';
import { daySummary, effectTimeline } from '../../model/effectTimeline';
import { EFFECT_CURVE_LIMITS, effectAt, effectCurvePoints } from '../../model/effectCurve';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { usePrefersReducedMotion } from '../../hooks/usePrefersReducedMotion';
import { EffectTimeline, ILLUSTRATIVE_LABEL } from '../../charts/EffectTimeline';
import { HarmAversionPanel, HAT_STEPS } from '../../charts/HarmAversionSchematic';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { TableScroll } from '../../components/TableScroll';
import { ViewHeading } from '../../components/ViewHeading';
import { RangeControl } from '../../controls/RangeControl';

const animal = hess2024.animal ?? {};

/** The timeline's tracks come from fixed study facts: built once. */
const TIMELINE = effectTimeline(TIMELINE_INPUT);

/** The tier word drawn on a mark; a not-reported mark already says so in its own label. */
function tierWord(fact: FactData): string {
  return fact.tier === 'not-reported' ? '' : TIER_INFO[fact.tier].marker;
}

export default function Effects() {
  return (
    <div className="view view--timeline">
      <div className="view__header">
        <ViewHeading>How long the effects lasted, in people and in rats</ViewHeading>
        <p className="lede">
          Hess et al. followed people for a week after each infusion, and rats for several days
          after treatment. The chart puts both on one day axis. It shows <em>when</em> ketamine
          differed from its control, not <em>by how much</em>: the sizes of the effects were not
          available to us.
        </p>
      </div>
      <TimelineSection />
      <MeasuresSection />
      <ReverseTranslation />
    </div>
  );
}

function TimelineSection() {
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
  const summary = daySummary(day, timeline);
  const params = useMemo(() => ({ riseDays: rise, peak, halfLifeDays: half }), [rise, peak, half]);
  const curve = useMemo(
    () => (curveShown ? effectCurvePoints(params, 0, timeline.maxDay, 160) : undefined),
    [curveShown, params, timeline.maxDay],
  );
  const { human, rat } = TIMELINE_INPUT;
  const assessments = human.assessments;
  const id = 'effects-timeline';
  const facts: FactData[] = [
    human.result,
    human.window,
    human.assessments,
    human.assessmentDays,
    human.secondInfusion,
    rat.result,
    rat.window,
    rat.shocks,
  ];

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">One day axis for both species</h2>
      <ChartFigure
        id={id}
        title="When ketamine differed from control, by day"
        description="Top track: people, with the one-week window, the week of five assessments (days not reported) and the second infusion two weeks later. Bottom track: rats, with the six-day window. Drag the day cursor, click the chart, or focus the cursor and use the arrow keys, Page Up and Page Down (a week) and Home and End."
        summary={summary.sentence}
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
                  min={EFFECT_CURVE_LIMITS.riseDays[0]}
                  max={EFFECT_CURVE_LIMITS.riseDays[1]}
                  step={0.5}
                  format={(v) => `${v} d`}
                  onChange={(v) => setCurveParam('rise', v)}
                />
                <RangeControl
                  label="Peak height (relative)"
                  value={peak}
                  min={EFFECT_CURVE_LIMITS.peak[0]}
                  max={EFFECT_CURVE_LIMITS.peak[1]}
                  step={0.05}
                  format={(v) => `${Math.round(v * 100)}%`}
                  onChange={(v) => setCurveParam('peak', v)}
                />
                <RangeControl
                  label="Half-life after the peak"
                  value={half}
                  min={EFFECT_CURVE_LIMITS.halfLifeDays[0]}
                  max={EFFECT_CURVE_LIMITS.halfLifeDays[1]}
                  step={0.5}
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
            curve={curve}
            labels={{
              humanWindow: 'ketamine above placebo on all four social pleasure items for one week',
              ratWindow: 'ketamine rats pressed further below baseline than vehicle rats',
              assessments: `${String(assessments.value)} assessments, days not reported`,
              secondInfusion: 'second infusion (other condition)',
              shocks: 'and delivered fewer shocks overall',
            }}
            tierTags={{
              humanWindow: tierWord(human.result),
              ratWindow: tierWord(rat.result),
              assessments: tierWord(human.assessmentDays),
              secondInfusion: tierWord(human.secondInfusion),
              shocks: tierWord(rat.shocks),
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
            <dd>{summary.rat}</dd>
          </div>
        </dl>
      </ChartFigure>
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
            const summary = daySummary(d, timeline);
            return (
              <tr key={d}>
                <th scope="row" className="data-table__number">
                  {d}
                </th>
                <td>{summary.human}</td>
                <td>{summary.rat}</td>
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

function MeasuresSection() {
  const outcomes = hess2024.outcomes;
  const domains = outcomes.socialDomains;
  const items = outcomes.shapsItems;
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">What “effect” meant in each species</h2>
      <div className="measures">
        <article className="measure-card" aria-labelledby="measure-people">
          <h3 id="measure-people">People: four questions about social pleasure</h3>
          <p>
            Participants filled in the <Term id="shaps">SHAPS</Term>, a questionnaire about enjoying
            everyday things. Hess et al. looked at its items about social situations:
          </p>
          {domains && Array.isArray(domains.value) && (
            <ul className="domain-cards">
              {domains.value.map((domain, index) => (
                <li key={String(domain)} className="domain-card">
                  <span className="domain-card__number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="domain-card__text">{String(domain)}</span>
                </li>
              ))}
            </ul>
          )}
          <ul className="fact-bullets">
            {domains && (
              <li>
                <Fact fact={domains} withLabel />
              </li>
            )}
            {items && (
              <li>
                <Fact fact={items} withLabel />
              </li>
            )}
            {outcomes.depressionMeasure && (
              <li>
                <Fact fact={outcomes.depressionMeasure} withLabel />
              </li>
            )}
            <li>
              <Fact fact={hess2024.results.main} withLabel />
            </li>
            {hess2024.results.madrsAdjusted && (
              <li>
                <Fact fact={hess2024.results.madrsAdjusted} withLabel />
              </li>
            )}
            {hess2024.results.limitation && (
              <li>
                <Fact fact={hess2024.results.limitation} withLabel />
              </li>
            )}
          </ul>
        </article>
        <article className="measure-card" aria-labelledby="measure-rats">
          <h3 id="measure-rats">Rats: giving up sucrose to spare a cage mate</h3>
          <p>
            The <Term id="harm-aversion-task">harm aversion task</Term> measures a choice, not a
            feeling. Step through it:
          </p>
          <HarmAversionWalkthrough />
          <ul className="fact-bullets">
            {animal.task && (
              <li>
                <Fact fact={animal.task} withLabel />
              </li>
            )}
            {animal.endpoint && (
              <li>
                <Fact fact={animal.endpoint} withLabel />
              </li>
            )}
            {animal.result && (
              <li>
                <Fact fact={animal.result} withLabel />
              </li>
            )}
            {animal.shocks && (
              <li>
                <Fact fact={animal.shocks} withLabel />
              </li>
            )}
            {animal.sucroseControl && (
              <li>
                <Fact fact={animal.sucroseControl} withLabel />
              </li>
            )}
          </ul>
        </article>
      </div>
    </section>
  );
}

const HAT_CAPTIONS = [
  'Two cage mates sit in neighbouring chambers. Only the chooser can reach a lever.',
  'A press delivers a sucrose pellet to the chooser…',
  '…and, at the same moment, a mild shock to the cage mate next door.',
  'Not pressing gives neither: no pellet, no shock.',
  'The measure: presses compared with the rat’s own baseline. Lower means more sucrose given up to spare the cage mate; ketamine rats stayed lower than vehicle rats.',
];

function HarmAversionWalkthrough() {
  const step = useExplorerStore(selectHatStep);
  const setStep = useExplorerStore(selectSetHatStep);
  const reducedMotion = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || reducedMotion) return;
    const timer = window.setInterval(() => {
      const current = useExplorerStore.getState().hat;
      setStep(current >= HAT_STEP_MAX ? HAT_STEP_MIN : current + 1);
    }, 2800);
    return () => window.clearInterval(timer);
  }, [playing, reducedMotion, setStep]);

  if (reducedMotion) {
    // Reduced motion: the whole sequence at once, as a strip of still panels.
    return (
      <ol className="hat-strip" aria-label="Harm aversion task, step by step">
        {HAT_CAPTIONS.map((caption, index) => (
          <li key={index} className="hat-strip__panel">
            <HarmAversionPanel
              step={index + 1}
              animate={false}
              title={`Step ${index + 1}: ${caption}`}
            />
            <p className="hat-strip__caption">
              <strong>{index + 1}.</strong> {caption}
            </p>
          </li>
        ))}
      </ol>
    );
  }

  const caption = HAT_CAPTIONS[step - 1] ?? '';
  return (
    <div className="hat-walkthrough">
      <HarmAversionPanel
        key={step}
        step={step}
        animate
        title={`Step ${step} of ${HAT_STEPS}: ${caption}`}
      />
      <p className="hat-walkthrough__caption" aria-live="polite">
        <strong>
          Step {step} of {HAT_STEPS}.
        </strong>{' '}
        {caption}
      </p>
      <div className="step-controls" role="group" aria-label="Walk through the task">
        <button
          type="button"
          className="button"
          onClick={() => setStep(step - 1)}
          disabled={step <= HAT_STEP_MIN}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setStep(step + 1)}
          disabled={step >= HAT_STEP_MAX}
        >
          Next →
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
    </div>
  );
}

function ReverseTranslation() {
  const humanWindow = TIMELINE_INPUT.human.window;
  const ratWindow = TIMELINE_INPUT.rat.window;
  return (
    <section aria-labelledby="reverse-title">
      <h2 id="reverse-title">From patients back to rats: reverse translation</h2>
      <p>
        Most drug research runs from animals to people. Hess et al. went the other way (
        <Term id="reverse-translation">reverse translation</Term>): they first saw that people
        reported more pleasure in social situations after ketamine, then asked whether rats would
        show a related behaviour that can be studied in the laboratory.
      </p>
      <div className="compare-columns">
        <div>
          <h3>What each measure can say</h3>
          <ul>
            <li>
              People <em>reported</em> how much they would enjoy social situations: a feeling,
              answered on a questionnaire, not observed behaviour.
            </li>
            <li>
              Rats <em>chose</em> whether to press a lever: behaviour with a cost, but whether a rat
              feels empathy cannot be asked.
            </li>
            <li>
              The human finding may be part of feeling less depressed overall (see the MADRS
              adjustment above).
            </li>
            {animal.sucroseControl && (
              <li>
                In rats: <Fact fact={animal.sucroseControl} />
              </li>
            )}
          </ul>
        </div>
        <div>
          <h3>Comparing the two windows</h3>
          <p>
            The human window is <Fact fact={humanWindow} /> and the rat window{' '}
            <Fact fact={ratWindow} />. Those are close, but they should not be read as the same
            effect lasting the same time:
          </p>
          <ul>
            <li>the measures differ (a questionnaire vs a lever choice);</li>
            <li>
              the designs differ (people were their own controls in a crossover; rats were compared
              with other rats);
            </li>
            <li>
              each window ends where testing or reporting ended — the human assessment days and the
              rat test days were not reported (
              {formatFactValue(TIMELINE_INPUT.human.assessmentDays)}
              );
            </li>
            <li>rats and people live on different time scales.</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
