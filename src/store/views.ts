/**
 * The views of the app, in reading order. Only views that exist are listed: the codec accepts
 * only these, and the navigation shows only these.
 */
export const VIEWS = ['overview', 'designs', 'timeline', 'blockade', 'lab', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  overview: 'Overview',
  designs: 'Designs',
  timeline: 'Effects over time',
  blockade: 'Naltrexone blockade',
  lab: 'Design lab',
  sources: 'Sources',
};

export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export const STUDY_IDS = ['hess-2024', 'williams-2018'] as const;
export type StudyId = (typeof STUDY_IDS)[number];

/** Which sequence the reader follows through the design; 'none' shows both alike. */
export const SEQUENCE_CHOICES = ['none', 'AB', 'BA'] as const;
export type SequenceChoice = (typeof SEQUENCE_CHOICES)[number];

/** Flow diagram arrangement: columns by sequence (periods in rows) or by treatment. */
export const FLOW_MODES = ['period', 'treatment'] as const;
export type FlowMode = (typeof FLOW_MODES)[number];

/** The stage-by-stage build of the flow diagram: 1 = enrolment … 6 = analysis (everything). */
export const DESIGN_STEP_MIN = 1;
export const DESIGN_STEP_MAX = 6;

/** Effects view: the day cursor, 0 = treatment. */
export const DAY_MIN = 0;
export const DAY_MAX = 21;

/** Effects view: steps of the harm aversion task walk-through. */
export const HAT_STEP_MIN = 1;
export const HAT_STEP_MAX = 5;
