/**
 * The study behind the Effects over time chapter: Hess et al. 2024 (people, one week) and its rat
 * experiment (six days). The chapter is specific to this study; every number it shows is read from
 * the study's facts here, never typed into a view. Its words are in the timeline catalogue.
 */
import { builtInStudy } from '../../data/studies';
import { timelineInput } from '../../data/studyInputs';
import type { CompanionData, FactData } from '../../data/schema';
import { TIER_INFO } from '../../data/tiers';
import { effectTimeline } from '../../model/effectTimeline';
import { formatFactValue } from '../../data/format';
import { activeLocale } from '../../messages/i18n';
import { directionOf } from '../../messages/languages';

export const EFFECTS_STUDY = builtInStudy('hess-2024');

function companion(id: string): CompanionData {
  const found = EFFECTS_STUDY.companions?.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${EFFECTS_STUDY.id} has no companion experiment "${id}"`);
  return found;
}

export const RATS = companion('rats');

/** The timeline's input and tracks come from fixed study facts: built once. */
export const TIMELINE_INPUT = timelineInput(EFFECTS_STUDY, RATS);
export const TIMELINE = effectTimeline(TIMELINE_INPUT);

/** The tier word drawn on a mark; a not-reported mark already says so in its own label. */
export function tierWord(fact: FactData): string {
  return fact.tier === 'not-reported' ? '' : TIER_INFO[fact.tier].marker;
}

/**
 * Whether the page reads right to left: the chapter's drawings then mirror where reading order
 * matters (the locale root re-renders the app when the locale changes).
 */
export function isRightToLeft(): boolean {
  return directionOf(activeLocale()) === 'rtl';
}

export { formatFactValue };
