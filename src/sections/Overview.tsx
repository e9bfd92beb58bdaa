/**
 * Overview: the two questions, a card per study with its key facts (each through <Fact>), and how
 * to read the provenance markers.
 */
import { Suspense, lazy } from 'react';
import type { FactData, StudyData } from '../data/schema';
import { originOf, type StudyOrigin } from '../data/studies';
import { useStudies } from '../hooks/useStudies';
import { useFigureFrame } from '../figures/frame';
import { TIER_INFO } from '../data/tiers';
import { TIERS } from '../data/constants';
import { Fact } from '../components/Fact';
import { ViewHeading } from '../components/ViewHeading';
import { ViewLink } from '../controls/ViewLink';
import { t } from '../messages/i18n';
import { T } from '../messages/T';
import { hiddenText } from '../data/format';
import { useExplorerStore } from '../store';
import { selectRevealed } from '../store/selectors';

// Below the cards, so it loads after the first paint (it is not part of the initial bundle).
const OwnStudyPanel = lazy(() => import('../own/OwnStudyPanel'));
// The picture draws with d3-scale, which no other first-screen chart needs: a chunk of its own
// keeps it out of the initial bundle.
const WhyCrossoverFigure = lazy(() =>
  import('./overview/WhyCrossoverFigure').then((m) => ({ default: m.WhyCrossoverFigure })),
);

interface CardRow {
  fact: FactData | undefined;
  asList?: boolean;
}

/** The rows of a study's card, from the study's roles (any study in the registry). */
function cardRows(study: StudyData): CardRow[] {
  return [
    ...Object.values(study.population).map((fact) => ({ fact })),
    { fact: study.flow.planned },
    { fact: study.flow.enrolled },
    { fact: study.flow.analysed },
    { fact: study.design.type },
    { fact: study.design.sequenceSplit },
    { fact: study.schedule.pretreatment?.what },
    { fact: study.schedule.intervention },
    { fact: study.schedule.interval },
    { fact: study.outcomes.primary },
    { fact: study.results.main },
    ...(study.companions ?? []).map((companion) => ({ fact: companion.result })),
    { fact: study.ending },
  ];
}

function StudyCard({ study, origin }: { study: StudyData; origin: StudyOrigin | undefined }) {
  const headingId = `card-${study.id}`;
  const revealed = useExplorerStore(selectRevealed);
  const seen = new Set<FactData>();
  const rows = cardRows(study).filter((row): row is CardRow & { fact: FactData } => {
    if (!row.fact || seen.has(row.fact)) return false;
    seen.add(row.fact);
    return true;
  });
  return (
    <article className="study-card" aria-labelledby={headingId}>
      <p className="study-card__kicker">
        {origin === 'user' && <span className="study-card__origin">{t('overview.yourStudy')}</span>}
        {study.kicker}
      </p>
      <h2 id={headingId} className="study-card__title">
        {study.shortName}
      </h2>
      <p className="study-card__paper">
        {study.titleReveals && !revealed ? (
          // The title states the result the blockade view asks the reader to predict.
          <span className="fact--hidden">
            {t('overview.paperTitleHidden', { hidden: hiddenText() })}
          </span>
        ) : (
          <cite>{study.title}</cite>
        )}
      </p>
      <dl className="fact-list">
        {rows.map(({ fact, asList }) => (
          <div className="fact-list__row" key={`${fact.label}-${fact.sourceId}`}>
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

/** The questions and a card per study (figure `studies`): the first slide, or an embed. */
export function StudiesFigure() {
  const studies = useStudies();
  const frame = useFigureFrame();
  return (
    <div className="studies-figure">
      <section className="questions" aria-labelledby="questions-title">
        <h2 id="questions-title">{t('overview.questions', { count: studies.length })}</h2>
        <ol className="questions__list">
          {studies.map((study) => (
            <li className="questions__item" key={study.id}>
              <span className="questions__who">{study.shortName}</span>
              <Fact fact={study.question} />
            </li>
          ))}
        </ol>
      </section>

      {frame === 'view' && (
        <div className="study-cards">
          {studies.map((study) => (
            <StudyCard key={study.id} study={study} origin={originOf(study.id)} />
          ))}
        </div>
      )}
    </div>
  );
}

export function Overview() {
  return (
    <div className="view view--overview">
      <div className="view__header">
        <ViewHeading>{t('overview.heading')}</ViewHeading>
        <p className="lede">{t('overview.lede')}</p>
      </div>

      <div className="overview-lead">
        <section className="overview-lead__why" aria-labelledby="why-crossover-section">
          <h2 id="why-crossover-section" className="visually-hidden">
            {t('why.section')}
          </h2>
          <Suspense fallback={<p className="loading why-figure__loading">{t('why.loading')}</p>}>
            <WhyCrossoverFigure />
          </Suspense>
        </section>
        <StudiesFigure />
      </div>

      <Suspense fallback={null}>
        <OwnStudyPanel />
      </Suspense>

      <section className="reading-guide" aria-labelledby="reading-guide-title">
        <h2 id="reading-guide-title">{t('overview.markers')}</h2>
        <p>
          <T id="overview.markersBody" components={{ em: <em /> }} />
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
          <T
            id="overview.sourcesLink"
            components={{ link: <ViewLink to="sources">{null}</ViewLink> }}
          />
        </p>
      </section>
    </div>
  );
}
