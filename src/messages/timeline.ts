/** Words for the cross-species day timeline (src/model/effectTimeline.ts). */
import type { DayStatus } from '../model/effectTimeline';

export interface DaySentences {
  human: string;
  companion: string;
  /** One sentence for the live region. */
  sentence: string;
}

export interface TimelineWords {
  /** e.g. "ketamine exceeded placebo on all four social items". */
  humanInside: string;
  /** e.g. "ketamine rats pressed further below baseline than vehicle rats". */
  companionInside: string;
  /** The companion's plural subjects, capitalised for the sentence, e.g. "Rats". */
  companionName: string;
  humanTreatment: string;
  companionTreatment: string;
}

/** What is known on a day, in words. */
export function daySentences(status: DayStatus, words: TimelineWords): DaySentences {
  const humanText = {
    treatment: words.humanTreatment,
    inside: `inside the first ${status.humanWindowEnd} days, when ${words.humanInside} (assessment days not reported)`,
    after: `past the ${status.humanWindowEnd}-day window; no difference is reported this late`,
    'second-session': 'second session, with the other condition (the crossover)',
    'second-period': 'second period; no separate day-by-day result is reported',
  }[status.human];
  const companionText = {
    treatment: words.companionTreatment,
    inside: `inside the ${status.companionWindowEnd} days when ${words.companionInside}`,
    after: `past day ${status.companionWindowEnd}; no effect is reported`,
  }[status.companion];
  return {
    human: humanText,
    companion: companionText,
    sentence: `Day ${status.day} — people: ${humanText}. ${words.companionName}: ${companionText}.`,
  };
}
