/**
 * Maps each study's facts onto the inputs of the design models (flow diagram, schedule). Kept
 * next to the loader because it knows the study files' keys; the models stay study-agnostic.
 */
import type { CrossoverFlowInput, ParallelFlowInput } from '../model/crossoverFlow';
import type { ScheduleInput } from '../model/sessionSchedule';
import type { TimelineInput } from '../model/effectTimeline';
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
