/**
 * Maps each study's facts onto the inputs of the design models (flow diagram, schedule). Kept
 * next to the loader because it knows the study files' keys; the models stay study-agnostic.
 */
import type { CrossoverFlowInput, ParallelFlowInput } from '../model/crossoverFlow';
import type { ScheduleInput } from '../model/sessionSchedule';
import type { TimelineInput } from '../model/effectTimeline';
import type { LabParams } from '../model/lab/params';
import { toDays } from '../model/sessionSchedule';
import type { FactData, StudyData } from './schema';
import { hess2024, williams2018 } from './studies';

function required(fact: FactData | undefined, what: string): FactData {
  if (!fact) throw new Error(`Study data is missing ${what}`);
  return fact;
}

function armLabels(study: StudyData) {
  const [a, b] = study.arms;
  return { A: { label: a.label }, B: { label: b.label } };
}

function sequenceN(study: StudyData) {
  const [ab, ba] = study.sequences;
  return { AB: ab.n, BA: ba.n };
}

export const FLOW_INPUTS: Record<'hess-2024' | 'williams-2018', CrossoverFlowInput> = {
  'hess-2024': {
    arms: armLabels(hess2024),
    enrolled: hess2024.population.n,
    sequenceN: sequenceN(hess2024),
    washout: hess2024.intervention.interval,
    discontinued: hess2024.design.discontinued,
    analysed: hess2024.design.analysed,
  },
  'williams-2018': {
    arms: armLabels(williams2018),
    planned: required(williams2018.design.plannedN, 'design.plannedN'),
    enrolled: required(williams2018.design.interimAfter, 'design.interimAfter'),
    sequenceN: sequenceN(williams2018),
    washout: williams2018.intervention.interval,
    discontinued: williams2018.design.discontinued,
    discontinuedReasons: williams2018.design.nonCompletionReasons,
    discontinuedTiming: williams2018.design.nonCompletionTiming,
    analysed: williams2018.design.analysed,
    stopped: { ending: williams2018.design.ending, rule: williams2018.design.stoppingRule },
    footnotes: [required(williams2018.design.registryEnrollment, 'design.registryEnrollment')],
  },
};

if (!hess2024.animal) throw new Error('Study data is missing animal');
const animal: Record<string, FactData | undefined> = hess2024.animal;

export const RAT_FLOW_INPUT: ParallelFlowInput = {
  groups: {
    left: { label: 'Ketamine injection', n: required(animal.nPerGroup, 'animal.nPerGroup') },
    right: { label: 'Vehicle injection', n: required(animal.nPerGroup, 'animal.nPerGroup') },
  },
  subjects: [
    required(animal.strain, 'animal.strain'),
    required(animal.sex, 'animal.sex'),
    required(animal.dose, 'animal.dose'),
  ],
  testing: [
    required(animal.sessionDays, 'animal.sessionDays'),
    required(animal.effectWindow, 'animal.effectWindow'),
  ],
  endpoint: required(animal.endpoint, 'animal.endpoint'),
  result: required(animal.result, 'animal.result'),
};

export const SCHEDULE_INPUTS: Record<'hess-2024' | 'williams-2018', ScheduleInput> = {
  'hess-2024': {
    interval: hess2024.intervention.interval,
    infusion: hess2024.arms[0].detail,
    infusionMinutes: hess2024.intervention.infusionDuration,
    assessments: {
      kind: 'band',
      windowDays: 7,
      count: required(hess2024.timePoints.assessments, 'timePoints.assessments'),
      window: required(hess2024.timePoints.assessmentWindow, 'timePoints.assessmentWindow'),
      days: required(hess2024.timePoints.assessmentDays, 'timePoints.assessmentDays'),
    },
  },
  'williams-2018': {
    interval: williams2018.intervention.interval,
    infusion: williams2018.intervention.dose,
    infusionMinutes: williams2018.intervention.infusionDuration,
    assessments: {
      kind: 'days',
      days:
        (required(williams2018.timePoints.ratingDays, 'timePoints.ratingDays').value as number[]) ??
        [],
      fact: required(williams2018.timePoints.ratingDays, 'timePoints.ratingDays'),
    },
    pretreatment: {
      what: required(williams2018.intervention.pretreatment, 'intervention.pretreatment'),
      leadMinutes: required(
        williams2018.intervention.pretreatmentLead,
        'intervention.pretreatmentLead',
      ),
    },
  },
};

