/** The end of a view: a link on to the next part of the story and what it will answer. */
import type { View } from '../document/fields';
import { VIEW_LABELS } from '../messages/views';
import { NEXT_STEP, nextStepHeading } from '../messages/nextStep';
import { ViewLink } from '../controls/ViewLink';

export function NextStep({ view }: { view: View }) {
  const next = NEXT_STEP[view];
  return (
    <nav className="next-step" aria-label={nextStepHeading()}>
      <p className="next-step__kicker">{nextStepHeading()}</p>
      <p className="next-step__link">
        <ViewLink to={next.view}>{VIEW_LABELS[next.view]} →</ViewLink>
      </p>
      <p className="next-step__question">{next.question}</p>
    </nav>
  );
}
