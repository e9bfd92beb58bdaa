/**
 * Words for the flow diagram and the Designs view's live summaries: the model (src/model) returns
 * boxes and lines as data; these functions turn them into text. One place for the words, ready to
 * become a catalogue.
 */
import {
  FLOW_STAGES,
  armsOf,
  type ArmId,
  type BoxLabel,
  type ColumnLabel,
  type DesignStage,
  type FlowDiagram,
  type FlowDiagramSpec,
  type FlowLineSpec,
  type FlowStage,
  type SequenceId,
} from '../model/crossoverFlow';
import type { FactData } from '../data/schema';
import { t } from './i18n';
import { hiddenText, formatFactValue, notReported } from '../data/format';

export type ArmLabels = Record<ArmId, string>;

/** A stage's name ("Period 1"), in the reader's language (shell catalogue: the lab uses it too). */
export function stageLabel(stage: DesignStage): string {
  return t(`stage.${stage}`);
}

/** The stages inside a sentence ("up to the time between the periods"). */
function stagePhrase(stage: FlowStage): string {
  return t(`designs.phrase.${stage}`);
}

/** "2 weeks", "about 1 month", "not reported". */
export function intervalText(fact: FactData): string {
  return formatFactValue(fact);
}

function countValue(fact: FactData): string {
  return fact.value === null ? notReported() : formatFactValue({ ...fact, unit: undefined });
}

/** A lower-case first letter, unless the word is an acronym ("HAM-D"). */
export function lowerFirst(text: string): string {
  return text.length > 1 && text[1] !== text[1]!.toUpperCase()
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

export function boxTitle(label: BoxLabel, arms: ArmLabels): string {
  switch (label.kind) {
    case 'enrolment':
      return t('designs.box.enrolment');
    case 'allocation':
      return t('designs.box.allocation', { sequence: label.sequence, arm: arms[label.first] });
    case 'period':
      return t(
        label.mode === 'period' ? 'designs.box.periodByPeriod' : 'designs.box.periodByTreatment',
        { period: label.period, arm: arms[label.arm] },
      );
    case 'between-periods':
      return t('designs.box.between');
    case 'analysis':
      return t(
        label.compare === 'within' ? 'designs.box.analysisWithin' : 'designs.box.analysisBetween',
      );
    case 'stopped':
      return t('designs.box.stopped');
    case 'subjects':
      return t('designs.box.subjects', {
        subjects: `${label.subjects[0]!.toUpperCase()}${label.subjects.slice(1)}`,
      });
    case 'group':
      return label.label;
    case 'task':
      return label.name;
  }
}

export function lineText({ role, fact }: FlowLineSpec): string {
  switch (role) {
    case 'planned':
      return t('designs.line.planned', { value: countValue(fact) });
    case 'enrolled':
      return fact.value === null
        ? t('designs.line.labelled', { label: fact.label, value: notReported() })
        : formatFactValue(fact);
    case 'participants':
      return t('designs.line.participants', { value: countValue(fact) });
    case 'received':
      return t('designs.line.received', { value: countValue(fact) });
    case 'interval':
      return t('designs.line.labelled', { label: fact.label, value: intervalText(fact) });
    case 'analysed':
      return t('designs.line.analysed', { value: countValue(fact) });
    case 'discontinued':
      return t('designs.line.discontinued', { value: countValue(fact) });
    case 'reasons':
      return t('designs.line.reasons', { value: countValue(fact) });
    case 'timing':
      return t('designs.line.timing', { value: countValue(fact) });
    case 'rule':
      return t('designs.line.rule', { value: countValue(fact) });
    case 'animals':
      return t('designs.line.animals', { value: countValue(fact) });
    case 'fact':
      return t('designs.line.labelled', { label: fact.label, value: formatFactValue(fact) });
    case 'value':
      return formatFactValue(fact);
  }
}

function columnText(label: ColumnLabel, arms: ArmLabels): string {
  switch (label.kind) {
    case 'sequence':
      return t('designs.column.sequence', { sequence: label.sequence, arm: arms[label.first] });
    case 'arm':
      return arms[label.arm];
    case 'text':
      return label.text;
  }
}

/**
 * The diagram with its words, ready for layout. A result the reader has not revealed yet is not
 * written into the diagram: its line says where it is revealed.
 */
export function flowText(spec: FlowDiagramSpec, arms: ArmLabels, revealed = true): FlowDiagram {
  const text = (line: FlowLineSpec) =>
    line.fact.reveals && !revealed
      ? t('designs.line.labelled', { label: line.fact.label, value: hiddenText() })
      : lineText(line);
  return {
    boxes: spec.boxes.map((box) => ({
      ...box,
      title: boxTitle(box.label, arms),
      lines: box.lines.map((line) => ({ text: text(line), fact: line.fact })),
    })),
    links: spec.links,
    columns: {
      left: columnText(spec.columns.left, arms),
      right: columnText(spec.columns.right, arms),
    },
    footnotes: spec.footnotes.map((line) => ({ text: text(line), fact: line.fact })),
  };
}

export interface SummaryInput {
  armLabels: ArmLabels;
  interval: FactData;
  sequence: SequenceId | null;
  step: number;
  /** Whether the split between the sequences is reported (a count on both sequences). */
  splitReported?: boolean;
}

/** "Sequence BA: placebo first, ketamine 2 weeks later." */
export function sequenceSentence({
  armLabels,
  interval,
  sequence,
  splitReported = false,
}: SummaryInput): string {
  const gap = intervalText(interval);
  if (sequence === null) {
    return t(splitReported ? 'designs.summary.both' : 'designs.summary.bothUnreported', {
      a: lowerFirst(armLabels.A),
      b: lowerFirst(armLabels.B),
      gap,
    });
  }
  const [first, second] = armsOf(sequence);
  return t('designs.summary.sequence', {
    sequence,
    first: lowerFirst(armLabels[first]),
    second: lowerFirst(armLabels[second]),
    gap,
  });
}

/** "Showing stages 1–4 of 6, up to the washout." */
export function stepSentence(step: number): string {
  const total = FLOW_STAGES.length;
  const clamped = Math.min(total, Math.max(1, step));
  const stage = FLOW_STAGES[clamped - 1]!;
  if (clamped >= total) return t('designs.summary.allStages', { total });
  if (clamped === 1) return t('designs.summary.firstStage', { total, stage: stagePhrase(stage) });
  return t('designs.summary.upTo', { step: clamped, total, stage: stagePhrase(stage) });
}

export function flowSummary(input: SummaryInput): string {
  return `${sequenceSentence(input)} ${stepSentence(input.step)}`;
}
