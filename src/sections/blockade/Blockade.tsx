/**
 * The naltrexone blockade (Williams et al. 2018): predict, then reveal. Before the reveal only the
 * design is on the page — no result is rendered anywhere, so neither a screen reader nor a data
 * table can give the answer away. After it: responders person by person with an exact interval,
 * what else was found, what stopping at the interim analysis means, and the evidence since.
 */
import { useMemo, useState } from 'react';
import { useExplorerStore } from '../../store';
import {
  selectClearPredictions,
  selectPredictionAntidepressant,
  selectPredictionDissociation,
  selectRevealed,
  selectSetPrediction,
  selectSetRevealed,
} from '../../store/selectors';
import type { Prediction, PredictionQuestion } from '../../store/uiSlice';
import { EVIDENCE, sourceById, williams2018 } from '../../data/studies';
import type { EvidenceEntryData, FactData, Finding } from '../../data/schema';
import { FINDINGS } from '../../data/constants';
import { clopperPearson, percent } from '../../model/binomialInterval';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { ResponderChart } from '../../charts/ResponderChart';
import { InterimBar } from '../../charts/InterimBar';
import { EvidenceTimeline, FINDING_LABELS, FindingShape, nOf } from '../../charts/EvidenceTimeline';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact, FactMarker } from '../../components/Fact';
import { Term } from '../../components/Term';
import { TableScroll } from '../../components/TableScroll';
import { ViewHeading } from '../../components/ViewHeading';
import { RadioGroup } from '../../controls/RadioGroup';

const w = williams2018;

function need(fact: FactData | undefined, key: string): FactData {
  if (!fact) throw new Error(`data/williams-2018.json is missing ${key}`);
  return fact;
}

const FACTS = {
  respondersPlacebo: need(w.results.respondersPlacebo, 'results.respondersPlacebo'),
  respondersNaltrexone: need(w.results.respondersNaltrexone, 'results.respondersNaltrexone'),
  responseRate: need(w.results.responseRatePlacebo, 'results.responseRatePlacebo'),
  completers: need(w.design.completers, 'design.completers'),
  planned: need(w.design.plannedN, 'design.plannedN'),
  interim: need(w.design.interimAfter, 'design.interimAfter'),
  remission: w.results.remission,
  hamd: need(w.results.hamdReductions, 'results.hamdReductions'),
  dissociation: need(w.results.dissociation, 'results.dissociation'),
  allCompleters: w.results.allCompleters,
  magnitudes: w.results.magnitudes,
  suicidality: w.results.suicidality,
};

/** The ethical framing of the stop: in the sources we hold, it is said most explicitly by secondary accounts. */
const ETHICAL_FRAMING: FactData = {
  label: 'Stopping described as an ethical decision',
  value: 'The decision to stop is described as an ethical one',
  sourceId: 'williams-2018-secondary',
  tier: 'secondary',
};

const count = (fact: FactData) => {
  if (typeof fact.value !== 'number') throw new Error(`"${fact.label}" is not a count`);
  return fact.value;
};

/**
 * How an exact (Clopper–Pearson) 95% interval was computed, in words. A Beta quantile with a zero
 * parameter is undefined, so the bound at 0 of n (lower) or n of n (upper) is stated by
 * convention instead: 0 and 1.
 */
export function clopperPearsonFormula(
  x: number,
  n: number,
  ci: { lower: number; upper: number },
): string {
  const lower =
    x === 0
      ? 'the lower bound is 0 by convention (no responders)'
      : `from the 2.5th percentile of Beta(${x}, ${n - x + 1})`;
  const upper =
    x === n
      ? 'the upper bound is 1 by convention (all responded)'
      : `${x === 0 ? 'the upper bound is' : 'to'} the 97.5th percentile of Beta(${x + 1}, ${n - x})`;
  return `Exact (Clopper–Pearson) 95% interval for ${x} of ${n}: ${lower}${x === 0 || x === n ? '; ' : ' '}${upper} = ${ci.lower.toFixed(3)} to ${ci.upper.toFixed(3)}.`;
}

const PREDICTION_OPTIONS = [
  { value: 'blocked', label: 'Yes, blocked' },
  { value: 'not-blocked', label: 'No, not blocked' },
  { value: 'unsure', label: 'Not sure' },
] as const;

export default function Blockade() {
  const revealed = useExplorerStore(selectRevealed);
  return (
    <div className="view view--blockade">
      <div className="view__header">
        <ViewHeading>Does blocking opioid receptors stop ketamine working?</ViewHeading>
        <p className="lede">
          Williams et al. gave people with hard-to-treat depression ketamine twice: once after a
          dose of naltrexone, which blocks opioid receptors, and once after a{' '}
          <Term id="placebo">placebo</Term>. Before you see what happened, make a prediction.
        </p>
      </div>
      <WhatWasDone />
      <PredictAndReveal />
      {revealed && (
        <>
          <RespondersSection />
          <OtherFindings />
          <InterimSection />
          <EvidenceSection />
        </>
      )}
    </div>
  );
}

