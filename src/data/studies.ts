/**
 * The study registry and the typed loader: the only code that reads data/. Every file in
 * data/studies/ is a study (schema v2, validated at build time by scripts/vitePlugins.ts and in
 * the tests), so adding a study is adding its file — the list, the ids, the picker, the overview
 * cards, the design comparison and the lab presets all come from here. Zod stays out of the
 * browser bundle: the JSON is only typed here, not re-validated.
 */
import sourcesJson from '../../data/sources.json';
import glossaryJson from '../../data/glossary.json';
import evidenceJson from '../../data/evidence.json';
import methodsJson from '../../data/methods.json';
import type {
  EvidenceEntryData,
  FactData,
  GlossaryTermData,
  MethodFactData,
  SourceData,
  StudyData,
} from './schema';
import { registerDataText } from './localize';
import { compareStudyIds, setRegisteredStudyIds } from './studyIndex';

const studyFiles = import.meta.glob<StudyData>('../../data/studies/*.json', {
  eager: true,
  import: 'default',
});

/** Where a study came from: this app's data/, a test fixture, or a reader's own file. */
export type StudyOrigin = 'built-in' | 'fixture' | 'user';

export interface RegisteredStudy {
  study: StudyData;
  origin: StudyOrigin;
  /** The ids of the sources registered with the study (none for a built-in study). */
  sourceIds?: readonly string[];
}

/** Built-in studies, in the order of src/data/studyIndex.ts (newest first, then by id). */
const BUILT_IN: RegisteredStudy[] = Object.values(studyFiles)
  .map((study) => ({ study, origin: 'built-in' as const }))
  .sort((a, b) => compareStudyIds(a.study.id, b.study.id));

registerDataText('sources.json', sourcesJson);
registerDataText('glossary.json', glossaryJson);
registerDataText('evidence.json', evidenceJson);
registerDataText('methods.json', methodsJson);
for (const [path, study] of Object.entries(studyFiles)) {
  registerDataText(path.replace('../../data/', ''), study);
}

export const SOURCES: readonly SourceData[] = sourcesJson.sources as SourceData[];
export const GLOSSARY: readonly GlossaryTermData[] = glossaryJson.terms as GlossaryTermData[];
export const EVIDENCE: readonly EvidenceEntryData[] =
  evidenceJson.entries as unknown as EvidenceEntryData[];
/** Facts about methods, not about a study (data/methods.json), by id. */
export const METHOD_FACTS: readonly MethodFactData[] = methodsJson.facts as MethodFactData[];

/** A fact of data/methods.json; an unknown id is a programming error (the data is validated). */
export function methodFact(id: string): FactData {
  const found = METHOD_FACTS.find((entry) => entry.id === id);
  if (!found) throw new Error(`data/methods.json has no fact "${id}"`);
  return found.fact;
}

const sourcesById = new Map(SOURCES.map((source) => [source.id, source]));
/** Sources that came with a study registered at run time, and that study's origin. */
const sourceOrigins = new Map<string, StudyOrigin>();

/** The citation a reader's source gets when their file gives none; exports then say so. */
export const NO_CITATION = 'User-supplied study; the file gives no citation.';

let registry: RegisteredStudy[] = [...BUILT_IN];
let studyList: readonly StudyData[] = registry.map((entry) => entry.study);
const listeners = new Set<() => void>();

function changed() {
  studyList = registry.map((entry) => entry.study);
  setRegisteredStudyIds(
    registry.filter((entry) => entry.origin !== 'built-in').map((entry) => entry.study.id),
  );
  for (const listener of listeners) listener();
}

/** Every study in the app, in display order (a stable array until the registry changes). */
export function allStudies(): readonly StudyData[] {
  return studyList;
}

/** The registry entries with their origin. */
export function registeredStudies(): readonly RegisteredStudy[] {
  return registry;
}

export function studyIds(): string[] {
  return registry.map((entry) => entry.study.id);
}

