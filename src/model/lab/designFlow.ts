/**
 * The participant flow of a lab design, as data for the same flow layout and chart the studies
 * use (../flowLayout.ts, src/charts/FlowChart.tsx): randomised → one lane per sequence (or arm) →
 * each period, with the washout between periods → the analysis. Pure: settings in, boxes and
 * links out; src/messages/lab.ts gives them words.
 *
 *   structure   the design's sequences × periods and shares (./designs.ts)
 *   n           people randomised; sequence sizes from the lab's own allocation (`allocate`)
 *   dropout     probability of leaving after period 1 (the simulation's model), so later
 *               periods hold n_s·(1 − dropout) people on average — an expectation, not a count
 *   washoutDays days between consecutive periods
 *   looks       people analysed at each analysis (interim looks and the final)
 */
import type { Column, DesignStage, FlowLink } from '../crossoverFlow';
import { allocate, type DesignStructure, type Treatment } from './designs';
import type { PrimaryAnalysis } from './labSimulation';

export type DesignBoxLabel =
  | { kind: 'randomised'; n: number; groups: number; parallel: boolean }
  | { kind: 'sequence'; sequence: string; count: number; share: number; parallel: boolean }
  | { kind: 'period'; period: number; treatment: Treatment; expected: number; exact: boolean }
  | { kind: 'washout'; days: number }
  | {
      kind: 'analysis';
      analysis: PrimaryAnalysis;
      design: DesignStructure['id'];
      completers: number;
      n: number;
      looks: number[];
    };

export interface DesignFlowBox {
  id: string;
  stage: DesignStage;
  column: Column;
  lane?: number;
  /** The sequence (or arm) whose lane the box is in; null for shared boxes. */
  sequence: string | null;
  label: DesignBoxLabel;
  tone: 'normal' | 'washout';
}

export interface DesignFlowSpec {
  boxes: DesignFlowBox[];
  links: FlowLink[];
  /** One lane per sequence (or arm), left to right. */
  lanes: { sequence: string; count: number; share: number }[];
  parallel: boolean;
  periods: number;
}

export interface DesignFlowInput {
  structure: DesignStructure;
  n: number;
  dropout: number;
  washoutDays: number;
  looks: number[];
  analysis: PrimaryAnalysis;
}

const PERIOD_STAGES: DesignStage[] = ['period1', 'period2', 'period3'];
const WASHOUT_STAGES: DesignStage[] = ['washout', 'washout2'];

/** Build the flow of a lab design, as data. */
export function designFlow(input: DesignFlowInput): DesignFlowSpec {
  const { structure, n, dropout, washoutDays, looks, analysis } = input;
  const parallel = structure.id === 'parallel';
  const counts = new Array<number>(structure.sequences.length).fill(0);
  allocate(structure, n).forEach((s) => (counts[s]! += 1));
  const keep = 1 - dropout;
  const boxes: DesignFlowBox[] = [
    {
      id: 'randomised',
      stage: 'enrolment',
      column: 'center',
      sequence: null,
      label: { kind: 'randomised', n, groups: structure.sequences.length, parallel },
      tone: 'normal',
    },
  ];
  const links: FlowLink[] = [];
  const link = (from: string, to: string) =>
    links.push({ id: `${from}->${to}`, from, to, sequence: null });

  structure.sequences.forEach((sequence, lane) => {
    const s = sequence.label;
    const count = counts[lane]!;
    const allocation = `allocation-${s}`;
    boxes.push({
      id: allocation,
      stage: 'allocation',
      column: 'left',
      lane,
      sequence: s,
      label: { kind: 'sequence', sequence: s, count, share: count / n, parallel },
      tone: 'normal',
    });
    link('randomised', allocation);
    let previous = allocation;
    sequence.treatments.forEach((treatment, p) => {
      if (p > 0) {
        const washout = `washout${p}-${s}`;
        boxes.push({
          id: washout,
          stage: WASHOUT_STAGES[p - 1]!,
          column: 'left',
          lane,
          sequence: s,
          label: { kind: 'washout', days: washoutDays },
          tone: 'washout',
        });
        link(previous, washout);
        previous = washout;
      }
      const period = `period${p + 1}-${s}`;
      boxes.push({
        id: period,
        stage: PERIOD_STAGES[p]!,
        column: 'left',
        lane,
        sequence: s,
        label: {
          kind: 'period',
          period: p + 1,
          treatment,
          expected: p === 0 ? count : count * keep,
          exact: p === 0 || dropout === 0,
        },
        tone: 'normal',
      });
      link(previous, period);
      previous = period;
    });
    link(previous, 'analysis');
  });

  boxes.push({
    id: 'analysis',
    stage: 'analysis',
    column: 'center',
    sequence: null,
    label: {
      kind: 'analysis',
      analysis,
      design: structure.id,
      completers: parallel ? n : n * keep,
      n,
      looks,
    },
    tone: 'normal',
  });

  return {
    boxes,
    links,
    lanes: structure.sequences.map((sequence, lane) => ({
      sequence: sequence.label,
      count: counts[lane]!,
      share: counts[lane]! / n,
    })),
    parallel,
    periods: structure.periods,
  };
}
