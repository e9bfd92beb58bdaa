/** What Williams et al. did, and the reader's predictions before the reveal. */
import { useExplorerStore } from '../../store';
import {
  selectPredictionAntidepressant,
  selectPredictionDissociation,
  selectRevealed,
  selectResetScope,
  selectSetField,
  selectSetRevealed,
} from '../../store/selectors';
import type { Prediction } from '../../document/fields';

type PredictionQuestion = 'antidepressant' | 'dissociation';
/** The document field that keeps each answer (in the URL, so a reload or a link keeps it). */
const FIELD_OF = { antidepressant: 'predictEffect', dissociation: 'predictDissociation' } as const;
import type { FactData } from '../../data/schema';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { RadioGroup } from '../../controls/RadioGroup';
import { BLOCKADE_STUDY as w, FACTS } from './chapter';

const PREDICTION_OPTIONS = [
  { value: 'blocked', label: 'Yes, blocked' },
  { value: 'not-blocked', label: 'No, not blocked' },
  { value: 'unsure', label: 'Not sure' },
] as const;

export function WhatWasDone() {
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
        {w.schedule.pretreatment && (
          <li>
            <Fact fact={w.schedule.pretreatment.what} withLabel />
          </li>
        )}
        {w.schedule.pretreatment?.route && (
          <li>
            <Fact fact={w.schedule.pretreatment.route} withLabel />
          </li>
        )}
        <li>
          <Fact fact={w.schedule.intervention} withLabel />
        </li>
        {w.outcomes.response && (
          <li>
            <Fact fact={w.outcomes.response} withLabel />
          </li>
        )}
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
  result: Exclude<Prediction, 'none'>;
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

export function PredictAndReveal() {
  const revealed = useExplorerStore(selectRevealed);
  const setRevealed = useExplorerStore(selectSetRevealed);
  const antidepressant = useExplorerStore(selectPredictionAntidepressant);
  const dissociation = useExplorerStore(selectPredictionDissociation);
  const setField = useExplorerStore(selectSetField);
  const resetScope = useExplorerStore(selectResetScope);
  const predictions = { antidepressant, dissociation };
  const answered = Object.values(predictions).filter((p) => p !== 'none').length;

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
              value={predictions[question.id]}
              options={PREDICTION_OPTIONS}
              onChange={(value) => setField(FIELD_OF[question.id], value)}
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
                  guess === 'none'
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
                      {guess === 'none'
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
          <button type="button" className="button" onClick={() => resetScope('blockade')}>
            Reset: ask again
          </button>
        </>
      )}
    </section>
  );
}