/** The study with this id, or undefined. */
export function findStudy(id: string): StudyData | undefined {
  return registry.find((entry) => entry.study.id === id)?.study;
}

export function originOf(id: string): StudyOrigin | undefined {
  return registry.find((entry) => entry.study.id === id)?.origin;
}

/**
 * Add (or replace, for the same id and origin) a study that is not in data/: a test fixture or
 * a reader's own file. A built-in id can never be replaced.
 */
export function registerStudy(
  study: StudyData,
  origin: Exclude<StudyOrigin, 'built-in'>,
  sources: readonly SourceData[] = [],
): void {
  if (BUILT_IN.some((entry) => entry.study.id === study.id)) {
    throw new Error(`"${study.id}" is the id of a built-in study`);
  }
  for (const source of sources) {
    const existing = sourcesById.get(source.id);
    if (existing && SOURCES.includes(existing)) {
      throw new Error(`"${source.id}" is the id of a source of this app`);
    }
  }
  forgetSources(study.id);
  for (const source of sources) {
    sourcesById.set(source.id, source);
    sourceOrigins.set(source.id, origin);
  }
  const sourceIds = sources.map((source) => source.id);
  registry = [
    ...registry.filter((entry) => entry.study.id !== study.id),
    { study, origin, sourceIds },
  ];
  changed();
}

/** Drop the sources registered with a (non-built-in) study. */
function forgetSources(studyId: string) {
  const entry = registry.find((candidate) => candidate.study.id === studyId);
  for (const sourceId of entry?.sourceIds ?? []) {
    sourcesById.delete(sourceId);
    sourceOrigins.delete(sourceId);
  }
}

export function unregisterStudy(id: string): void {
  if (!registry.some((entry) => entry.study.id === id && entry.origin !== 'built-in')) return;
  forgetSources(id);
  registry = registry.filter((entry) => entry.study.id !== id);
  changed();
}

/** Where a source came from: the app's data/sources.json, or with a study registered later. */
export function sourceOrigin(id: string): StudyOrigin {
  return sourceOrigins.get(id) ?? 'built-in';
}

/** Every source known now: the app's, then those registered with fixtures and readers' studies. */
export function allSources(): SourceData[] {
  return [...sourcesById.values()];
}

/** The name a study goes by in pickers and column headings; a reader's own is marked. */
export function studyLabel(study: StudyData): string {
  return originOf(study.id) === 'user' ? `${study.shortName} (your study)` : study.shortName;
}

/** Subscribe to registry changes (for useSyncExternalStore); returns the unsubscribe. */
export function subscribeStudies(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The studies in data/studies/, in display order. */
export function builtInStudies(): readonly StudyData[] {
  return BUILT_IN.map((entry) => entry.study);
}

/** The built-in study with this id; throws if the data has no such study (a chapter's anchor). */
export function builtInStudy(id: string): StudyData {
  const entry = BUILT_IN.find((candidate) => candidate.study.id === id);
  if (!entry) throw new Error(`data/studies/ has no study "${id}"`);
  return entry.study;
}

/** The source a fact rests on. The build guarantees every sourceId of the data resolves. */
export function sourceById(id: string): SourceData {
  const source = sourcesById.get(id);
  if (!source) throw new Error(`Unknown source "${id}" (data/sources.json)`);
  return source;
}

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

/** Every fact of the built-in studies, the evidence timeline and the methods. */
export const ALL_FACTS: readonly PlacedFact[] = [
  ...BUILT_IN.flatMap((entry) => factsOf(entry.study)),
  ...evidenceFacts(),
  ...METHOD_FACTS.map((entry, index) => ({
    studyId: 'methods',
    studyName: 'Methods',
    path: `facts[${index}].fact`,
    fact: entry.fact,
  })),
];

/** The facts that rest on a source, across all studies. */
export function factsResting(sourceId: string, facts: readonly PlacedFact[] = ALL_FACTS) {
  return facts.filter((placed) => placed.fact.sourceId === sourceId);
}
