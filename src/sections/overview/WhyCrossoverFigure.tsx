/**
 * Figure `why-crossover`: the same simulated people in a parallel design and in a crossover, from
 * the design lab's model and settings (true effect, correlation, seed), so the numbers agree with
 * the lab. A teaching picture: marked illustrative, no study numbers.
 */
import { useMemo } from 'react';
import { useExplorerStore } from '../../store';
import { useFigureFrame } from '../../figures/frame';
import { WHY_SETTINGS, whyCrossover } from '../../model/whyCrossover';
import { selectSeed, selectSetField } from '../../store/selectors';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { WhyCrossoverChart } from '../../charts/WhyCrossoverChart';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { TIER_INFO } from '../../data/tiers';
import './WhyCrossoverFigure.css';
import { whyCrossoverSummary, whyText } from '../../messages/whyCrossover';

export function WhyCrossoverFigure() {
  const frame = useFigureFrame();
  const seed = useExplorerStore(selectSeed);
  const setField = useExplorerStore(selectSetField);
  const text = whyText();
  const why = useMemo(() => whyCrossover({ ...WHY_SETTINGS, seed }), [seed]);
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const id = 'why-crossover';
  return (
    <ChartFigure
      id={id}
      figureId="why-crossover"
      title={text.title}
      description={text.description}
      summary={whyCrossoverSummary(why)}
      facts={[]}
      provenanceNote={text.illustrative}
      table={
        <TableScroll label={text.tableCaption}>
          <table className="data-table">
            <caption>{text.tableCaption}</caption>
            <thead>
              <tr>
                {text.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {why.people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.id}</th>
                  <td>{text.arms[person.parallelArm]}</td>
                  <td className="data-table__number">{person.control.toFixed(2)}</td>
                  <td className="data-table__number">{person.active.toFixed(2)}</td>
                  <td className="data-table__number">
                    {(person.active - person.control).toFixed(2)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
      after={
        <>
          <p className="why-figure__takeaway">
            <span className="tier-marker tier-marker--illustrative tier-marker--static">
              {TIER_INFO.illustrative.marker}
            </span>{' '}
            {text.takeaway}
          </p>
          {frame !== 'print' && (
            <button
              type="button"
              className="button button--quiet why-figure__redraw"
              onClick={() => setField('seed', seed >= 999_999_999 ? 1 : seed + 1)}
            >
              {text.redraw}
            </button>
          )}
        </>
      }
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <WhyCrossoverChart
          people={why.people}
          labels={text}
          width={size.width}
          height={size.height}
          fontSize={size.fontSize}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
    </ChartFigure>
  );
}
