/** The path through the story: after each view, the next one and the question it answers. */
import type { View } from '../document/fields';

export interface NextStep {
  view: View;
  /** What the next view answers, in one sentence (it never states the blockade result). */
  question: string;
}

export const NEXT_STEP: Record<View, NextStep> = {
  overview: {
    view: 'designs',
    question: 'How were the two trials built: who went where, and in what order?',
  },
  designs: {
    view: 'timeline',
    question: 'How long did the effects last, in people and in rats?',
  },
  timeline: {
    view: 'blockade',
    question: 'Does blocking opioid receptors stop ketamine working? Make a prediction first.',
  },
  blockade: {
    view: 'lab',
    question:
      'Change a trial’s design — its size, washout or an early look — and watch its answer.',
  },
  lab: {
    view: 'sources',
    question: 'Where does every number come from, and how do you cite it?',
  },
  sources: {
    view: 'overview',
    question: 'Back to the start: the two questions the studies asked.',
  },
};

export const NEXT_STEP_HEADING = 'Next in the story';
