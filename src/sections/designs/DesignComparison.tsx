/** The two designs side by side: one row per design question, each cell a <Fact>. */
import { hess2024, williams2018 } from '../../data/studies';
import type { FactData } from '../../data/schema';
import { Fact } from '../../components/Fact';
import { TableScroll } from '../../components/TableScroll';

interface Row {
  label: string;
  hess: FactData[];
  williams: FactData[];
}

const present = (...facts: (FactData | undefined)[]) =>
  facts.filter((f): f is FactData => f !== undefined);

const ROWS: Row[] = [
  { label: 'Question', hess: [hess2024.question], williams: [williams2018.question] },
  {
    label: 'Population',
    hess: [hess2024.population.description],
    williams: [williams2018.population.description],
  },
  {
    label: 'Number of people',
    hess: [hess2024.population.n],
    williams: present(
      williams2018.design.plannedN,
      williams2018.design.interimAfter,
      williams2018.design.completers,
    ),
  },
  {
    label: 'What is crossed over',
    hess: [hess2024.arms[0].detail, hess2024.arms[1].detail],
    williams: [williams2018.arms[0].detail, williams2018.arms[1].detail],
  },
  { label: 'Blinding', hess: [hess2024.design.blinding], williams: [williams2018.design.blinding] },
  {
    label: 'Order',
    hess: [hess2024.design.orderAssignment, hess2024.design.sequenceSplit],
    williams: [williams2018.design.orderAssignment, williams2018.design.sequenceSplit],
  },
  {
    label: 'Primary outcome and when',
    hess: present(
      hess2024.outcomes.primary,
      hess2024.timePoints.assessments,
      hess2024.timePoints.assessmentDays,
    ),
    williams: present(williams2018.outcomes.primary, williams2018.timePoints.ratingDays),
  },
  {
    label: 'Interval between sessions',
    hess: [hess2024.intervention.interval],
    williams: [williams2018.intervention.interval],
  },
  { label: 'Result', hess: [hess2024.results.main], williams: [williams2018.results.main] },
  { label: 'How it ended', hess: [hess2024.design.ending], williams: [williams2018.design.ending] },
];

function Cell({ facts }: { facts: FactData[] }) {
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

export function DesignComparison() {
  return (
    <TableScroll label="The two designs compared">
      <table className="data-table compare-table">
        <caption className="visually-hidden">
          Hess et al. 2024 and Williams et al. 2018, design by design
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Design question</span>
            </th>
            <th scope="col">{hess2024.shortName}</th>
            <th scope="col">{williams2018.shortName}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>
                <Cell facts={row.hess} />
              </td>
              <td>
                <Cell facts={row.williams} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
