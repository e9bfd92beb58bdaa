/**
 * Sources: every source, grouped, with its identifiers and the facts resting on it; what the tiers
 * mean; and how to cite this app. Words from the `sources` catalogue. Citations, identifiers and
 * BibTeX stay as published (marked translate="no", and dir="auto" so an English reference keeps
 * its punctuation in a right-to-left page); the app's own APA reference follows the reader's
 * language.
 */
import { FigureHeading } from '../figures/FigureHeading';
import { useMemo, useState } from 'react';
import { GENERAL_SOURCE_GROUPS, TIERS } from '../data/constants';
import type { SourceData } from '../data/schema';
import {
  ALL_FACTS,
  EVIDENCE,
  allSources,
  builtInStudies,
  factsOf,
  factsResting,
  registeredStudies,
} from '../data/studies';
import { useStudies } from '../hooks/useStudies';
import type { PlacedFact } from '../data/studies';
import { TIER_INFO } from '../data/tiers';
import { Fact } from '../components/Fact';
import { ViewHeading } from '../components/ViewHeading';
import { TableScroll } from '../components/TableScroll';
import { APP_AUTHOR, APP_TITLE, APP_VERSION, APP_YEAR } from '../appInfo';
import { apaArticle, bibtexArticle, bibtexCitation } from '../model/citation';
import { sourceById } from '../data/studies';
import { visibleCitation } from '../data/format';
import { useExplorerStore } from '../store';
import { selectRevealed } from '../store/selectors';
import { t, type MessageId } from '../messages/i18n';
import { viewLabel } from '../messages/views';
import { appApaCitation } from '../messages/sources';

const KIND_LABELS: Record<SourceData['kind'], MessageId> = {
  paper: 'sources.kind.paper',
  registry: 'sources.kind.registry',
  news: 'sources.kind.news',
  letter: 'sources.kind.letter',
  editorial: 'sources.kind.editorial',
  review: 'sources.kind.review',
};

/**
 * Whose fact it is: a study's short name, the evidence entry (its label in the reader's language),
 * or the methods the lab cites.
 */
function factOwner(placed: PlacedFact): string {
  if (placed.studyId === 'methods') return t('sources.methodsEntry');
  if (placed.studyId !== 'evidence') return placed.studyName;
  const index = Number(/^entries\[(\d+)\]/.exec(placed.path)?.[1]);
  const entry = EVIDENCE[index];
  return entry
    ? t('sources.evidenceEntry', { label: entry.label, year: entry.year })
    : placed.studyName;
}

/**
 * A citation as the reader may see it now. One whose title states the result shows the words
 * around the title as published and, in the reader's language, why the title is held back.
 */
function Citation({ source, revealed }: { source: SourceData; revealed: boolean }) {
  const shown = visibleCitation(source, revealed);
  const held = shown !== source.citation ? /^(.*)\[[^\]]*\](.*)$/.exec(shown) : null;
  if (!held) {
    return (
      <p className="source__citation" translate="no" dir="auto">
        {shown}
      </p>
    );
  }
  return (
    <p className="source__citation">
      <span translate="no" dir="auto">
        {held[1]}
      </span>
      [{t('sources.titleWithheld', { view: viewLabel('blockade') })}]
      <span translate="no" dir="auto">
        {held[2]}
      </span>
    </p>
  );
}

