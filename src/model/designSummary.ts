/**
 * The one-sentence live summaries of the Designs view, built from labels and facts. Pure, so the
 * wording at every state can be tested.
 */
import { FLOW_STAGES, STAGE_LABELS, armsOf, intervalText, type SequenceId } from './crossoverFlow';
import type { FactData } from '../data/schema';

export interface SummaryInput {
  armLabels: { A: string; B: string };
  interval: FactData;
  sequence: SequenceId | null;
  step: number;
}

function lowerFirst(text: string): string {
  return text.length > 1 && text[1] !== text[1]!.toUpperCase()
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

/** "Sequence BA: placebo first, ketamine 2 weeks later." */
export function sequenceSentence({ armLabels, interval, sequence }: SummaryInput): string {
  const gap = intervalText(interval);
  if (sequence === null) {
    return `Both sequences: some participants had ${lowerFirst(armLabels.A)} first and the others ${lowerFirst(armLabels.B)} first (how many in each is not reported), ${gap} apart.`;
  }
  const [first, second] = armsOf(sequence);
  return `Sequence ${sequence}: ${lowerFirst(armLabels[first])} first, ${lowerFirst(armLabels[second])} ${gap} later.`;
}

/** "Showing stages 1–4 of 6, up to the washout." */
export function stepSentence(step: number): string {
  const total = FLOW_STAGES.length;
  const stage = FLOW_STAGES[Math.min(total, Math.max(1, step)) - 1]!;
  if (step >= total) return `Showing all ${total} stages, from enrolment to analysis.`;
  return `Showing stages 1–${step} of ${total}, up to ${STAGE_LABELS[stage].toLowerCase()}.`;
}

export function flowSummary(input: SummaryInput): string {
  return `${sequenceSentence(input)} ${stepSentence(input.step)}`;
}
