/** The path through the story: after each view, the next one and the question it answers. */
import type { View } from '../document/fields';
import { t } from './i18n';

export interface NextStep {
  view: View;
  /** What the next view answers, in one sentence (it never states the blockade result). */
  question: string;
}

export const NEXT_STEP: Record<View, NextStep> = {
  overview: {
    view: 'designs',
    get question() {
      return t('next.overview');
    },
  },
  designs: {
    view: 'timeline',
    get question() {
      return t('next.designs');
    },
  },
  timeline: {
    view: 'blockade',
    get question() {
      return t('next.timeline');
    },
  },
  blockade: {
    view: 'lab',
    get question() {
      return t('next.blockade');
    },
  },
  lab: {
    view: 'sources',
    get question() {
      return t('next.lab');
    },
  },
  sources: {
    view: 'overview',
    get question() {
      return t('next.sources');
    },
  },
};

/** Read at render time, so it follows the language. */
export function nextStepHeading(): string {
  return t('next.heading');
}
