/** What each tier means, and how the UI names it. One place, used by <Fact> and Sources. */
import type { TierName } from './schema';

export interface TierInfo {
  /** Short text on the marker. */
  marker: string;
  /** One-line meaning, written for readers. */
  meaning: string;
}

export const TIER_INFO: Record<TierName, TierInfo> = {
  paper: {
    marker: 'paper',
    meaning: "Stated in the study's own published abstract or text.",
  },
  registry: {
    marker: 'registry',
    meaning: "From the trial's registry record (ClinicalTrials.gov).",
  },
  secondary: {
    marker: 'secondary',
    meaning:
      'Reported by a secondary source — a news report, letter, commentary or review — not seen in the paper itself.',
  },
  derived: {
    marker: 'derived',
    meaning: 'Computed by this app from reported numbers; the formula is shown.',
  },
  'not-reported': {
    marker: 'not reported',
    meaning:
      'We looked, and the sources we hold do not give it. It is left blank, never filled in.',
  },
  illustrative: {
    marker: 'illustrative',
    meaning: 'A teaching model drawn by this app — not study data.',
  },
};