export const STUDY_BY_ID: Record<'hess-2024' | 'williams-2018', StudyData> = {
  'hess-2024': hess2024,
  'williams-2018': williams2018,
};

export const TIMELINE_INPUT: TimelineInput = {
  human: {
    window: required(hess2024.timePoints.effectWindow, 'timePoints.effectWindow'),
    assessments: required(hess2024.timePoints.assessments, 'timePoints.assessments'),
    assessmentDays: required(hess2024.timePoints.assessmentDays, 'timePoints.assessmentDays'),
    secondInfusion: hess2024.intervention.interval,
    result: hess2024.results.main,
  },
  rat: {
    window: required(animal.effectWindow, 'animal.effectWindow'),
    result: required(animal.result, 'animal.result'),
    shocks: required(animal.shocks, 'animal.shocks'),
  },
};

export interface LabPreset {
  id: string;
  label: string;
  /** Parameters set by the preset; those not backed by `facts` are illustrative. */
  values: Partial<LabParams>;
  /** The facts the preset's numbers come from. */
  facts: FactData[];
  /** What in the preset is illustrative. */
  note: string;
}

function countOfFact(fact: FactData | undefined, what: string): number {
  if (!fact || typeof fact.value !== 'number') throw new Error(`Study data is missing ${what}`);
  return fact.value;
}

function daysOf(fact: FactData): number {
  const days = toDays(fact);
  if (!days) throw new Error(`"${fact.label}" is not a duration`);
  return days.days;
}

const williamsPlanned = countOfFact(williams2018.design.plannedN, 'design.plannedN');
const williamsInterim = countOfFact(williams2018.design.interimAfter, 'design.interimAfter');
const williamsCompleters = countOfFact(williams2018.design.completers, 'design.completers');

export const LAB_PRESETS: readonly LabPreset[] = [
  {
    id: 'hess-as-run',
    label: 'Hess 2024 as run',
    values: {
      design: 'crossover',
      n: countOfFact(hess2024.population.n, 'population.n'),
      washout: daysOf(hess2024.intervention.interval),
      dropout: 0,
      interim: 0,
    },
    facts: [hess2024.population.n, hess2024.intervention.interval],
    note: 'Sample size and washout from the study; the effect size, correlation and everything else are illustrative.',
  },
  {
    id: 'williams-as-planned',
    label: 'Williams 2018 as planned',
    values: {
      design: 'crossover',
      n: williamsPlanned,
      washout: daysOf(williams2018.intervention.interval),
      dropout: 0,
      interim: 0,
    },
    facts: [
      required(williams2018.design.plannedN, 'design.plannedN'),
      williams2018.intervention.interval,
    ],
    note: 'Planned size and (approximate) interval from the study; everything else is illustrative.',
  },
  {
    id: 'williams-as-stopped',
    label: 'Williams 2018 as stopped',
    values: {
      design: 'crossover',
      n: williamsPlanned,
      washout: daysOf(williams2018.intervention.interval),
      interim: Math.round((williamsInterim / williamsPlanned) * 100) / 100,
      dropout: Math.round(((williamsInterim - williamsCompleters) / williamsInterim) * 100) / 100,
    },
    facts: [
      required(williams2018.design.plannedN, 'design.plannedN'),
      required(williams2018.design.interimAfter, 'design.interimAfter'),
      required(williams2018.design.completers, 'design.completers'),
      williams2018.intervention.interval,
    ],
    note: 'Planned 30 with an interim look after 14, and a dropout rate that leaves about 12 of 14 — from the study. The stopping boundary was not reported; the one used here is illustrative, as are the effect size and correlation.',
  },
];
