/**
 * A reader's own study file: parsed and checked in the browser with the same zod schema the
 * build uses for data/ (plus what a schema cannot check), and published as JSON Schema.
 *
 * This module pulls in zod, so the app imports it only lazily (src/own loads it when a file, a
 * link or a kept study needs checking); the build and the tests import it directly.
 *
 * Every problem names the JSON path, a code and its values (./fileProblems.ts), which the app words
 * in the reader's language: flow.enrolled.tier — expected one of paper|registry|…, got "papr"
 */
import { z } from 'zod';
import { StudyFile, type OwnSourceData, type StudyData } from './schema.ts';
import { MAX_STUDY_FILE_BYTES } from './constants.ts';
import { formatPath, studyProblems } from './validate.ts';
import {
  fileProblemCode,
  issueProblem,
  problem,
  shownValue,
  type FileProblem,
} from './fileProblems.ts';

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 20;

export interface ParsedStudyFile {
  study: StudyData;
  sources: OwnSourceData[];
  /** The file's JSON as checked (without "$schema"), for sharing, keeping and downloading. */
  json: Record<string, unknown>;
}

export type StudyFileResult =
  { ok: true; file: ParsedStudyFile } | { ok: false; problems: FileProblem[] };

export interface StudyFileContext {
  /** Ids a reader's study may not take: the built-in studies (and any fixture). */
  reservedIds: readonly string[];
}

/** A copy without the editor's "$schema" pointer, which is not part of the study. */
function withoutSchema<T extends { $schema?: unknown }>(value: T): Omit<T, '$schema'> {
  const copy = { ...value };
  delete copy.$schema;
  return copy;
}

function bytesOf(text: string): number {
  return new TextEncoder().encode(text).length;
}

const ROOT = '(root)';

/** A file over the limit: its size and the limit, in bytes. */
export function tooLarge(size: number): FileProblem {
  return problem(ROOT, 'tooLarge', { size, max: MAX_STUDY_FILE_BYTES });
}

/** Every `sourceId` under `value`, with its JSON path. */
function sourceRefs(value: unknown, path: string): { path: string; sourceId: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourceRefs(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const at = path ? `${path}.${key}` : key;
    if (key === 'sourceId' && typeof child === 'string') return [{ path: at, sourceId: child }];
    return key === 'sources' && !path ? [] : sourceRefs(child, at);
  });
}

/** What a well-formed study file must also get right: its sources, its id, its design. */
export function studyFileProblems(
  file: z.infer<typeof StudyFile>,
  context: StudyFileContext,
): FileProblem[] {
  const { sources, ...withSchema } = file;
  const study = withoutSchema(withSchema);
  const problems: FileProblem[] = [];
  if (context.reservedIds.includes(study.id)) {
    problems.push(problem('id', 'reservedId', { id: study.id }));
  }
  const ids = new Set<string>();
  sources.forEach((source, index) => {
    if (ids.has(source.id))
      problems.push(problem(`sources[${index}].id`, 'duplicateId', { id: source.id }));
    ids.add(source.id);
  });
  for (const ref of sourceRefs(study, '')) {
    if (!ids.has(ref.sourceId)) {
      problems.push(
        problem(ref.path, 'unknownSource', { ids: [...ids].join('|'), got: `"${ref.sourceId}"` }),
      );
    }
  }
  problems.push(...studyProblems(study));
  return problems;
}

function capped(problems: FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), problem('…', 'more', { count: rest })];
}

/** Parse and check a study file's text. Never throws; problems name the JSON path. */
export function parseStudyFile(text: string, context: StudyFileContext): StudyFileResult {
  const fail = (...problems: FileProblem[]): StudyFileResult => ({ ok: false, problems });
  const size = bytesOf(text);
  if (size > MAX_STUDY_FILE_BYTES) return fail(tooLarge(size));
  if (text.trim() === '') return fail(problem(ROOT, 'empty'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(problem(ROOT, 'notJson', { detail: (error as Error).message }));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const kind = json === null ? 'null' : Array.isArray(json) ? 'list' : typeof json;
    return fail(problem(ROOT, 'notObject', { kind }));
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== 2) {
    return fail(
      version === undefined
        ? problem('schemaVersion', 'versionMissing')
        : problem('schemaVersion', 'versionWrong', { got: shownValue(version) }),
    );
  }
  const result = StudyFile.safeParse(json, { reportInput: true });
  if (!result.success) {
    return fail(
      ...capped(result.error.issues.map((issue) => issueProblem(formatPath(issue.path), issue))),
    );
  }
  const problems = studyFileProblems(result.data, context);
  if (problems.length > 0) return fail(...capped(problems));
  const { sources, ...withSchema } = result.data;
  const study = withoutSchema(withSchema);
  return {
    ok: true,
    file: { study, sources, json: withoutSchema(json as Record<string, unknown>) },
  };
}

/** Check the study file templates in data/templates/ (for the build and the tests). */
export function validateTemplateTexts(
  texts: Readonly<Record<string, string>>,
  reservedIds: readonly string[],
): string[] {
  return Object.entries(texts)
    .filter(([file]) => file.includes('/templates/'))
    .flatMap(([file, text]) => {
      const result = parseStudyFile(text, { reservedIds });
      const problems = result.ok ? [] : result.problems.map(fileProblemCode);
      if (result.ok && !file.endsWith(`/${result.file.study.id}.json`)) {
        problems.push(`id: "${result.file.study.id}" does not match the file name`);
      }
      return problems.map((problem) => `${file}: ${problem}`);
    });
}

/** The study file format as JSON Schema (draft 2020-12), generated from the zod definition. */
export function studyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(StudyFile, { unrepresentable: 'any', reused: 'ref' }),
    $id: 'study.schema.json',
    title: 'A crossover study for the ketamine crossover explainer (schema version 2)',
    description:
      'One two-period, two-sequence (AB/BA) crossover study: every fact carries a value, a source id (one of "sources") and a tier. Generated from src/data/schema.ts.',
  };
}
