/**
 * Stopped at the interim analysis: planned, studied and completed (a figure that states no result),
 * then why it stopped, what stopping early means, and what the trial can and cannot claim.
 */
import { EVIDENCE, sourceById } from '../../data/studies';
import { clopperPearson, percent } from '../../model/binomialInterval';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { InterimBar } from '../../charts/InterimBar';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { TableScroll } from '../../components/TableScroll';
import { BLOCKADE_STUDY as w, FACTS, count } from './chapter';

export function InterimFigure() {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const planned = count(FACTS.planned);
  const studied = count(FACTS.interim);
  const completed = count(FACTS.completers);
  const id = 'interim';
  return (
    <ChartFigure
      id={id}
      figureId="interim"
      title={`Planned ${planned}; ${studied} studied by the interim analysis; ${completed} completed both conditions and were analysed`}
      description={`Each cell is one planned participant: ${completed} filled cells completed both conditions, ${studied - completed} hatched cells were studied but did not complete, and ${planned - studied} empty cells were not studied because the trial stopped at the interim analysis. (The registry’s own enrolment count differs; see the table.)`}
      summary={`The trial stopped at the interim analysis, after ${studied} of ${planned} planned participants had been studied (${percent(studied / planned)}); ${completed} completed both conditions.`}
      facts={[FACTS.planned, FACTS.interim, FACTS.completers, w.flow.discontinued]}
      table={
        <TableScroll label="Planned and actual sample as a table">
          <table className="data-table">
            <caption>Planned and actual sample</caption>
            <tbody>
              <tr>
                <th scope="row">Planned</th>
                <td>
                  <Fact fact={FACTS.planned} />
                </td>
              </tr>
              <tr>
                <th scope="row">Studied by the interim analysis</th>
                <td>
                  <Fact fact={FACTS.interim} />
                </td>
              </tr>
              <tr>
                <th scope="row">Completed both conditions</th>
                <td>
                  <Fact fact={FACTS.completers} />
                </td>
              </tr>
              <tr>
                <th scope="row">Did not complete</th>
                <td>
                  <Fact fact={w.flow.discontinued} />
                </td>
              </tr>
              {(w.flow.footnotes ?? []).map((fact) => (
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
        Stopped at the <Term id="interim-analysis">interim analysis</Term>
      </h2>
      <InterimFigure />
      <div className="compare-columns">
        <div>
          <h3>Why it stopped</h3>
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
          <h3>What stopping early means</h3>
          <ul>
            <li>
              <strong>Wide uncertainty.</strong> With {completed} people, the 58% response rate is
              compatible with anything from {percent(ci.lower)} to {percent(ci.upper)} (exact 95%
              interval).
            </li>
            <li>
              <strong>A tendency to overstate.</strong> Trials that stop early because of a striking
              result tend to overestimate the effect: they stop at a moment when chance may have
              made the difference look largest ({sourceById('bassler-2010').label}).
            </li>
            <li>
              <strong>An ethical choice.</strong> <Fact fact={w.ending} />.{' '}
              {FACTS.stopFraming && <Fact fact={FACTS.stopFraming} withLabel />}
            </li>
          </ul>
        </div>
      </div>
      <h3>What the trial can and cannot claim</h3>
      <ul>
        <li>
          <strong>Can:</strong> in these {completed} people, depression scores fell significantly
          less after ketamine when naltrexone was taken first, while dissociation did not differ
          between the two conditions.
        </li>
        <li>
          <strong>Cannot:</strong> that ketamine acts through opioid receptors. Needing a working
          opioid system is not the same as acting on it.{' '}
          {sanacora && <Fact fact={sanacora.summary} />}
        </li>
        <li>
          <strong>Cannot:</strong> rule out that naltrexone itself affects mood.{' '}
          {amiaz && <Fact fact={amiaz.summary} />}
        </li>
      </ul>
    </section>
  );
}
