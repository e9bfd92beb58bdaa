/** What the lab's numbers mean, in plain words (words: the `lab` catalogue). */
import { Fact } from '../../components/Fact';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';
import { methodFact } from '../../data/studies';

const TERMS = ['power', 'typeI', 'mcse', 'bias', 'twoStage', 'expectedN'] as const;

export function Definitions() {
  return (
    <section aria-labelledby="definitions-title">
      <h2 id="definitions-title">{t('lab.definitions.heading')}</h2>
      <dl className="definitions">
        {TERMS.map((term) => (
          <div key={term}>
            <dt>{t(`lab.definitions.${term}.term`)}</dt>
            <dd>
              {term === 'twoStage' ? (
                <T
                  id="lab.definitions.twoStage.text"
                  components={{ fact: <Fact fact={methodFact('two-stage-procedure')} /> }}
                />
              ) : (
                t(`lab.definitions.${term}.text`)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
