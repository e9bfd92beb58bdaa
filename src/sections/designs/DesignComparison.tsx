/**
 * The designs side by side: one column per study in the registry, one row per design question,
 * each cell one or more <Fact>s. Rows whose facts no study has are left out.
 */
import { t } from '../../messages/i18n';
import type { FactData, StudyData } from '../../data/schema';
import { Fact } from '../../components/Fact';
import { studyLabel } from '../../data/studies';
import { TableScroll } from '../../components/TableScroll';

interface Row {
  /** The row's message: designs.comparison.<label>. */
  label:
    | 'question'
    | 'population'
    | 'people'
    | 'crossed'
    | 'blinding'
    | 'order'
    | 'outcome'
    | 'interval'
    | 'result'
    | 'ending';
  facts: (study: StudyData) => (FactData | undefined)[];
}

const ROWS: Row[] = [
  { label: 'question', facts: (s) => [s.question] },
  { label: 'population', facts: (s) => [s.population.description] },
  {
    label: 'people',
    facts: (s) => [s.flow.planned, s.flow.enrolled, s.flow.analysed],
  },
  { label: 'crossed', facts: (s) => s.conditions.map((c) => c.detail) },
  { label: 'blinding', facts: (s) => [s.design.blinding] },
  { label: 'order', facts: (s) => [s.design.orderAssignment, s.design.sequenceSplit] },
  {
    label: 'outcome',
    facts: (s) => [s.outcomes.primary, s.schedule.ratings.count, s.schedule.ratings.days],
  },
  { label: 'interval', facts: (s) => [s.schedule.interval] },
  { label: 'result', facts: (s) => [s.results.main] },
  { label: 'ending', facts: (s) => [s.ending] },
];

const present = (facts: (FactData | undefined)[]) =>
  facts.filter(
    (fact, index): fact is FactData => fact !== undefined && facts.indexOf(fact) === index,
  );

function Cell({ facts }: { facts: FactData[] }) {
  if (facts.length === 0) return <>—</>;
  if (facts.length === 1) return <Fact fact={facts[0]!} />;
  return (
    <ul className="data-table__list">
      {facts.map((fact) => (
        <li key={fact.label}>
          <Fact fact={fact} withLabel />
        </li>
      ))}
    </ul>
  );
}

export function DesignComparison({ studies }: { studies: readonly StudyData[] }) {
  return (
    <TableScroll label={t('designs.comparison.label')}>
      <table className="data-table compare-table">
        <caption className="visually-hidden">
          {t('designs.comparison.caption', {
            studies: studies.map((study) => study.shortName).join(', '),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('designs.comparison.corner')}</span>
            </th>
            {studies.map((study) => (
              <th scope="col" key={study.id}>
                {studyLabel(study)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{t(`designs.comparison.${row.label}`)}</th>
              {studies.map((study) => (
                <td key={study.id}>
                  <Cell facts={present(row.facts(study))} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
