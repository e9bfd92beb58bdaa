/**
 * The typed loader: the only code that reads data/. The JSON is validated at build time (see
 * scripts/vitePlugins.ts) and in the tests, so here it is only typed, not re-validated; zod stays
 * out of the browser bundle.
 */
import hessJson from '../../data/hess-2024.json';
import williamsJson from '../../data/williams-2018.json';
import sourcesJson from '../../data/sources.json';
import glossaryJson from '../../data/glossary.json';
import evidenceJson from '../../data/evidence.json';
import type {
  EvidenceEntryData,
  FactData,
  GlossaryTermData,
  SourceData,
  SourceGroup,
  StudyData,
} from './schema';

export const hess2024 = hessJson as unknown as StudyData;
export const williams2018 = williamsJson as unknown as StudyData;
export const STUDIES: readonly StudyData[] = [hess2024, williams2018];

export const SOURCES: readonly SourceData[] = sourcesJson.sources as SourceData[];
export const GLOSSARY: readonly GlossaryTermData[] = glossaryJson.terms as GlossaryTermData[];
export const EVIDENCE: readonly EvidenceEntryData[] =
  evidenceJson.entries as unknown as EvidenceEntryData[];

const sourcesById = new Map(SOURCES.map((source) => [source.id, source]));

/** The source a fact rests on. The build guarantees every sourceId resolves. */
export function sourceById(id: string): SourceData {
  const source = sourcesById.get(id);
  if (!source) throw new Error(`Unknown source "${id}" (data/sources.json)`);
  return source;
}

export const SOURCE_GROUP_LABELS: Record<SourceGroup, string> = {
  'hess-2024': 'Hess et al. 2024 — ketamine and social pleasure',
  'williams-2018': 'Williams et al. 2018 — naltrexone before ketamine',
  debate: 'The debate since 2018',
  methods: 'Methods and reporting standards',
};

/** A fact with where it sits: which study, and its path inside the study file. */
export interface PlacedFact {
  studyId: string;
  studyName: string;
  path: string;
  fact: FactData;
}

function isFact(value: unknown): value is FactData {
  return (
    typeof value === 'object' &&
    value !== null &&
    'tier' in value &&
    'sourceId' in value &&
    'label' in value
  );
}

/** Every fact of a study, depth-first in file order. */
export function factsOf(study: StudyData): PlacedFact[] {
  const out: PlacedFact[] = [];
  const walk = (value: unknown, path: string) => {
    if (isFact(value)) {
      out.push({ studyId: study.id, studyName: study.shortName, path, fact: value });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(study, '');
  return out;
}

/** Facts of the evidence timeline (data/evidence.json), placed like study facts. */
function evidenceFacts(): PlacedFact[] {
  return EVIDENCE.flatMap((entry, index) =>
    [entry.summary, entry.n, entry.design]
      .filter((fact): fact is FactData => fact !== undefined)
      .map((fact) => ({
        studyId: 'evidence',
        studyName: `Evidence since 2018 (${entry.label} ${entry.year})`,
        path: `entries[${index}].${fact.label}`,
        fact,
      })),
  );
}

export const ALL_FACTS: readonly PlacedFact[] = [...STUDIES.flatMap(factsOf), ...evidenceFacts()];

/** The facts that rest on a source, across all studies. */
export function factsResting(sourceId: string, facts: readonly PlacedFact[] = ALL_FACTS) {
  return facts.filter((placed) => placed.fact.sourceId === sourceId);
}
