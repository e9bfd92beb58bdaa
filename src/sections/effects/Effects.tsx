/**
 * Effects over time: one day axis for people (one week) and rats (six days), a shared day cursor,
 * what each species' measure was, a walk-through of the harm aversion task, reverse translation,
 * and an optional, clearly labelled illustrative effect curve.
 */
import { ViewHeading } from '../../components/ViewHeading';
import { TimelineSection } from './TimelineSection';
import { MeasuresSection } from './MeasuresSection';
import { ReverseTranslation } from './ReverseTranslation';

export default function Effects() {
  return (
    <div className="view view--timeline">
      <div className="view__header">
        <ViewHeading>How long the effects lasted, in people and in rats</ViewHeading>
      </div>
      <TimelineSection />
      <p className="lede lede--after">
        Hess et al. followed people for a week after each infusion, and rats for several days after
        treatment. The chart puts both on one day axis. It shows <em>when</em> ketamine differed
        from its control, not <em>by how much</em>: the sizes of the effects were not available to
        us.
      </p>
      <MeasuresSection />
      <ReverseTranslation />
    </div>
  );
}
