/**
 * Sources: every source, grouped, with its identifiers and the facts resting on it; what the tiers
 * mean; and how to cite this app.
 */
import { FigureHeading } from '../figures/FigureHeading';
import { useMemo, useState } from 'react';
import { GENERAL_SOURCE_GROUPS, TIERS } from '../data/constants';
import type { SourceData } from '../data/schema';
import { ALL_FACTS, SOURCES, builtInStudies, factsResting } from '../data/studies';
import { TIER_INFO } from '../data/tiers';
import { Fact } from '../components/Fact';
import { ViewHeading } from '../components/ViewHeading';
import { TableScroll } from '../components/TableScroll';
import { APP_AUTHOR, APP_TITLE, APP_VERSION, APP_YEAR } from '../appInfo';
import { apaArticle, apaCitation, bibtexArticle, bibtexCitation } from '../model/citation';
import { sourceById } from '../data/studies';
import { hiddenText, visibleCitation } from '../data/format';
import { useExplorerStore } from '../store';
import { selectRevealed } from '../store/selectors';

const KIND_LABELS: Record<SourceData['kind'], string> = {
  paper: 'Journal article',
  registry: 'Trial registry record',
  news: 'News report',
  letter: 'Letter',
  editorial: 'Editorial',
  review: 'Review or summary',
};

function SourceLinks({ source }: { source: SourceData }) {
  const links: { href: string; text: string }[] = [];
  if (source.doi) links.push({ href: `https://doi.org/${source.doi}`, text: `doi:${source.doi}` });
  if (source.pmid)
    links.push({
      href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`,
      text: `PMID ${source.pmid}`,
    });
  if (source.pmcid)
    links.push({
      href: `https://pmc.ncbi.nlm.nih.gov/articles/${source.pmcid}/`,
      text: source.pmcid,
    });
  if (source.registryId)
    links.push({
      href: `https://clinicaltrials.gov/study/${source.registryId}`,
      text: `Registry ${source.registryId}`,
    });
  if (links.length === 0) return null;
  return (
    <ul className="source__links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} rel="noopener noreferrer" target="_blank">
            {link.text}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function SourceEntry({ source }: { source: SourceData }) {
  const facts = factsResting(source.id);
  const revealed = useExplorerStore(selectRevealed);
  return (
    <li className="source" id={`source-${source.id}`}>
      <h3 className="source__label">{source.label}</h3>
      <p className="source__kind">{KIND_LABELS[source.kind]}</p>
      <p className="source__citation">{visibleCitation(source, revealed)}</p>
      {source.note && <p className="source__note">{source.note}</p>}
      <SourceLinks source={source} />
      {facts.length > 0 ? (
        <details className="source__facts">
          <summary>
            {facts.length} {facts.length === 1 ? 'fact rests' : 'facts rest'} on this source
          </summary>
          <ul>
            {facts.map((placed) => (
              <li key={`${placed.studyId}/${placed.path}`}>
                <span className="source__fact-study">{placed.studyName} — </span>
                <Fact fact={placed.fact} withLabel />
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="source__facts-none">
          Cited for context; no fact in the studies rests on it yet.
        </p>
      )}
    </li>
  );
}

function CopyableBlock({ label, text }: { label: string; text: string }) {
  const [status, setStatus] = useState('');
  const id = `cite-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <div className="copyable">
      <h3 id={`${id}-title`}>{label}</h3>
      <pre className="copyable__text" id={id} tabIndex={0} aria-labelledby={`${id}-title`}>
        {text}
      </pre>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setStatus(`${label} citation copied.`);
          } catch {
            setStatus('Copying is blocked here; select the text and copy it by hand.');
          }
        }}
      >
        Copy {label}
      </button>
      <span className="copyable__status" role="status">
        {status}
      </span>
    </div>
  );
}

const GENERAL_GROUP_LABELS: Record<(typeof GENERAL_SOURCE_GROUPS)[number], string> = {
  debate: 'The debate since 2018',
  methods: 'Methods and reporting standards',
};

/** A group per built-in study (its sources), then the general groups. */
function sourceGroups(): { group: string; label: string }[] {
  return [
    ...builtInStudies().map((study) => ({
      group: study.id,
      label: `${study.shortName} — ${study.kicker}`,
    })),
    ...GENERAL_SOURCE_GROUPS.map((group) => ({ group, label: GENERAL_GROUP_LABELS[group] })),
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
    <TableScroll label="Provenance tiers">
      <table className="data-table">
        <caption className="visually-hidden">
          The six provenance tiers, what each means, and how many facts in this app have it
        </caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Meaning</th>
            <th scope="col">Facts</th>
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
        What the provenance tiers mean
      </FigureHeading>
      <TiersTable />
    </figure>
  );
}

export default function Sources() {
  const revealed = useExplorerStore(selectRevealed);
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
    return { apa: apaCitation(input), bibtex: bibtexCitation(input) };
  }, []);

  return (
    <div className="view view--sources">
      <div className="view__header">
        <ViewHeading>Sources</ViewHeading>
        <p className="lede">
          Everything this app says about the two studies rests on the sources below. Each fact
          carries a tier that says how directly it comes from the study itself. We did not have the
          full text or figure data of either paper.
        </p>
      </div>

      <section aria-labelledby="tiers-title">
        <h2 id="tiers-title">What the tiers mean</h2>
        <TiersTable />
      </section>

      {sourceGroups().map(({ group, label }) => {
        const sources = SOURCES.filter((source) => source.group === group);
        if (sources.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="source-group">
            <h2 id={`group-${group}`}>{label}</h2>
            <ul className="source-list">
              {sources.map((source) => (
                <SourceEntry key={source.id} source={source} />
              ))}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="how-to-cite" className="how-to-cite">
        <h2 id="how-to-cite" tabIndex={-1}>
          How to cite this app
        </h2>
        <p>
          Please cite the original studies for their findings, and this app for its figures and
          explanations. The citation below includes today&rsquo;s date as the access date.
        </p>
        <CopyableBlock label="APA" text={citation.apa} />
        <CopyableBlock label="BibTeX" text={citation.bibtex} />
        <h3 id="cite-studies">The studies</h3>
        {builtInStudies().map(({ sourceId: id }) => {
          const source = sourceById(id);
          if (!source.reference) return null;
          const ref = { ...source.reference, doi: source.doi };
          if (source.citationBeforeReveal && !revealed) {
            return (
              <p key={id} className="cite-study">
                The APA and BibTeX entries for {source.label} are {hiddenText()}: the paper’s title
                states the result.
              </p>
            );
          }
          return (
            <div key={id} className="cite-study">
              <CopyableBlock label={`APA ${source.label}`} text={apaArticle(ref)} />
              <CopyableBlock label={`BibTeX ${source.label}`} text={bibtexArticle(ref)} />
            </div>
          );
        })}
        <h3 id="licence">Licence for figures</h3>
        <p>
          Figures and text made for this app may be reused under the Creative Commons Attribution
          4.0 licence (CC BY 4.0): please cite the app as above. The findings belong to the studies
          they come from — cite the original papers for them. Exported figures carry their sources,
          tiers and a link back to the live figure.
        </p>
      </section>
    </div>
  );
}
