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
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';
import './Predict.css';

const PREDICTIONS = ['blocked', 'not-blocked', 'unsure'] as const;

/** The answers a reader can give, in the reader's language (read at render time). */
function predictionOptions() {
  return PREDICTIONS.map((value) => ({ value, label: t(`blockade.option.${value}`) }));
}

export function WhatWasDone() {
  return (
    <section aria-labelledby="done-title">
      <h2 id="done-title">{t('blockade.done.heading')}</h2>
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
            <Fact fact={w.outcomes.dissociation} withLabel />{' '}
            <T id="blockade.done.cadss" components={{ term: <Term id="cadss">{null}</Term> }} />
          </li>
        )}
      </ul>
    </section>
  );
}

const QUESTIONS: {
  id: PredictionQuestion;
  result: Exclude<Prediction, 'none'>;
  resultFact: FactData;
}[] = [
  { id: 'antidepressant', result: 'blocked', resultFact: FACTS.hamd },
  { id: 'dissociation', result: 'not-blocked', resultFact: FACTS.dissociation },
];

const questionText = (id: PredictionQuestion) => t(`blockade.question.${id}`);

/** A cell's column name, which a narrow screen shows in the cell when it stacks the table. */
const cellLabel = (column: string) => ({
  'data-label': t('blockade.predict.cellLabel', { column }),
});

export function PredictAndReveal() {
  const revealed = useExplorerStore(selectRevealed);
  const setRevealed = useExplorerStore(selectSetRevealed);
  const antidepressant = useExplorerStore(selectPredictionAntidepressant);
  const dissociation = useExplorerStore(selectPredictionDissociation);
  const setField = useExplorerStore(selectSetField);
  const resetScope = useExplorerStore(selectResetScope);
  const predictions = { antidepressant, dissociation };
  const answered = Object.values(predictions).filter((p) => p !== 'none').length;
  const options = predictionOptions();

  return (
    <section aria-labelledby="predict-title" className="predict">
      <h2 id="predict-title">
        {revealed ? t('blockade.predict.headingRevealed') : t('blockade.predict.heading')}
      </h2>
      {!revealed ? (
        <>
          {QUESTIONS.map((question) => (
            <RadioGroup<Prediction>
              key={question.id}
              legend={questionText(question.id)}
              value={predictions[question.id]}
              options={options}
              onChange={(value) => setField(FIELD_OF[question.id], value)}
            />
          ))}
          <p className="predict__hint">
            {answered < QUESTIONS.length
              ? t('blockade.predict.progress', { answered, total: QUESTIONS.length })
              : t('blockade.predict.ready')}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setRevealed(true)}
          >
            {t('blockade.predict.reveal')}
          </button>
        </>
      ) : (
        <>
          <table className="data-table predict__table">
            <caption className="visually-hidden">{t('blockade.predict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('blockade.predict.question')}</th>
                <th scope="col">{t('blockade.predict.youPredicted')}</th>
                <th scope="col">{t('blockade.predict.result')}</th>
                <th scope="col">{t('blockade.predict.match')}</th>
              </tr>
            </thead>
            <tbody>
              {QUESTIONS.map((question) => {
                const guess = predictions[question.id];
                const verdict =
                  guess === 'none'
                    ? t('blockade.predict.none')
                    : guess === 'unsure'
                      ? t('blockade.predict.unsure')
                      : guess === question.result
                        ? t('blockade.predict.matches')
                        : t('blockade.predict.differs');
                return (
                  <tr key={question.id}>
                    <th scope="row">{questionText(question.id)}</th>
                    <td {...cellLabel(t('blockade.predict.youPredicted'))}>
                      {guess === 'none' ? '—' : options.find((o) => o.value === guess)!.label}
                    </td>
                    <td {...cellLabel(t('blockade.predict.result'))}>
                      <strong>
                        {question.result === 'blocked'
                          ? t('blockade.predict.resultBlocked')
                          : t('blockade.predict.resultNotBlocked')}
                      </strong>{' '}
                      <Fact fact={question.resultFact} />
                    </td>
                    <td {...cellLabel(t('blockade.predict.match'))}>{verdict}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="button" className="button" onClick={() => resetScope('blockade')}>
            {t('blockade.predict.reset')}
          </button>
        </>
      )}
    </section>
  );
}
