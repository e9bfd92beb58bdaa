/**
 * The enumerations of the data model, kept free of zod so that the app can import them without
 * pulling the validator into the browser bundle. src/data/schema.ts builds its enums from these.
 */

/** How far a fact has travelled from its source. See STUDY-FACTS.md and the Sources view. */
export const TIERS = [
  'paper',
  'registry',
  'secondary',
  'derived',
  'not-reported',
  'illustrative',
] as const;

export const SOURCE_KINDS = ['paper', 'registry', 'news', 'letter', 'editorial', 'review'] as const;
export const SOURCE_GROUPS = ['hess-2024', 'williams-2018', 'debate', 'methods'] as const;

/**
 * Evidence timeline: what a study or letter found about naltrexone and ketamine. "inconclusive":
 * the study cannot test blockade, because ketamine did not beat its own comparator.
 */
export const FINDINGS = [
  'blocked',
  'attenuated',
  'not-blocked',
  'inconclusive',
  'commentary',
  'mechanism',
] as const;