function WhatWasDone() {
  return (
    <section aria-labelledby="done-title">
      <h2 id="done-title">What was done</h2>
      <ul className="fact-bullets">
        <li>
          <Fact fact={w.design.type} withLabel />
        </li>
        <li>
          <Fact fact={w.design.blinding} withLabel />
        </li>
        {w.intervention.pretreatment && (
          <li>
            <Fact fact={w.intervention.pretreatment} withLabel />
          </li>
        )}
        {w.intervention.pretreatmentTiming && (
          <li>
            <Fact fact={w.intervention.pretreatmentTiming} withLabel />
          </li>
        )}
        <li>
          <Fact fact={w.intervention.dose} withLabel />
        </li>
        <li>
          <Fact fact={w.outcomes.primary} withLabel />
        </li>
        {w.outcomes.dissociation && (
          <li>
            <Fact fact={w.outcomes.dissociation} withLabel /> — what it rates: see{' '}
            <Term id="cadss">CADSS</Term>.
          </li>
        )}
      </ul>
    </section>
  );
}

const QUESTIONS: {
  id: PredictionQuestion;
  text: string;
  result: Prediction;
  resultFact: FactData;
}[] = [
  {
    id: 'antidepressant',
    text: 'Will naltrexone block ketamine’s antidepressant effect?',
    result: 'blocked',
    resultFact: FACTS.hamd,
  },
  {
    id: 'dissociation',
    text: 'Will naltrexone block ketamine’s dissociative effect?',
    result: 'not-blocked',
    resultFact: FACTS.dissociation,
  },
];

