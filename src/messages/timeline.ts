/**
 * Words for the cross-species day timeline (src/model/effectTimeline.ts): the model says where a
 * day falls for each track; the timeline catalogue (src/locales/<code>/timeline.json) says it in
 * the reader's language. The study-specific words (what Hess et al. 2024 measured) are in the
 * catalogue too: the Effects chapter is bound to that study.
 */
import type { DayStatus } from '../model/effectTimeline';
import { t } from './i18n';

export interface DaySentences {
  human: string;
  companion: string;
  /** One sentence for the live region. */
  sentence: string;
}

/** What is known on a day, in words. */
export function daySentences(status: DayStatus): DaySentences {
  const human = t(`timeline.day.human.${status.human}`, { end: status.humanWindowEnd });
  const companion = t(`timeline.day.rats.${status.companion}`, { end: status.companionWindowEnd });
  return {
    human,
    companion,
    sentence: t('timeline.day.sentence', { day: status.day, human, rats: companion }),
  };
}
