/** The blockade's other findings: listed with their sources, since no sizes were reported. */
import type { FactData } from '../../data/schema';
import { Fact } from '../../components/Fact';
import { FACTS } from './chapter';
import { t } from '../../messages/i18n';

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
      <h2 id="other-title">{t('blockade.other.heading')}</h2>
      <p>{t('blockade.other.lede')}</p>
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
