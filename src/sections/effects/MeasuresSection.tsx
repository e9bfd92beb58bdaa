/** What "effect" meant in each species: the four social SHAPS items, and the harm aversion task. */
import { EFFECTS_STUDY, RATS } from './chapter';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { HarmAversionWalkthrough } from './HarmAversionWalkthrough';

export function MeasuresSection() {
  const outcomes = EFFECTS_STUDY.outcomes;
  const results = EFFECTS_STUDY.results;
  const facts = RATS.facts;
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
          <h3 id="measure-rats">Rats: giving up sucrose to spare a cage mate</h3>
          <p>
            The <Term id="harm-aversion-task">harm aversion task</Term> measures a choice, not a
            feeling. Step through it:
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
