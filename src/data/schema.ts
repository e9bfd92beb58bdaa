/**
 * The schema of everything in data/: the studies as facts with provenance, the sources they rest
 * on, and the glossary. Written with zod so that one definition gives both the TypeScript types
 * and the runtime validation.
 *
 * Zod runs at build time (a Vite plugin) and in the tests: the app imports data/ already
 * validated and typed (see ./studies.ts), which keeps the initial bundle small. In the browser it
 * runs only in the lazy chunk that checks a reader's own study file (./studyFile.ts).
 */
import { z } from 'zod';
import { FINDINGS, GENERAL_SOURCE_GROUPS, SOURCE_KINDS, TIERS } from './constants.ts';

// No compiled fast path: zod probes for it with `new Function` when a schema is built, which the
// page's CSP forbids and reports as a violation (securitypolicyviolation) even though zod catches
// the error. Set before any schema below is made.
z.config({ jitless: true });

export { FINDINGS, GENERAL_SOURCE_GROUPS, SOURCE_KINDS, TIERS };

/** How far a fact has travelled from its source. See STUDY-FACTS.md and the Sources view. */
export const Tier = z.enum(TIERS);

export const FactValue = z.union([
  z.string().min(1),
  z.number().finite(),
  z.array(z.string().min(1)).min(1),
  z.array(z.number().finite()).min(1),
  z.null(),
]);

/** One statement about a study, carrying its source and tier. */
export const Fact = z
  .strictObject({
    label: z.string().min(1),
    value: FactValue,
    unit: z.string().min(1).optional(),
    approximate: z.boolean().optional(),
    sourceId: z.string().min(1),
    tier: Tier,
    note: z.string().min(1).optional(),
    formula: z.string().min(1).optional(),
    /**
     * The fact states a result the reader is asked to predict first: until they reveal it
     * (`revealed=1`), every place that would show it says where it is revealed instead.
     */
    reveals: z.literal(true).optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.tier === 'not-reported' && fact.value !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a not-reported fact must have value null (never fill in an unknown)',
      });
    }
    if (fact.tier !== 'not-reported' && fact.value === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['tier'],
        message: 'value is null, so tier must be "not-reported"',
      });
    }
    if (fact.tier === 'derived' && !fact.formula) {
      ctx.addIssue({
        code: 'custom',
        path: ['formula'],
        message: 'a derived fact must say how it was computed (formula)',
      });
    }
  });

const factGroup = <T extends z.ZodRawShape>(required: T) => z.object(required).catchall(Fact);

/** A study id: lower-case words and digits joined by dashes, e.g. "hess-2024". */
export const StudyId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected an id like "hess-2024" (lower case, dashes)')
  .max(64);

/** One of the two conditions every participant receives. */
export const Condition = z.strictObject({
  id: z.enum(['A', 'B']),
  /** A short name used in diagrams, e.g. "Ketamine" or "Placebo + ketamine". */
  label: z.string().min(1).max(60),
  role: z.enum(['active', 'control']),
  detail: Fact,
});

/** An order of the conditions (AB: A in period 1, B in period 2) and how many followed it. */
export const Sequence = z.strictObject({
  id: z.enum(['AB', 'BA']),
  order: z.tuple([z.enum(['A', 'B']), z.enum(['A', 'B'])]),
  n: Fact,
});

/** Counts at each stage of the CONSORT-crossover flow; any count may be not reported. */
export const Flow = z.strictObject({
  /** Planned sample size (for trials with a planned size, e.g. one stopped early). */
  planned: Fact.optional(),
  /** People at the top of the flow: randomised, or studied when the trial stopped. */
  enrolled: Fact,
  /** People who did not complete both periods. */
  discontinued: Fact,
  discontinuedReasons: Fact.optional(),
  discontinuedTiming: Fact.optional(),
  analysed: Fact,
  /** Printed under the diagram, e.g. a registry record that disagrees. */
  footnotes: z.array(Fact).optional(),
});

