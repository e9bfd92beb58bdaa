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
/** Source groups that are not a study (a study's own sources are grouped under its id). */
export const GENERAL_SOURCE_GROUPS = ['debate', 'methods'] as const;

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

/** The largest study file a reader may open (1 MB); larger files are refused before reading. */
export const MAX_STUDY_FILE_BYTES = 1024 * 1024;
