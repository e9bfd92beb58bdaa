/**
 * Responders person by person (Williams et al. 2018): 7 of the 12 completers responded after
 * placebo + ketamine; of those 7, none responded after naltrexone + ketamine (a secondary source).
 * How the other 5 fared with naltrexone is not described in the sources we hold, so they are drawn
 * as "not described". States the result: rendered only once the reader has revealed it.
 */
import { useState } from 'react';
import type { FactData } from '../../data/schema';
import { clopperPearson, percent, type ProportionInterval } from '../../model/binomialInterval';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { ResponderChart } from '../../charts/ResponderChart';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { TableScroll } from '../../components/TableScroll';
import { FACTS, count } from './chapter';
import { RevealGate } from './RevealGate';

/**
 * How an exact (Clopper–Pearson) 95% interval was computed, in words. A Beta quantile with a zero
 * parameter is undefined, so the bound at 0 of n (lower) or n of n (upper) is stated by
 * convention instead: 0 and 1.
 */
export function clopperPearsonFormula(
  x: number,
  n: number,
  ci: { lower: number; upper: number },
): string {
  const lower =
    x === 0
      ? 'the lower bound is 0 by convention (no responders)'
      : `from the 2.5th percentile of Beta(${x}, ${n - x + 1})`;
  const upper =
    x === n
      ? 'the upper bound is 1 by convention (all responded)'
      : `${x === 0 ? 'the upper bound is' : 'to'} the 97.5th percentile of Beta(${x + 1}, ${n - x})`;
  return `Exact (Clopper–Pearson) 95% interval for ${x} of ${n}: ${lower}${x === 0 || x === n ? '; ' : ' '}${upper} = ${ci.lower.toFixed(3)} to ${ci.upper.toFixed(3)}.`;
}

/** The exact interval as a derived fact. */
export function intervalFact(
  x: number,
  n: number,
  ci: ProportionInterval,
  label: string,
  sourceId: string,
): FactData {
  return {
    label,
    value: `${percent(ci.lower)} to ${percent(ci.upper)}`,
    sourceId,
    tier: 'derived',
    formula: clopperPearsonFormula(x, n, ci),
  };
}

export function RespondersFigure() {
  return (
    <RevealGate what="The responders">
      <Responders />
    </RevealGate>
  );
}

function Responders() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const [showRemission, setShowRemission] = useState(false);
  const n = count(FACTS.completers);
  const placebo = count(FACTS.respondersPlacebo);
  const naltrexone = count(FACTS.respondersNaltrexone);
  // The naltrexone figure describes the placebo-condition responders only (0 of 7).
  const described = placebo;
  const ciPlacebo = clopperPearson(placebo, n);
  const ciNaltrexone = clopperPearson(naltrexone, described);
  const intervalPlacebo = intervalFact(
    placebo,
    n,
    ciPlacebo,
    '95% interval, placebo + ketamine',
    FACTS.respondersPlacebo.sourceId,
  );
  const intervalNaltrexone = intervalFact(
    naltrexone,
    described,
    ciNaltrexone,
    `95% interval, naltrexone + ketamine, among the ${described} placebo-condition responders`,
    FACTS.respondersNaltrexone.sourceId,
  );
  const id = 'responders';
  return (
    <ChartFigure
      id={id}
      figureId="responders"
      title={`Day-1 response (HAM-D-17 down by at least half), ${n} people, each in both conditions`}
      description={`Top row: after placebo + ketamine. Bottom row: after naltrexone + ketamine. Filled circles with a tick are responders; open circles with a dash are not; dotted circles with a question mark are people whose result with naltrexone the sources we hold do not describe. A heavy line joins each person who responded after placebo to their own result with naltrexone.`}
      summary={`${placebo} of ${n} responded after placebo + ketamine (${percent(ciPlacebo.estimate)}, exact 95% interval ${percent(ciPlacebo.lower)} to ${percent(ciPlacebo.upper)}). After naltrexone + ketamine, none of those ${placebo} responded; how the other ${n - placebo} fared is not described in the sources we hold.`}
      facts={[
        FACTS.respondersPlacebo,
        FACTS.respondersNaltrexone,
        FACTS.responseRate,
        intervalPlacebo,
        intervalNaltrexone,
        ...(FACTS.respondersNaltrexoneAll ? [FACTS.respondersNaltrexoneAll] : []),
      ]}
      table={
        <TableScroll label="Responders as a table">
          <table className="data-table">
            <caption>Responders by condition</caption>
            <thead>
              <tr>
                <th scope="col">Condition</th>
                <th scope="col">Responders</th>
                <th scope="col">Rate</th>
                <th scope="col">Exact 95% interval</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Placebo + ketamine (all {n})</th>
                <td>
                  <Fact fact={FACTS.respondersPlacebo} />
                </td>
                <td>
                  <Fact fact={FACTS.responseRate} />
                </td>
                <td>
                  <Fact fact={intervalPlacebo} />
                </td>
              </tr>
              <tr>
                <th scope="row">
                  Naltrexone + ketamine (the {described} placebo-condition responders)
                </th>
                <td>
                  <Fact fact={FACTS.respondersNaltrexone} />
                </td>
                <td>{percent(ciNaltrexone.estimate)}</td>
                <td>
                  <Fact fact={intervalNaltrexone} />
                </td>
              </tr>
              {FACTS.respondersNaltrexoneAll && (
                <tr>
                  <th scope="row">Naltrexone + ketamine (all {n}, unconfirmed)</th>
                  <td>
                    <Fact fact={FACTS.respondersNaltrexoneAll} />
                  </td>
                  <td>—</td>
                  <td>—</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableScroll>
      }
      after={
        <div className="responders-extra">
          <p>
            Response rate after placebo + ketamine: <Fact fact={FACTS.responseRate} />, exact 95%
            interval <Fact fact={intervalPlacebo} />. With only {n} people, the true rate could be
            far lower or higher.
          </p>
          {FACTS.remission && (
            <>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={showRemission}
                  onChange={(event) => setShowRemission(event.target.checked)}
                />
                <span>Also show remission (from a secondary source)</span>
              </label>
              {showRemission && (
                <p className="responders-extra__remission">
                  <Fact fact={FACTS.remission} withLabel />
                </p>
              )}
            </>
          )}
        </div>
      }
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <ResponderChart
          n={n}
          rows={[
            {
              label: 'Placebo + ketamine',
              responders: placebo,
              tier: FACTS.respondersPlacebo.tier,
            },
            {
              label: 'Naltrexone + ketamine',
              responders: naltrexone,
              known: described,
              tier: FACTS.respondersNaltrexone.tier,
            },
          ]}
          width={size.width}
          fontSize={size.fontSize}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
    </ChartFigure>
  );
}
