/** What "effect" meant in each species: the four social SHAPS items, and the harm aversion task. */
import { EFFECTS_STUDY, RATS } from './chapter';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { HarmAversionWalkthrough } from './HarmAversionWalkthrough';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';

export function MeasuresSection() {
  const outcomes = EFFECTS_STUDY.outcomes;
  const results = EFFECTS_STUDY.results;
  const facts = RATS.facts;
  const domains = outcomes.socialDomains;
  const items = outcomes.shapsItems;
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t('timeline.measures.heading')}</h2>
      <div className="measures">
        <article className="measure-card" aria-labelledby="measure-people">
          <h3 id="measure-people">{t('timeline.measures.peopleHeading')}</h3>
          <p>
            <T
              id="timeline.measures.peopleIntro"
              values={{ study: EFFECTS_STUDY.shortName }}
              components={{ shaps: <Term id="shaps">{null}</Term> }}
            />
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
              <Fact fact={results.main} withLabel />
            </li>
            {results.madrsAdjusted && (
              <li>
                <Fact fact={results.madrsAdjusted} withLabel />
              </li>
            )}
            {results.limitation && (
              <li>
                <Fact fact={results.limitation} withLabel />
              </li>
            )}
          </ul>
        </article>
        <article className="measure-card" aria-labelledby="measure-rats">
          <h3 id="measure-rats">{t('timeline.measures.ratsHeading')}</h3>
          <p>
            <T
              id="timeline.measures.ratsIntro"
              components={{ hat: <Term id="harm-aversion-task">{null}</Term> }}
            />
          </p>
          <HarmAversionWalkthrough />
          <ul className="fact-bullets">
            {facts.task && (
              <li>
                <Fact fact={facts.task} withLabel />
              </li>
            )}
            <li>
              <Fact fact={RATS.endpoint} withLabel />
            </li>
            <li>
              <Fact fact={RATS.result} withLabel />
            </li>
            {facts.shocks && (
              <li>
                <Fact fact={facts.shocks} withLabel />
              </li>
            )}
            {facts.sucroseControl && (
              <li>
                <Fact fact={facts.sucroseControl} withLabel />
              </li>
            )}
          </ul>
        </article>
      </div>
    </section>
  );
}
