/**
 * The naltrexone blockade (Williams et al. 2018): predict, then reveal. Before the reveal only the
 * design is on the page — no result is rendered anywhere, so neither a screen reader nor a data
 * table can give the answer away. After it: responders person by person with an exact interval,
 * what else was found, what stopping at the interim analysis means, and the evidence since.
 */
import { useExplorerStore } from '../../store';
import { selectRevealed } from '../../store/selectors';
import { Term } from '../../components/Term';
import { ViewHeading } from '../../components/ViewHeading';
import { PredictAndReveal, WhatWasDone } from './Predict';
import { RespondersFigure } from './RespondersFigure';
import { OtherFindings } from './OtherFindings';
import { InterimSection } from './InterimSection';
import { EvidenceFigure } from './EvidenceFigure';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';

export { clopperPearsonFormula } from '../../messages/blockade';

export default function Blockade() {
  const revealed = useExplorerStore(selectRevealed);
  return (
    <div className="view view--blockade">
      <div className="view__header">
        <ViewHeading>{t('blockade.heading')}</ViewHeading>
        <p className="lede">
          <T id="blockade.lede" components={{ placebo: <Term id="placebo">{null}</Term> }} />
        </p>
      </div>
      <PredictAndReveal />
      {revealed && (
        <section aria-labelledby="responders-title">
          <h2 id="responders-title">{t('blockade.respondersHeading')}</h2>
          <RespondersFigure />
        </section>
      )}
      <WhatWasDone />
      {revealed && (
        <>
          <OtherFindings />
          <InterimSection />
          <section aria-labelledby="evidence-title">
            <h2 id="evidence-title">{t('blockade.evidenceHeading')}</h2>
            <EvidenceFigure />
          </section>
        </>
      )}
    </div>
  );
}
