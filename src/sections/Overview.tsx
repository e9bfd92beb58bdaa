/**
 * Overview: the two questions, a card per study with its key facts (each through <Fact>), and how
 * to read the provenance markers.
 */
import type { FactData, StudyData } from '../data/schema';
import { hess2024, williams2018 } from '../data/studies';
import { TIER_INFO } from '../data/tiers';
import { TIERS } from '../data/constants';
import { Fact } from '../components/Fact';
import { ViewHeading } from '../components/ViewHeading';
import { ViewLink } from '../controls/ViewLink';

interface CardRow {
  fact: FactData | undefined;
  asList?: boolean;
}

function StudyCard({ study, rows, kicker }: { study: StudyData; rows: CardRow[]; kicker: string }) {
  const headingId = `card-${study.id}`;
  return (
    <article className="study-card" aria-labelledby={headingId}>
      <p className="study-card__kicker">{kicker}</p>
      <h2 id={headingId} className="study-card__title">
        {study.shortName}
      </h2>
      <p className="study-card__paper">
        <cite>{study.title}</cite>
      </p>
      <dl className="fact-list">
        {rows
          .filter((row): row is CardRow & { fact: FactData } => row.fact !== undefined)
          .map(({ fact, asList }) => (
            <div className="fact-list__row" key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>
                <Fact fact={fact} asList={asList} />
              </dd>
            </div>
          ))}
      </dl>
    </article>
  );
}

export function Overview() {
  const hess = hess2024;
  const williams = williams2018;
  return (
    <div className="view view--overview">
      <div className="view__header">
        <ViewHeading>Two ketamine studies, each built as a crossover</ViewHeading>
        <p className="lede">
          Two trials asked what ketamine does beyond easing depression, and how it works. Both used
          the same design: every participant received both conditions, one after the other, so that
          each person could be compared with themselves. This app explains how the two trials were
          built, what they found, and what their findings can and cannot show.
        </p>
      </div>

      <section className="questions" aria-labelledby="questions-title">
        <h2 id="questions-title">The two questions</h2>
        <ol className="questions__list">
          <li className="questions__item">
            <span className="questions__who">{hess.shortName}</span>
            <Fact fact={hess.question} />
          </li>
          <li className="questions__item">
            <span className="questions__who">{williams.shortName}</span>
            <Fact fact={williams.question} />
          </li>
        </ol>
      </section>

      <div className="study-cards">
        <StudyCard
          study={hess}
          kicker="Ketamine vs placebo · people and rats"
          rows={[
            { fact: hess.population.description },
            { fact: hess.population.n },
            { fact: hess.design.type },
            { fact: hess.design.sequenceSplit },
            { fact: hess.intervention.dose },
            { fact: hess.intervention.interval },
            { fact: hess.outcomes.primary },
            { fact: hess.results.main },
            { fact: hess.animal?.result },
          ]}
        />
        <StudyCard
          study={williams}
          kicker="Naltrexone vs placebo, both before ketamine"
          rows={[
            { fact: williams.population.description },
            { fact: williams.population.n },
            { fact: williams.design.type },
            { fact: williams.design.sequenceSplit },
            { fact: williams.intervention.pretreatment },
            { fact: williams.intervention.dose },
            { fact: williams.intervention.interval },
            { fact: williams.outcomes.primary },
            { fact: williams.results.main },
            { fact: williams.design.plannedN },
            { fact: williams.design.interimAfter },
            { fact: williams.design.ending },
          ]}
        />
      </div>

      <section className="reading-guide" aria-labelledby="reading-guide-title">
        <h2 id="reading-guide-title">How to read the markers</h2>
        <p>
          Next to every number and claim sits a marker saying where it comes from. Hover over it,
          focus it with the keyboard or tap it to see the citation. We did not have the full papers,
          so some details are marked <em>not reported</em> rather than guessed.
        </p>
        <ul className="tier-legend">
          {TIERS.map((tier) => (
            <li key={tier} className="tier-legend__item">
              <span className={`tier-marker tier-marker--${tier} tier-marker--static`}>
                {TIER_INFO[tier].marker}
              </span>{' '}
              {TIER_INFO[tier].meaning}
            </li>
          ))}
        </ul>
        <p>
          Every source, and the facts resting on it, is listed under{' '}
          <ViewLink to="sources">Sources</ViewLink>.
        </p>
      </section>
    </div>
  );
}
