/** The names of the views, as the navigation, titles and handout show them. */
import type { View } from '../document/fields';

export const VIEW_LABELS: Record<View, string> = {
  overview: 'Overview',
  designs: 'Designs',
  timeline: 'Effects over time',
  blockade: 'Naltrexone blockade',
  lab: 'Design lab',
  sources: 'Sources',
};