function SourceLinks({ source }: { source: SourceData }) {
  // Identifiers stay as they are written (translate="no"); "Registry" is a word.
  const links: { href: string; text: string; identifier?: boolean }[] = [];
  if (source.doi)
    links.push({
      href: `https://doi.org/${source.doi}`,
      text: `doi:${source.doi}`,
      identifier: true,
    });
  if (source.pmid)
    links.push({
      href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`,
      text: `PMID ${source.pmid}`,
      identifier: true,
    });
  if (source.pmcid)
    links.push({
      href: `https://pmc.ncbi.nlm.nih.gov/articles/${source.pmcid}/`,
      text: source.pmcid,
      identifier: true,
    });
  if (source.registryId)
    links.push({
      href: `https://clinicaltrials.gov/study/${source.registryId}`,
      text: t('sources.link.registry', { id: source.registryId }),
    });
  if (links.length === 0) return null;
  return (
    <ul className="source__links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} rel="noopener noreferrer" target="_blank">
            <span translate={link.identifier ? 'no' : undefined}>{link.text}</span>
            <span className="visually-hidden"> {t('sources.newTab')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function SourceEntry({ source, facts }: { source: SourceData; facts: readonly PlacedFact[] }) {
  const revealed = useExplorerStore(selectRevealed);
  return (
    <li className="source" id={`source-${source.id}`}>
      <h3 className="source__label">{source.label}</h3>
      <p className="source__kind">{t(KIND_LABELS[source.kind])}</p>
      <Citation source={source} revealed={revealed} />
      {source.note && <p className="source__note">{source.note}</p>}
      <SourceLinks source={source} />
      {facts.length > 0 ? (
        <details className="source__facts">
          <summary>{t('sources.factsResting', { count: facts.length })}</summary>
          <ul>
            {facts.map((placed) => (
              <li key={`${placed.studyId}/${placed.path}`}>
                <span className="source__fact-study">
                  {t('sources.factOwner', { owner: factOwner(placed) })}
                </span>
                <Fact fact={placed.fact} withLabel />
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="source__facts-none">{t('sources.noFacts')}</p>
      )}
    </li>
  );
}

/**
 * A citation to copy. References are not for machine translation (translate="no"): the studies'
 * stay as published, the app's own APA reference is already in the reader's language.
 */
function CopyableBlock({ name, label, text }: { name: string; label: string; text: string }) {
  const [status, setStatus] = useState('');
  const id = `cite-${name}`;
  return (
    <div className="copyable">
      <h3 id={`${id}-title`}>{label}</h3>
      <pre
        className="copyable__text"
        id={id}
        tabIndex={0}
        aria-labelledby={`${id}-title`}
        translate="no"
        dir="auto"
      >
        {text}
      </pre>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setStatus(t('sources.copied', { label }));
          } catch {
            setStatus(t('sources.copyBlocked'));
          }
        }}
      >
        {t('sources.copy', { label })}
      </button>
      <span className="copyable__status" role="status">
        {status}
      </span>
    </div>
  );
}

const GENERAL_GROUP_LABELS: Record<(typeof GENERAL_SOURCE_GROUPS)[number], MessageId> = {
  debate: 'sources.group.debate',
  methods: 'sources.group.methods',
};

/**
 * A group per study (its sources: the app's, or those of a file the reader opened, marked as
 * theirs), then the general groups.
 */
function sourceGroups(): { group: string; label: string; note?: string }[] {
  return [
    ...registeredStudies().map(({ study, origin }) =>
      origin === 'user'
        ? {
            group: study.id,
            label: t('sources.group.own', { study: study.shortName, kicker: study.kicker }),
            note: t('sources.ownNote'),
          }
        : {
            group: study.id,
            label: t('sources.group.study', { study: study.shortName, kicker: study.kicker }),
          },
    ),
    ...GENERAL_SOURCE_GROUPS.map((group) => ({ group, label: t(GENERAL_GROUP_LABELS[group]) })),
  ];
}

/** How many facts of the app have each tier (computed once: the built-in data is fixed). */
const TIER_COUNTS = (() => {
  const counts = Object.fromEntries(TIERS.map((tier) => [tier, 0])) as Record<string, number>;
  for (const placed of ALL_FACTS) counts[placed.fact.tier] = (counts[placed.fact.tier] ?? 0) + 1;
  return counts;
})();

function TiersTable() {
  const tierCounts = TIER_COUNTS;
  return (
    <TableScroll label={t('sources.tiers.label')}>
      <table className="data-table">
        <caption className="visually-hidden">
          {t('sources.tiers.caption', { count: TIERS.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.tiers.tier')}</th>
            <th scope="col">{t('sources.tiers.meaning')}</th>
            <th scope="col">{t('sources.tiers.facts')}</th>
          </tr>
        </thead>
        <tbody>
          {TIERS.map((tier) => (
            <tr key={tier}>
              <th scope="row">
                <span className={`tier-marker tier-marker--${tier} tier-marker--static`}>
                  {TIER_INFO[tier].marker}
                </span>
              </th>
              <td>{TIER_INFO[tier].meaning}</td>
              <td className="data-table__number">{tierCounts[tier]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The tiers as a figure (`tiers`): a slide or an embed on its own. */
export function TiersFigure() {
  return (
    <figure className="chart-figure chart-figure--table" aria-labelledby="tiers-figure-title">
      <FigureHeading id="tiers-figure-title" className="chart-figure__title">
        {t('figure.tiers.title')}
      </FigureHeading>
      <TiersTable />
    </figure>
  );
}

export default function Sources() {
  const revealed = useExplorerStore(selectRevealed);
  // The studies opened or added since the page loaded: their sources and facts are listed too.
  const studies = useStudies();
  const facts = useMemo(() => {
    const added = registeredStudies().filter((entry) => entry.origin !== 'built-in');
    return added.length === 0
      ? ALL_FACTS
      : [...ALL_FACTS, ...added.flatMap((entry) => factsOf(entry.study))];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `studies` changes with the registry
  }, [studies]);
  const citation = useMemo(() => {
    const url = `${window.location.origin}${window.location.pathname}`;
    const accessed = new Date().toISOString().slice(0, 10);
    const input = {
      title: APP_TITLE,
      author: APP_AUTHOR,
      version: APP_VERSION,
      year: APP_YEAR,
      url,
      accessed,
    };
    return { apa: appApaCitation(input), bibtex: bibtexCitation(input) };
  }, []);

  return (
    <div className="view view--sources">
      <div className="view__header">
        <ViewHeading>{t('sources.heading')}</ViewHeading>
        <p className="lede">{t('sources.lede')}</p>
      </div>

      <section aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t('sources.tiersHeading')}</h2>
        <TiersTable />
      </section>

      {sourceGroups().map(({ group, label, note }) => {
        const sources = allSources().filter((source) => source.group === group);
        if (sources.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="source-group">
            <h2 id={`group-${group}`}>{label}</h2>
            {note && <p className="source-group__note">{note}</p>}
            <ul className="source-list">
              {sources.map((source) => (
                <SourceEntry
                  key={source.id}
                  source={source}
                  facts={factsResting(source.id, facts)}
                />
              ))}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="how-to-cite" className="how-to-cite">
        <h2 id="how-to-cite" tabIndex={-1}>
          {t('sources.citeHeading')}
        </h2>
        <p>{t('sources.citeIntro')}</p>
        <CopyableBlock name="apa" label={t('sources.apa')} text={citation.apa} />
        <CopyableBlock name="bibtex" label={t('sources.bibtex')} text={citation.bibtex} />
        <h3 id="cite-studies">{t('sources.citeStudies')}</h3>
        {builtInStudies().map(({ sourceId: id }) => {
          const source = sourceById(id);
          if (!source.reference) return null;
          const ref = { ...source.reference, doi: source.doi };
          if (source.citationBeforeReveal && !revealed) {
            return (
              <p key={id} className="cite-study">
                {t('sources.citeHeld', { source: source.label, view: viewLabel('blockade') })}
              </p>
            );
          }
          return (
            <div key={id} className="cite-study">
              <CopyableBlock
                name={`apa-${id}`}
                label={t('sources.apaFor', { source: source.label })}
                text={apaArticle(ref)}
              />
              <CopyableBlock
                name={`bibtex-${id}`}
                label={t('sources.bibtexFor', { source: source.label })}
                text={bibtexArticle(ref)}
              />
            </div>
          );
        })}
        <h3 id="licence">{t('sources.licenceHeading')}</h3>
        <p>{t('sources.licence')}</p>
      </section>
    </div>
  );
}