function PredictAndReveal() {
  const revealed = useExplorerStore(selectRevealed);
  const setRevealed = useExplorerStore(selectSetRevealed);
  const antidepressant = useExplorerStore(selectPredictionAntidepressant);
  const dissociation = useExplorerStore(selectPredictionDissociation);
  const setPrediction = useExplorerStore(selectSetPrediction);
  const clearPredictions = useExplorerStore(selectClearPredictions);
  const predictions = { antidepressant, dissociation };
  const answered = Object.values(predictions).filter((p) => p !== null).length;

  return (
    <section aria-labelledby="predict-title" className="predict">
      <h2 id="predict-title">
        {revealed ? 'Your predictions and the results' : 'Your prediction'}
      </h2>
      {!revealed ? (
        <>
          {QUESTIONS.map((question) => (
            <RadioGroup<Prediction>
              key={question.id}
              legend={question.text}
              value={predictions[question.id] ?? ('' as Prediction)}
              options={PREDICTION_OPTIONS}
              onChange={(value) => setPrediction(question.id, value)}
            />
          ))}
          <p className="predict__hint">
            {answered < 2
              ? `You have answered ${answered} of 2. You can reveal at any time.`
              : 'Both answered. Ready when you are.'}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setRevealed(true)}
          >
            Reveal the results
          </button>
        </>
      ) : (
        <>
          <table className="data-table predict__table">
            <caption className="visually-hidden">
              Your predictions compared with the results
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">You predicted</th>
                <th scope="col">Result</th>
                <th scope="col">Match</th>
              </tr>
            </thead>
            <tbody>
              {QUESTIONS.map((question) => {
                const guess = predictions[question.id];
                const verdict =
                  guess === null
                    ? 'no prediction made'
                    : guess === 'unsure'
                      ? 'you were unsure'
                      : guess === question.result
                        ? '✓ matches'
                        : '✗ does not match';
                return (
                  <tr key={question.id}>
                    <th scope="row">{question.text}</th>
                    <td>
                      {guess === null
                        ? '—'
                        : PREDICTION_OPTIONS.find((o) => o.value === guess)!.label}
                    </td>
                    <td>
                      <strong>
                        {question.result === 'blocked' ? 'Blocked. ' : 'Not blocked. '}
                      </strong>
                      <Fact fact={question.resultFact} />
                    </td>
                    <td>{verdict}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button
            type="button"
            className="button"
            onClick={() => {
              clearPredictions();
              setRevealed(false);
            }}
          >
            Reset: ask again
          </button>
        </>
      )}
    </section>
  );
}

function RespondersSection() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const [showRemission, setShowRemission] = useState(false);
  const n = count(FACTS.completers);
  const placebo = count(FACTS.respondersPlacebo);
  const naltrexone = count(FACTS.respondersNaltrexone);
  const ciPlacebo = clopperPearson(placebo, n);
  const ciNaltrexone = clopperPearson(naltrexone, n);
  const intervalFact = (
    x: number,
    ci: ReturnType<typeof clopperPearson>,
    label: string,
  ): FactData => ({
    label,
    value: `${percent(ci.lower)} to ${percent(ci.upper)}`,
    sourceId:
      x === placebo ? FACTS.respondersPlacebo.sourceId : FACTS.respondersNaltrexone.sourceId,
    tier: 'derived',
    formula: clopperPearsonFormula(x, n, ci),
  });
  const intervalPlacebo = intervalFact(placebo, ciPlacebo, '95% interval, placebo + ketamine');
  const intervalNaltrexone = intervalFact(
    naltrexone,
    ciNaltrexone,
    '95% interval, naltrexone + ketamine',
  );
  const id = 'responders';
  return (
    <section aria-labelledby="responders-title">
      <h2 id="responders-title">Responders, person by person</h2>
      <ChartFigure
        id={id}
        title="Day-1 response (HAM-D-17 down by at least half), 12 people, each in both conditions"
        description="Top row: after placebo + ketamine. Bottom row: after naltrexone + ketamine. Filled circles with a tick are responders; open circles with a dash are not. A heavy line joins each of the people who responded after placebo to their own result with naltrexone."
        summary={`${placebo} of ${n} responded after placebo + ketamine (${percent(ciPlacebo.estimate)}, exact 95% interval ${percent(ciPlacebo.lower)} to ${percent(ciPlacebo.upper)}); ${naltrexone} of ${n} after naltrexone + ketamine — none of the ${placebo} responders responded with naltrexone.`}
        facts={[
          FACTS.respondersPlacebo,
          FACTS.respondersNaltrexone,
          FACTS.responseRate,
          intervalPlacebo,
          intervalNaltrexone,
        ]}
        table={
          <TableScroll label="Responders as a table">
            <table className="data-table">
              <caption>Responders by condition</caption>
              <thead>
                <tr>
                  <th scope="col">Condition</th>
                  <th scope="col">Responders</th>
                  <th scope="col">Rate</th>
                  <th scope="col">Exact 95% interval</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Placebo + ketamine</th>
                  <td>
                    <Fact fact={FACTS.respondersPlacebo} />
                  </td>
                  <td>
                    <Fact fact={FACTS.responseRate} />
                  </td>
                  <td>
                    <Fact fact={intervalPlacebo} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">Naltrexone + ketamine</th>
                  <td>
                    <Fact fact={FACTS.respondersNaltrexone} />
                  </td>
                  <td>{percent(ciNaltrexone.estimate)}</td>
                  <td>
                    <Fact fact={intervalNaltrexone} />
                  </td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
        }
        after={
          <div className="responders-extra">
            <p>
              Response rate after placebo + ketamine: <Fact fact={FACTS.responseRate} />, exact 95%
              interval <Fact fact={intervalPlacebo} />. With only 12 people, the true rate could be
              far lower or higher than 58%.
            </p>
            {FACTS.remission && (
              <>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={showRemission}
                    onChange={(event) => setShowRemission(event.target.checked)}
                  />
                  <span>Also show remission (from a secondary source)</span>
                </label>
                {showRemission && (
                  <p className="responders-extra__remission">
                    <Fact fact={FACTS.remission} withLabel />
                  </p>
                )}
              </>
            )}
          </div>
        }
      >
        <div ref={containerRef} className="chart-figure__canvas">
          <ResponderChart
            n={n}
            rows={[
              { label: 'Placebo + ketamine', responders: placebo },
              { label: 'Naltrexone + ketamine', responders: naltrexone },
            ]}
            width={size.width}
            fontSize={size.fontSize}
            titleId={figureTitleId(id)}
            descriptionId={figureDescriptionId(id)}
          />
        </div>
      </ChartFigure>
    </section>
  );
}

function OtherFindings() {
  const facts = [
    FACTS.hamd,
    FACTS.allCompleters,
    FACTS.dissociation,
    FACTS.magnitudes,
    FACTS.suicidality,
  ].filter((fact): fact is FactData => fact !== undefined);
  return (
    <section aria-labelledby="other-title">
      <h2 id="other-title">What else was found</h2>
      <p>
        The sources we hold (the paper’s abstract and secondary accounts) say whether these
        differences were significant but give no sizes, which we would need to draw them, so they
        are listed rather than charted.
      </p>
      <ul className="fact-bullets">
        {facts.map((fact) => (
          <li key={fact.label}>
            <Fact fact={fact} withLabel />
          </li>
        ))}
      </ul>
    </section>
  );
}

function InterimSection() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const planned = count(FACTS.planned);
  const studied = count(FACTS.interim);
  const completed = count(FACTS.completers);
  const ci = clopperPearson(count(FACTS.respondersPlacebo), completed);
  const id = 'interim';
  const sanacora = EVIDENCE.find((entry) => entry.id === 'sanacora-2019');
  const amiaz = EVIDENCE.find((entry) => entry.id === 'amiaz-2019');
  return (
    <section aria-labelledby="interim-title">
      <h2 id="interim-title">
        Stopped at the <Term id="interim-analysis">interim analysis</Term>
      </h2>
      <ChartFigure
        id={id}
        title={`Planned ${planned}, ${studied} studied at the interim analysis, ${completed} completed both conditions`}
        description={`Each cell is one planned participant: ${completed} filled cells completed both conditions, ${studied - completed} hatched cells were studied but did not complete, and ${planned - studied} empty cells were not studied because the trial stopped at the interim analysis. (The registry's own enrolment count differs; see the table.)`}
        summary={`The trial stopped at the interim analysis, after ${studied} of ${planned} planned participants had been studied (${percent(studied / planned)}); ${completed} completed both conditions.`}
        facts={[
          FACTS.planned,
          FACTS.interim,
          FACTS.completers,
          w.design.discontinued,
          w.design.ending,
        ]}
        table={
          <TableScroll label="Planned and actual sample as a table">
            <table className="data-table">
              <caption>Planned and actual sample</caption>
              <tbody>
                <tr>
                  <th scope="row">Planned</th>
                  <td>
                    <Fact fact={FACTS.planned} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">Studied by the interim analysis</th>
                  <td>
                    <Fact fact={FACTS.interim} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">Completed both conditions</th>
                  <td>
                    <Fact fact={FACTS.completers} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">Did not complete</th>
                  <td>
                    <Fact fact={w.design.discontinued} />
                  </td>
                </tr>
                {w.design.registryEnrollment && (
                  <tr>
                    <th scope="row">Registry enrolment</th>
                    <td>
                      <Fact fact={w.design.registryEnrollment} />
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </TableScroll>
        }
      >
        <div ref={containerRef} className="chart-figure__canvas">
          <InterimBar
            planned={planned}
            studied={studied}
            completed={completed}
            width={size.width}
            fontSize={size.fontSize}
            titleId={figureTitleId(id)}
            descriptionId={figureDescriptionId(id)}
          />
        </div>
      </ChartFigure>
      <div className="compare-columns">
        <div>
          <h3>Why it stopped</h3>
          <p>
            <Fact fact={w.design.ending} />
          </p>
          {w.design.stoppingRule && (
            <p>
              <Fact fact={w.design.stoppingRule} withLabel />
            </p>
          )}
        </div>
        <div>
          <h3>What stopping early means</h3>
          <ul>
            <li>
              <strong>Wide uncertainty.</strong> With {completed} people, the 58% response rate is
              compatible with anything from {percent(ci.lower)} to {percent(ci.upper)} (exact 95%
              interval).
            </li>
            <li>
              <strong>A tendency to overstate.</strong> Trials that stop early because of a striking
              result tend to overestimate the effect: they stop at a moment when chance may have
              made the difference look largest ({sourceById('bassler-2010').label}).
            </li>
            <li>
              <strong>An ethical choice.</strong> The trial stopped because naltrexone had blocked
              the antidepressant effect <FactMarker fact={w.design.ending} />, and the decision is
              described as an ethical one, most explicitly by secondary accounts{' '}
              <FactMarker fact={ETHICAL_FRAMING} />. In our words: carrying on would have meant
              giving more people a condition that, by then, seemed to weaken the benefit of a
              treatment for severe depression.
            </li>
          </ul>
        </div>
      </div>
      <h3>What the trial can and cannot claim</h3>
      <ul>
        <li>
          <strong>Can:</strong> in these 12 people, depression scores fell significantly less after
          ketamine when naltrexone was taken first, while dissociation did not differ between the
          two conditions.
        </li>
        <li>
          <strong>Cannot:</strong> that ketamine acts through opioid receptors. Needing a working
          opioid system is not the same as acting on it.{' '}
          {sanacora && <Fact fact={sanacora.summary} />}
        </li>
        <li>
          <strong>Cannot:</strong> rule out that naltrexone itself affects mood.{' '}
          {amiaz && <Fact fact={amiaz.summary} />}
        </li>
      </ul>
    </section>
  );
}

function EvidenceSection() {
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
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">The evidence since 2018</h2>
      <ChartFigure
        id={id}
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
            titleId={figureTitleId(id)}
            descriptionId={figureDescriptionId(id)}
          />
        </div>
      </ChartFigure>
    </section>
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
