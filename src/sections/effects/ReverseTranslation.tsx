/** Reverse translation: from patients back to rats, and why the two windows differ. */
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { RATS, TIMELINE_INPUT, formatFactValue } from './chapter';

export function ReverseTranslation() {
  const humanWindow = TIMELINE_INPUT.human.window;
  const ratWindow = TIMELINE_INPUT.companion.window;
  return (
    <section aria-labelledby="reverse-title">
      <h2 id="reverse-title">From patients back to rats: reverse translation</h2>
      <p>
        Most drug research runs from animals to people. Hess et al. went the other way (
        <Term id="reverse-translation">reverse translation</Term>): they first saw that people
        reported more pleasure in social situations after ketamine, then asked whether rats would
        show a related behaviour that can be studied in the laboratory.
      </p>
      <div className="compare-columns">
        <div>
          <h3>What each measure can say</h3>
          <ul>
            <li>
              People <em>reported</em> how much they would enjoy social situations: a feeling,
              answered on a questionnaire, not observed behaviour.
            </li>
            <li>
              Rats <em>chose</em> whether to press a lever: behaviour with a cost, but whether a rat
              feels empathy cannot be asked.
            </li>
            <li>
              The human finding may be part of feeling less depressed overall (see the MADRS
              adjustment above).
            </li>
            {RATS.facts.sucroseControl && (
              <li>
                In rats: <Fact fact={RATS.facts.sucroseControl} />
              </li>
            )}
          </ul>
        </div>
        <div>
          <h3>Comparing the two windows</h3>
          <p>
            The human window is <Fact fact={humanWindow} /> and the rat window{' '}
            <Fact fact={ratWindow} />. Those are close, but they should not be read as the same
            effect lasting the same time:
          </p>
          <ul>
            <li>the measures differ (a questionnaire vs a lever choice);</li>
            <li>
              the designs differ (people were their own controls in a crossover; rats were compared
              with other rats);
            </li>
            <li>
              each window ends where testing or reporting ended — the human assessment days and the
              rat test days were not reported (
              {formatFactValue(TIMELINE_INPUT.human.assessmentDays)}
              );
            </li>
            <li>rats and people live on different time scales.</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
