/** The blockade's other findings: listed with their sources, since no sizes were reported. */
import type { FactData } from '../../data/schema';
import { Fact } from '../../components/Fact';
import { FACTS } from './chapter';

export function OtherFindings() {
  const facts = [
    FACTS.hamd,
    FACTS.allCompleters,
    FACTS.dissociation,
    FACTS.magnitudes,
    FACTS.suicidality,
  ].filter((fact): fact is FactData => fact !== undefined);
  return (
    <section aria-labelledby="other-title">
      <h2 id="other-title">What else was found</h2>
      <p>
        The sources we hold (the abstract and secondary reports) say whether these differences were
        significant, but give no sizes we could draw, so they are listed rather than charted.
      </p>
      <ul className="fact-bullets">
        {facts.map((fact) => (
          <li key={fact.label}>
            <Fact fact={fact} withLabel />
          </li>
        ))}
      </ul>
    </section>
  );
}