/** What happens in one session and when the ratings fall. */
export const Schedule = z.strictObject({
  /** Time from the first session to the second (a duration in days, weeks or months). */
  interval: Fact,
  pretreatment: z
    .strictObject({
      /** What is given first, e.g. "Naltrexone 50 mg or placebo". */
      what: Fact,
      /** Minutes before the intervention. */
      lead: Fact,
      route: Fact.optional(),
    })
    .optional(),
  /** The intervention given in each session (dose, route). */
  intervention: Fact,
  /** Its duration in minutes. */
  duration: Fact,
  ratings: z.strictObject({
    /** Days after each session on which ratings fell (a list of numbers), or not reported. */
    days: Fact,
    /** How many ratings, when the days are not reported. */
    count: Fact.optional(),
    /** The window the ratings fell in (a duration), when the days are not reported. */
    window: Fact.optional(),
  }),
});

/**
 * A trial stopped at an interim analysis: the formal stopping rule (often not reported). Why it
 * stopped is the study's `ending`; how many were studied by then is `flow.enrolled`.
 */
export const Interim = z.strictObject({
  rule: Fact,
});

/** A companion experiment in a separate group design (e.g. the rat experiment of Hess 2024). */
export const Companion = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Heading, e.g. "Rat harm-aversion experiment". */
  title: z.string().min(1),
  /** Plural noun for the subjects, e.g. "rats". */
  subjects: z.string().min(1),
  design: Fact,
  groups: z.tuple([
    z.strictObject({ label: z.string().min(1), n: Fact }),
    z.strictObject({ label: z.string().min(1), n: Fact }),
  ]),
  /** Facts about the subjects shown in the first box (strain, sex, dose …). */
  about: z.array(Fact),
  /** Facts shown in each group's testing box. */
  testing: z.array(Fact),
  /** The task each group performed (box title). */
  taskName: z.string().min(1),
  endpoint: Fact,
  result: Fact,
  /** How long the effect lasted (a duration), for the timeline. */
  effectWindow: Fact,
  facts: factGroup({}),
});

/** A two-period, two-sequence (AB/BA) crossover study, by role. */
export const Study = z.strictObject({
  schemaVersion: z.literal(2),
  id: StudyId,
  shortName: z.string().min(1).max(60),
  title: z.string().min(1),
  /** True when the paper's title states a result the reader predicts first: shown after the reveal. */
  titleReveals: z.boolean().optional(),
  /** The study's own source in data/sources.json (a reader's own study names its own). */
  sourceId: z.string().min(1),
  /** One line under the name on a card, e.g. "Ketamine vs placebo · people and rats". */
  kicker: z.string().min(1).max(80),
  question: Fact,
  population: factGroup({ description: Fact }),
  design: factGroup({ type: Fact, blinding: Fact, orderAssignment: Fact, sequenceSplit: Fact }),
  conditions: z.tuple([Condition, Condition]),
  sequences: z.tuple([Sequence, Sequence]),
  flow: Flow,
  schedule: Schedule,
  outcomes: factGroup({ primary: Fact }),
  results: factGroup({ main: Fact }),
  /** How long ketamine differed from control after a session (a duration), if reported. */
  effectWindow: Fact.optional(),
  /** How the study ended (completed, pooled analysis, stopped early …). */
  ending: Fact,
  interim: Interim.optional(),
  companions: z.array(Companion).max(4).optional(),
});

export const Source = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case id with dashes'),
  label: z.string().min(1).max(40),
  kind: z.enum(SOURCE_KINDS),
  /** A study id (its sources), or one of the general groups (debate, methods). */
  group: z.string().min(1),
  citation: z.string().min(1),
  /**
   * The citation to show before the reveal when the full one's title states the result (the
   * title left out and said so); the full citation appears once the reader has revealed.
   */
  citationBeforeReveal: z.string().min(1).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI like 10.1176/appi.ajp.20230980')
    .optional(),
  pmid: z.string().regex(/^\d+$/).optional(),
  pmcid: z
    .string()
    .regex(/^PMC\d+$/)
    .optional(),
  registryId: z
    .string()
    .regex(/^NCT\d{8}$/)
    .optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  note: z.string().min(1).optional(),
  /** Structured reference for generated citations (APA, BibTeX); authors as "Surname INITIALS". */
  reference: z
    .strictObject({
      authors: z
        .array(
          z.string().regex(/^[A-Z][A-Za-z'-]+ [A-Z]{1,3}( Jr)?$/, 'expected "Surname INITIALS"'),
        )
        .min(1),
      title: z.string().min(1),
      journal: z.string().min(1),
      year: z.number().int(),
      volume: z.string().min(1),
      issue: z.string().min(1).optional(),
      pages: z.string().min(1),
    })
    .optional(),
});

