/**
 * A study's facts mapped onto the inputs of the generic models (flow diagram, schedule, timeline,
 * lab presets). Every function takes any study in schema v2: nothing here names a study.
 */
import type { CrossoverFlowInput, ParallelFlowInput } from '../model/crossoverFlow';
import type { ScheduleInput } from '../model/sessionSchedule';
import type { TimelineInput } from '../model/effectTimeline';
import type { LabConfig } from '../model/lab/settings';
import { toDays } from '../model/sessionSchedule';
import type { CompanionData, FactData, StudyData } from './schema';

export function armLabels(study: StudyData): { A: string; B: string } {
  const byId = Object.fromEntries(study.conditions.map((c) => [c.id, c.label]));
  return { A: byId.A ?? 'A', B: byId.B ?? 'B' };
}

function sequenceFact(study: StudyData, id: 'AB' | 'BA'): FactData {
  return study.sequences.find((sequence) => sequence.id === id)!.n;
}

export function flowInput(study: StudyData): CrossoverFlowInput {
  const { flow } = study;
  return {
    ...(flow.planned ? { planned: flow.planned } : {}),
    enrolled: flow.enrolled,
    sequenceN: { AB: sequenceFact(study, 'AB'), BA: sequenceFact(study, 'BA') },
    washout: study.schedule.interval,
    discontinued: flow.discontinued,
    ...(flow.discontinuedReasons ? { discontinuedReasons: flow.discontinuedReasons } : {}),
    ...(flow.discontinuedTiming ? { discontinuedTiming: flow.discontinuedTiming } : {}),
    analysed: flow.analysed,
    ...(study.interim ? { stopped: { ending: study.ending, rule: study.interim.rule } } : {}),
    ...(flow.footnotes ? { footnotes: flow.footnotes } : {}),
  };
}

export function companionFlowInput(companion: CompanionData): ParallelFlowInput {
  return {
    subjects: companion.subjects,
    groups: companion.groups,
    about: companion.about,
    testing: companion.testing,
    taskName: companion.taskName,
    endpoint: companion.endpoint,
    result: companion.result,
    effectWindow: companion.effectWindow,
  };
}

export function scheduleInput(study: StudyData): ScheduleInput {
  const { schedule } = study;
  const { ratings } = schedule;
  const days = ratings.days.value;
  const windowDays = ratings.window ? (toDays(ratings.window)?.days ?? 7) : 7;
  return {
    interval: schedule.interval,
    infusion: schedule.intervention,
    infusionMinutes: schedule.duration,
    assessments:
      Array.isArray(days) && days.every((day) => typeof day === 'number')
        ? { kind: 'days', days: days as number[], fact: ratings.days }
        : {
            kind: 'band',
            windowDays,
            count: ratings.count ?? null,
            window: ratings.window ?? ratings.days,
            days: ratings.days,
          },
    ...(schedule.pretreatment
      ? {
          pretreatment: {
            what: schedule.pretreatment.what,
            leadMinutes: schedule.pretreatment.lead,
          },
        }
      : {}),
  };
}

/** The cross-species timeline of a study with an effect window and a companion experiment. */
export function timelineInput(study: StudyData, companion: CompanionData): TimelineInput {
  if (!study.effectWindow) throw new Error(`${study.id} reports no effect window`);
  const { ratings } = study.schedule;
  return {
    human: {
      window: study.effectWindow,
      assessments: ratings.count ?? null,
      assessmentDays: ratings.days,
      secondInfusion: study.schedule.interval,
      result: study.results.main,
    },
    companion: {
      window: companion.effectWindow,
      result: companion.result,
      notes: Object.values(companion.facts).filter((fact) => fact.label !== companion.result.label),
    },
  };
}

export interface LabPreset {
  id: string;
  studyId: string;
  kind: 'as-run' | 'as-planned' | 'as-stopped';
  /** Parameters set by the preset; those not backed by `facts` are illustrative. */
  values: Partial<LabConfig>;
  /** The facts the preset's numbers come from. */
  facts: FactData[];
}

/** A preset without interim looks. */
const NO_LOOKS = { interimLooks: 0, firstLook: 0 } as const;

const count = (fact: FactData | undefined): number | null =>
  fact && typeof fact.value === 'number' ? fact.value : null;

/**
 * The lab presets a study supports: "as run" (its enrolled number and interval), or, for a trial
 * with a planned size and an interim analysis, "as planned" and "as stopped". A study whose
 * counts or interval are not reported gives no preset.
 */
export function labPresets(study: StudyData): LabPreset[] {
  const washout = toDays(study.schedule.interval)?.days;
  if (washout === undefined) return [];
  const planned = count(study.flow.planned);
  const enrolled = count(study.flow.enrolled);
  const analysed = count(study.flow.analysed);
  const base = { design: 'crossover' as const, washout: Math.round(washout) };
  if (planned !== null && study.interim && enrolled !== null) {
    const presets: LabPreset[] = [
      {
        id: `${study.id}-as-planned`,
        studyId: study.id,
        kind: 'as-planned',
        values: { ...base, n: planned, dropout: 0, ...NO_LOOKS },
        facts: [study.flow.planned!, study.schedule.interval],
      },
    ];
    if (analysed !== null) {
      presets.push({
        id: `${study.id}-as-stopped`,
        studyId: study.id,
        kind: 'as-stopped',
        values: {
          ...base,
          n: planned,
          interimLooks: 1,
          firstLook: Math.round((enrolled / planned) * 100) / 100,
          dropout: Math.round(((enrolled - analysed) / enrolled) * 100) / 100,
        },
        facts: [
          study.flow.planned!,
          study.flow.enrolled,
          study.flow.analysed,
          study.schedule.interval,
        ],
      });
    }
    return presets;
  }
  const n = planned ?? enrolled;
  if (n === null) return [];
  return [
    {
      id: `${study.id}-as-run`,
      studyId: study.id,
      kind: 'as-run',
      values: { ...base, n, dropout: 0, ...NO_LOOKS },
      facts: [
        planned !== null ? study.flow.planned! : study.flow.enrolled,
        study.schedule.interval,
      ],
    },
  ];
}
