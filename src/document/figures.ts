/**
 * The figures of the app, as data: an id, the view it lives in, a title, the document fields it
 * reads and the ones it lets the reader change in place. A view, a lecture slide, an embed
 * (`embed=1&figure=ID`), the export and the handout all render a figure by its id through one
 * path (src/figures/). Pure, so the build can check the lecture deck's figure ids.
 */

// Field keys and views are plain strings here (fields.ts imports this file, so importing its
// types back would make the two definitions circular); tests/document/figures.test.ts checks
// every key and view against the field table.
export interface FigureInfo {
  id: string;
  view: string;
  title: string;
  /** Document fields the figure reads (its state travels with it into a slide or an embed). */
  reads: readonly string[];
  /** Fields it offers as controls beside it. */
  controls: readonly string[];
  /** True when it states the blockade's result: shown only once the reader has revealed it. */
  reveals?: boolean;
}

const LAB: readonly string[] = [
  'design',
  'n',
  'effect',
  'sd',
  'rho',
  'period',
  'carryover',
  'washout',
  'dropout',
  'alpha',
  'sims',
  'seed',
  'interimLooks',
  'firstLook',
  'spending',
  'rise',
  'peak',
  'half',
];

/** The researcher's lab figure also reads the outcome and design settings of issue #18. */
const LAB_RESEARCH: readonly string[] = [
  ...LAB,
  'outcome',
  'crossoverDesign',
  'allocation',
  'pControl',
  'pActive',
];

export const FIGURES = [
  {
    id: 'studies',
    view: 'overview',
    title: 'The studies and their questions',
    reads: [],
    controls: [],
  },
  {
    id: 'flow',
    view: 'designs',
    title: 'Participant flow, CONSORT crossover style',
    reads: ['study', 'sequence', 'by', 'step'],
    controls: ['study', 'sequence', 'by'],
  },
  {
    id: 'schedule',
    view: 'designs',
    title: 'Sessions and ratings, in days',
    reads: ['study', 'sequence', 'by'],
    controls: ['study', 'sequence'],
  },
  {
    id: 'session',
    view: 'designs',
    title: 'One session, in minutes',
    reads: ['study'],
    controls: ['study'],
  },
  {
    id: 'companion',
    view: 'designs',
    title: 'A companion experiment in two parallel groups',
    reads: ['study'],
    controls: [],
  },
  {
    id: 'comparison',
    view: 'designs',
    title: 'The designs side by side',
    reads: [],
    controls: [],
  },
  {
    id: 'timeline',
    view: 'timeline',
    title: 'When ketamine differed from control, by day',
    reads: ['day', 'curve', 'rise', 'peak', 'half'],
    // The day cursor and the curve's sliders are part of the figure itself.
    controls: [],
  },
  {
    id: 'hat',
    view: 'timeline',
    title: 'The harm aversion task, step by step',
    reads: ['hat'],
    controls: [],
  },
  {
    id: 'responders',
    view: 'blockade',
    title: 'Responders, person by person',
    reads: ['revealed'],
    controls: [],
    reveals: true,
  },
  {
    id: 'interim',
    view: 'blockade',
    title: 'Planned, studied and completed: the interim analysis',
    reads: ['revealed'],
    controls: [],
  },
  {
    id: 'evidence',
    view: 'blockade',
    title: 'The evidence since 2018',
    reads: ['revealed'],
    controls: [],
    reveals: true,
  },
  {
    id: 'lab-trial',
    view: 'lab',
    title: 'One simulated trial',
    reads: LAB,
    controls: ['n', 'effect', 'rho', 'washout', 'carryover', 'seed'],
  },
  {
    id: 'lab-estimates',
    view: 'lab',
    title: 'Many simulated trials: the estimates',
    reads: LAB,
    controls: ['n', 'effect', 'washout', 'carryover', 'interimLooks', 'spending'],
  },
  {
    id: 'lab-power',
    view: 'lab',
    title: 'Power against sample size',
    reads: LAB,
    controls: ['n', 'effect', 'rho', 'washout', 'carryover'],
  },
  {
    id: 'lab-design',
    view: 'lab',
    title: 'Your design’s participant flow',
    reads: LAB_RESEARCH,
    controls: ['design', 'crossoverDesign', 'allocation', 'n', 'interimLooks'],
  },
  {
    id: 'lab-research',
    view: 'lab',
    title: 'Your design: power, type I error and expected sample size',
    reads: LAB_RESEARCH,
    controls: ['n', 'interimLooks', 'outcome', 'crossoverDesign', 'spending'],
  },
  {
    id: 'tiers',
    view: 'sources',
    title: 'What the provenance tiers mean',
    reads: [],
    controls: [],
  },
] as const satisfies readonly FigureInfo[];

export type FigureId = (typeof FIGURES)[number]['id'];
export const FIGURE_IDS = FIGURES.map((figure) => figure.id) as FigureId[];

export function figureInfo(id: string): FigureInfo | undefined {
  return (FIGURES as readonly FigureInfo[]).find((figure) => figure.id === id);
}