/**
 * A source named by a reader's own study file: a source as in data/sources.json, without the
 * group (it is the study's own) and with the citation optional (exports then say
 * "user-supplied study").
 */
export const OwnSource = Source.omit({ group: true }).extend({
  citation: z.string().min(1).optional(),
});

/**
 * A reader's own study file (opened in the browser, shared in a link, or data/templates/): one
 * study in schema v2 with the sources its facts name. Published as JSON Schema by the build
 * (study.schema.json), so a text editor can check the file as it is written.
 */
export const StudyFile = Study.extend({
  /** Where an editor finds the JSON Schema, e.g. ".../study.schema.json"; ignored by the app. */
  $schema: z.string().optional(),
  sources: z.array(OwnSource).min(1).max(50),
});

export const SourcesFile = z.strictObject({
  schemaVersion: z.literal(1),
  sources: z.array(Source).min(1),
});

export const GlossaryTerm = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  definition: z.string().min(1),
  more: z.string().min(1).optional(),
});

export const GlossaryFile = z.strictObject({
  schemaVersion: z.literal(1),
  terms: z.array(GlossaryTerm).min(1),
});

export const EvidenceEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  year: z.number().int().min(2000).max(2100),
  label: z.string().min(1),
  sourceId: z.string().min(1),
  kind: z.enum(['trial', 'letter', 'editorial', 'animal']),
  finding: z.enum(FINDINGS),
  summary: Fact,
  n: Fact.optional(),
  design: Fact.optional(),
  /** How it differs from Williams et al. 2018, in the app's own words. */
  comparison: z.string().min(1),
});

export const EvidenceFile = z.strictObject({
  schemaVersion: z.literal(1),
  entries: z.array(EvidenceEntry).min(1),
});

/**
 * Facts about methods rather than about a study (e.g. how a crossover analysis behaves), each with
 * its source and tier like any study fact; the lab's definitions cite them.
 */
export const MethodFact = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  fact: Fact,
});

export const MethodsFile = z.strictObject({
  schemaVersion: z.literal(1),
  facts: z.array(MethodFact).min(1),
});

export const LectureStep = z.strictObject({
  title: z.string().min(1).max(80),
  /** The figure the slide shows (an id of src/document/figures.ts; checked by validate.ts). */
  figure: z.string().min(1),
  /** Optionally a second figure beside it. */
  figure2: z.string().min(1).optional(),
  /** At most one short sentence under the figure. */
  takeaway: z.string().min(1).max(160).optional(),
  /** The view shown; one of the app's views. Checked against the document table by validate.ts. */
  view: z.string().min(1),
  /** The view's settings as a query string, e.g. "study=williams-2018&sequence=BA&step=4". */
  state: z.string(),
  /** Speaker notes, in our own words. */
  notes: z.string().min(1),
});

export const LectureDeck = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  steps: z.array(LectureStep).min(1).max(200),
});

export type LectureDeckData = z.infer<typeof LectureDeck>;
export type LectureStepData = z.infer<typeof LectureStep>;

export type EvidenceEntryData = z.infer<typeof EvidenceEntry>;
export type MethodFactData = z.infer<typeof MethodFact>;
export type Finding = (typeof FINDINGS)[number];

export type TierName = z.infer<typeof Tier>;
export type FactData = z.infer<typeof Fact>;
export type StudyData = z.infer<typeof Study>;
export type SourceData = z.infer<typeof Source>;
export type OwnSourceData = z.infer<typeof OwnSource>;
export type StudyFileData = z.infer<typeof StudyFile>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceGroup = string;
export type ConditionData = z.infer<typeof Condition>;
export type CompanionData = z.infer<typeof Companion>;
export type GlossaryTermData = z.infer<typeof GlossaryTerm>;
