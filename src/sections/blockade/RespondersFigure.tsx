/**
 * Responders person by person (Williams et al. 2018): 7 of the 12 completers responded after
 * placebo + ketamine; of those 7, none responded after naltrexone + ketamine (a secondary source).
 * How the other 5 fared with naltrexone is not described in the sources we hold, so they are drawn
 * as "not described". States the result: rendered only once the reader has revealed it.
 */
import { useState } from 'react';
import { clopperPearson } from '../../model/binomialInterval';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { ResponderChart } from '../../charts/ResponderChart';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { TableScroll } from '../../components/TableScroll';
import { FACTS, count } from './chapter';
import { RevealGate } from './RevealGate';
import { t, useActiveLocale } from '../../messages/i18n';
import { T } from '../../messages/T';
import { formatPercent } from '../../messages/format';
import { conditionLabel, intervalFact } from '../../messages/blockade';
import { directionOf } from '../../messages/languages';

export function RespondersFigure() {
  return (
    <RevealGate what={t('blockade.gate.responders')}>
      <Responders />
    </RevealGate>
  );
}

function Responders() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const [showRemission, setShowRemission] = useState(false);
  const mirrored = directionOf(useActiveLocale()) === 'rtl';
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
    t('blockade.responders.intervalPlacebo'),
    FACTS.respondersPlacebo.sourceId,
  );
  const intervalNaltrexone = intervalFact(
    naltrexone,
    described,
    ciNaltrexone,
    t('blockade.responders.intervalNaltrexone', { described }),
    FACTS.respondersNaltrexone.sourceId,
  );
  const id = 'responders';
  return (
    <ChartFigure
      id={id}
      figureId="responders"
      title={t('blockade.responders.title', { n })}
      description={t('blockade.responders.desc')}
      summary={t('blockade.responders.summary', {
        placebo,
        n,
        naltrexone,
        rest: n - described,
        rate: formatPercent(ciPlacebo.estimate),
        low: formatPercent(ciPlacebo.lower),
        high: formatPercent(ciPlacebo.upper),
      })}
      facts={[
        FACTS.respondersPlacebo,
        FACTS.respondersNaltrexone,
        FACTS.responseRate,
        intervalPlacebo,
        intervalNaltrexone,
        ...(FACTS.respondersNaltrexoneAll ? [FACTS.respondersNaltrexoneAll] : []),
      ]}
      table={
        <TableScroll label={t('blockade.responders.tableLabel')}>
          <table className="data-table">
            <caption>{t('blockade.responders.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('blockade.responders.condition')}</th>
                <th scope="col">{t('blockade.responders.responders')}</th>
                <th scope="col">{t('blockade.responders.rate')}</th>
                <th scope="col">{t('blockade.responders.interval')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('blockade.responders.rowPlacebo', { n })}</th>
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
                <th scope="row">{t('blockade.responders.rowNaltrexone', { described })}</th>
                <td>
                  <Fact fact={FACTS.respondersNaltrexone} />
                </td>
                <td>{formatPercent(ciNaltrexone.estimate)}</td>
                <td>
                  <Fact fact={intervalNaltrexone} />
                </td>
              </tr>
              {FACTS.respondersNaltrexoneAll && (
                <tr>
                  <th scope="row">{t('blockade.responders.rowNaltrexoneAll', { n })}</th>
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
            <T
              id="blockade.responders.rateSentence"
              values={{ n }}
              components={{
                rate: <Fact fact={FACTS.responseRate} />,
                interval: <Fact fact={intervalPlacebo} />,
              }}
            />
          </p>
          {FACTS.remission && (
            <>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={showRemission}
                  onChange={(event) => setShowRemission(event.target.checked)}
                />
                <span>{t('blockade.responders.showRemission')}</span>
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
              label: conditionLabel('placebo'),
              responders: placebo,
              tier: FACTS.respondersPlacebo.tier,
            },
            {
              label: conditionLabel('naltrexone'),
              responders: naltrexone,
              known: described,
              tier: FACTS.respondersNaltrexone.tier,
            },
          ]}
          width={size.width}
          fontSize={size.fontSize}
          mirrored={mirrored}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
    </ChartFigure>
  );
}
