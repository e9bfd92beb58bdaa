/**
 * The schema of everything in data/: the studies as facts with provenance, the sources they rest
 * on, and the glossary. Written with zod so that one definition gives both the TypeScript types
 * and the runtime validation.
 *
 * Zod runs at build time (a Vite plugin) and in the tests, never in the browser: the app imports
 * the JSON already validated and typed (see ./studies.ts), which keeps the initial bundle small.
 */
import { z } from 'zod';
import { FINDINGS, SOURCE_GROUPS, SOURCE_KINDS, TIERS } from './constants.ts';

export { FINDINGS, SOURCE_GROUPS, SOURCE_KINDS, TIERS };

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

export const Arm = z.strictObject({
  id: z.enum(['A', 'B']),
  label: z.string().min(1),
  role: z.enum(['active', 'control']),
  detail: Fact,
});

export const Sequence = z.strictObject({
  id: z.enum(['AB', 'BA']),
  order: z.tuple([z.enum(['A', 'B']), z.enum(['A', 'B'])]),
  n: Fact,
});

export const Study = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z]+-\d{4}$/, 'expected an id like "hess-2024"'),
  shortName: z.string().min(1),
  title: z.string().min(1),
  sourceId: z.string().min(1),
  question: Fact,
  population: factGroup({ description: Fact, n: Fact }),
  design: factGroup({
    type: Fact,
    blinding: Fact,
    control: Fact,
    orderAssignment: Fact,
    sequenceSplit: Fact,
    discontinued: Fact,
    analysed: Fact,
    ending: Fact,
  }),
  arms: z.tuple([Arm, Arm]),
  sequences: z.tuple([Sequence, Sequence]),
  intervention: factGroup({ dose: Fact, interval: Fact, infusionDuration: Fact }),
  outcomes: factGroup({ primary: Fact }),
  timePoints: factGroup({}),
  results: factGroup({ main: Fact }),
  animal: factGroup({}).optional(),
});

export const Source = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case id with dashes'),
  label: z.string().min(1).max(40),
  kind: z.enum(SOURCE_KINDS),
  group: z.enum(SOURCE_GROUPS),
  citation: z.string().min(1),
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

export const LectureStep = z.strictObject({
  title: z.string().min(1).max(80),
  /** The view shown; one of the app's views. Checked against the URL codec by validate.ts. */
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
export type Finding = (typeof FINDINGS)[number];

export type TierName = z.infer<typeof Tier>;
export type FactData = z.infer<typeof Fact>;
export type StudyData = z.infer<typeof Study>;
export type SourceData = z.infer<typeof Source>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceGroup = (typeof SOURCE_GROUPS)[number];
export type GlossaryTermData = z.infer<typeof GlossaryTerm>;
