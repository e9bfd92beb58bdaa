/**
 * Stopped at the interim analysis: planned, studied and completed (a figure that states no result),
 * then why it stopped, what stopping early means, and what the trial can and cannot claim.
 */
import { EVIDENCE, sourceById } from '../../data/studies';
import { clopperPearson } from '../../model/binomialInterval';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { InterimBar } from '../../charts/InterimBar';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { TableScroll } from '../../components/TableScroll';
import { BLOCKADE_STUDY as w, FACTS, count } from './chapter';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';
import { formatPercent } from '../../messages/format';

const STRONG = { strong: <strong /> };

export function InterimFigure() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const planned = count(FACTS.planned);
  const studied = count(FACTS.interim);
  const completed = count(FACTS.completers);
  const id = 'interim';
  const footnotes = w.flow.footnotes ?? [];
  const description = t('blockade.interim.desc', {
    completed,
    dropped: studied - completed,
    unstudied: planned - studied,
  });
  return (
    <ChartFigure
      id={id}
      figureId="interim"
      title={t('blockade.interim.title', { planned, studied, completed })}
      description={
        footnotes.length > 0 ? `${description} ${t('blockade.interim.descRegistry')}` : description
      }
      summary={t('blockade.interim.summary', {
        studied,
        planned,
        completed,
        share: formatPercent(studied / planned),
      })}
      facts={[FACTS.planned, FACTS.interim, FACTS.completers, w.flow.discontinued]}
      table={
        <TableScroll label={t('blockade.interim.tableLabel')}>
          <table className="data-table">
            <caption>{t('blockade.interim.caption')}</caption>
            <tbody>
              <tr>
                <th scope="row">{t('blockade.interim.planned')}</th>
                <td>
                  <Fact fact={FACTS.planned} />
                </td>
              </tr>
              <tr>
                <th scope="row">{t('blockade.interim.studied')}</th>
                <td>
                  <Fact fact={FACTS.interim} />
                </td>
              </tr>
              <tr>
                <th scope="row">{t('blockade.interim.completed')}</th>
                <td>
                  <Fact fact={FACTS.completers} />
                </td>
              </tr>
              <tr>
                <th scope="row">{t('blockade.interim.notCompleted')}</th>
                <td>
                  <Fact fact={w.flow.discontinued} />
                </td>
              </tr>
              {footnotes.map((fact) => (
                <tr key={fact.label}>
                  <th scope="row">{fact.label}</th>
                  <td>
                    <Fact fact={fact} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <InterimBar
          planned={planned}
          studied={studied}
          completed={completed}
          width={size.width}
          fontSize={size.fontSize}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
    </ChartFigure>
  );
}

export function InterimSection() {
  const completed = count(FACTS.completers);
  const ci = clopperPearson(count(FACTS.respondersPlacebo), completed);
  const sanacora = EVIDENCE.find((entry) => entry.id === 'sanacora-2019');
  const amiaz = EVIDENCE.find((entry) => entry.id === 'amiaz-2019');
  return (
    <section aria-labelledby="interim-title">
      <h2 id="interim-title">
        <T
          id="blockade.interim.heading"
          components={{ term: <Term id="interim-analysis">{null}</Term> }}
        />
      </h2>
      <InterimFigure />
      <div className="compare-columns">
        <div>
          <h3>{t('blockade.interim.why')}</h3>
          <p>
            <Fact fact={w.ending} />
          </p>
          {w.interim && (
            <p>
              <Fact fact={w.interim.rule} withLabel />
            </p>
          )}
        </div>
        <div>
          <h3>{t('blockade.interim.meaning')}</h3>
          <ul>
            <li>
              <T
                id="blockade.interim.uncertainty"
                values={{
                  completed,
                  rate: formatPercent(ci.estimate),
                  low: formatPercent(ci.lower),
                  high: formatPercent(ci.upper),
                }}
                components={STRONG}
              />
            </li>
            <li>
              <T
                id="blockade.interim.overstate"
                values={{ source: sourceById('bassler-2010').label }}
                components={STRONG}
              />
            </li>
            <li>
              <strong>{t('blockade.interim.ethical')}</strong> <Fact fact={w.ending} />.{' '}
              {FACTS.stopFraming && <Fact fact={FACTS.stopFraming} withLabel />}
            </li>
          </ul>
        </div>
      </div>
      <h3>{t('blockade.interim.claims')}</h3>
      <ul>
        <li>
          <T id="blockade.interim.can" values={{ completed }} components={STRONG} />
        </li>
        <li>
          <T id="blockade.interim.cannotMechanism" components={STRONG} />{' '}
          {sanacora && <Fact fact={sanacora.summary} />}
        </li>
        <li>
          <T id="blockade.interim.cannotMood" components={STRONG} />{' '}
          {amiaz && <Fact fact={amiaz.summary} />}
        </li>
      </ul>
    </section>
  );
}
