/**
 * The lab's challenges by id, the choices a reader predicts from and the document field that keeps
 * each prediction. Kept apart from ./challenges.ts (which needs the statistics) so that the
 * document-field table, in the initial bundle, can list them without loading jStat.
 */
export const CHALLENGE_IDS = [
  'washout',
  'power-80',
  'naive-stop',
  'parallel',
  'two-stage',
] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

/** The choices a reader predicts from, per challenge ('none' = no prediction yet). */
export const CHALLENGE_CHOICES = {
  washout: ['none', 'lower', 'same', 'higher'],
  'power-80': ['none', 'under-20', '20-49', '50-99', '100-plus'],
  'naive-stop': ['none', 'about-5', '6-10', '11-20', 'over-20'],
  parallel: ['none', 'same', 'somewhat-lower', 'much-lower'],
  'two-stage': ['none', 'about-5', '6-10', 'over-10'],
} as const satisfies Record<ChallengeId, readonly string[]>;
export type ChallengeChoice<C extends ChallengeId = ChallengeId> =
  (typeof CHALLENGE_CHOICES)[C][number];

/** The document field that keeps each challenge's prediction (so a link keeps it). */
export const PREDICTION_FIELD = {
  washout: 'guessWashout',
  'power-80': 'guessPower',
  'naive-stop': 'guessStop',
  parallel: 'guessParallel',
  'two-stage': 'guessTwoStage',
} as const satisfies Record<ChallengeId, string>;
