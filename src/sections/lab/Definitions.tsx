/** What the lab's numbers mean, in plain words (words: the `lab` catalogue). */
import { Fact } from '../../components/Fact';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';

/** Why the two-stage procedure fails: Freeman's study of it (not a study of either trial). */
function twoStageFinding() {
  return {
    label: t('lab.definitions.twoStageFact.label'),
    value: t('lab.definitions.twoStageFact.value'),
    sourceId: 'freeman-1989',
    tier: 'paper',
  } as const;
}

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
                  components={{ fact: <Fact fact={twoStageFinding()} /> }}
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
