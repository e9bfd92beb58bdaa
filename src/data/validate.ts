/**
 * Validates the raw text of every file in data/ and returns readable error messages, one per
 * problem, each naming the file, the JSON path and what is wrong, e.g.
 *   data/williams-2018.json: design.plannedN.tier: expected one of paper|registry|…, got "papr"
 *
 * Pure (text in, messages out) so that the build plugin, the tests and any script share it.
 */
import type { z } from 'zod';
import {
  EvidenceFile,
  MethodsFile,
  GENERAL_SOURCE_GROUPS,
  GlossaryFile,
  LectureDeck,
  SourcesFile,
  Study,
} from './schema.ts';
import { decode, linkProblemCode } from '../document/codec.ts';
import { VIEWS } from '../document/fields.ts';
import { FIGURE_IDS, figureInfo } from '../document/figures.ts';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../messages/languages.ts';
import { textsOf, translationProblems } from './dataText.ts';
import { fileProblemCode, problem, type FileProblem } from './fileProblems.ts';

export type DataTexts = Readonly<Record<string, string>>;

/** A zod issue path as a JSON path: `flow.enrolled.value`, `sources[0].id`, `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** What was expected and what was found, in words; long values are cut short. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? `, got ${shorten(JSON.stringify(issue.input) ?? 'nothing')}` : '';
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join('|')}${got}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}${got}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return `${issue.message}${issue.code === 'custom' ? '' : got}`;
  }
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function schemaFor(file: string): z.ZodType | null {
  const name = file.split('/').pop() ?? file;
  if (name === 'sources.json') return SourcesFile;
  if (name === 'glossary.json') return GlossaryFile;
  if (name === 'evidence.json') return EvidenceFile;
  if (name === 'methods.json') return MethodsFile;
  if (file.includes('/lecture/')) return LectureDeck;
  if (file.includes('studies/')) return Study;
  return null;
}

/** Every object under `value` that looks like a fact (has sourceId and tier), with its path. */
function collectSourceRefs(
  value: unknown,
  path: string[] = [],
): { path: string; sourceId: string }[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => collectSourceRefs(item, [...path, `[${index}]`]));
  }
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record.sourceId === 'string'
      ? [{ path: [...path, 'sourceId'].join('.').replace(/\.\[/g, '['), sourceId: record.sourceId }]
      : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) => collectSourceRefs(child, [...path, key])),
  ];
}

/**
 * Checks a well-formed study for what the schema alone cannot: the two conditions and the two
 * sequences are distinct and consistent, and durations are durations. Paths are JSON paths.
 */
export function studyProblems(study: z.infer<typeof Study>): FileProblem[] {
  const problems: FileProblem[] = [];
  const [a, b] = study.conditions;
  if (a.id === b.id) problems.push(problem('conditions[1].id', 'sameConditions', { id: a.id }));
  if (a.role === b.role) problems.push(problem('conditions[1].role', 'roles'));
  study.sequences.forEach((sequence, index) => {
    if (sequence.order.join('') !== sequence.id) {
      problems.push(
        problem(`sequences[${index}].order`, 'sequenceOrder', {
          expected: JSON.stringify([...sequence.id]),
          sequence: sequence.id,
        }),
      );
    }
  });
  if (study.sequences[0].id === study.sequences[1].id) {
    problems.push(problem('sequences[1].id', 'sameSequences', { id: study.sequences[0].id }));
  }
  const durations: [string, z.infer<typeof Study>['schedule']['interval'] | undefined][] = [
    ['schedule.interval', study.schedule.interval],
    ['schedule.ratings.window', study.schedule.ratings.window],
    ['effectWindow', study.effectWindow],
  ];
  for (const [path, fact] of durations) {
    if (!fact || fact.value === null) continue;
    if (typeof fact.value !== 'number' || !/^(day|week|month)s?\b/.test(fact.unit ?? '')) {
      problems.push(problem(path, 'duration'));
    }
  }
  if (study.schedule.interval.value === null) {
    problems.push(problem('schedule.interval.value', 'intervalNeeded'));
  }
  const days = study.schedule.ratings.days.value;
  if (days !== null && !(Array.isArray(days) && days.every((day) => typeof day === 'number'))) {
    problems.push(problem('schedule.ratings.days.value', 'ratingDays'));
  }
  if (days === null && !study.schedule.ratings.window) {
    problems.push(problem('schedule.ratings.window', 'ratingWindow'));
  }
  return problems;
}

/** Validate all data files; returns [] when everything is well-formed and consistent. */
export function validateDataTexts(texts: DataTexts): string[] {
  const errors: string[] = [];
  const parsed = new Map<string, unknown>();
  // Every study file's id, even from a file with other errors, so one bad file does not make
  // every reference to its id an error too.
  const studyIds: string[] = [];

  for (const [file, text] of Object.entries(texts)) {
    if (file.startsWith('data/i18n/')) continue; // translations: checked below
    // Study file templates carry their own sources: ./studyFile.ts checks them.
    if (file.includes('/templates/')) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      errors.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const id = (json as { id?: unknown } | null)?.id;
    if (file.includes('studies/') && typeof id === 'string') studyIds.push(id);
    const schema = schemaFor(file);
    if (!schema) {
      errors.push(
        `${file}: not a known kind of data file (studies go in data/studies/, decks in data/lecture/)`,
      );
      continue;
    }
    const result = schema.safeParse(json, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(`${file}: ${formatPath(issue.path)}: ${describeIssue(issue)}`);
      }
      continue;
    }
    parsed.set(file, json);
  }

  const sourcesFile = [...parsed.entries()].find(([file]) => file.endsWith('sources.json'));
  if (!sourcesFile && !errors.some((e) => e.includes('sources.json'))) {
    errors.push('data/sources.json: missing (every fact must name a source in it)');
  }
  const sourceIds = new Set<string>();
  if (sourcesFile) {
    const { sources } = sourcesFile[1] as z.infer<typeof SourcesFile>;
    sources.forEach((source, index) => {
      if (sourceIds.has(source.id)) {
        errors.push(`${sourcesFile[0]}: sources[${index}].id: duplicate id "${source.id}"`);
      }
      sourceIds.add(source.id);
    });
  }

  if (sourcesFile) {
    const groups = new Set<string>([...GENERAL_SOURCE_GROUPS, ...studyIds]);
    (sourcesFile[1] as z.infer<typeof SourcesFile>).sources.forEach((source, index) => {
      if (!groups.has(source.group)) {
        errors.push(
          `${sourcesFile[0]}: sources[${index}].group: expected a study id or one of ${GENERAL_SOURCE_GROUPS.join('|')}, got "${source.group}"`,
        );
      }
    });
  }

  for (const [file, json] of parsed) {
    if (file.endsWith('sources.json')) continue;
    if (sourcesFile) {
      for (const ref of collectSourceRefs(json)) {
        if (!sourceIds.has(ref.sourceId)) {
          errors.push(
            `${file}: ${ref.path}: "${ref.sourceId}" names no source in data/sources.json`,
          );
        }
      }
    }
    if (file.includes('/lecture/')) {
      (json as z.infer<typeof LectureDeck>).steps.forEach((step, index) => {
        const at = `${file}: steps[${index}]`;
        if (!(VIEWS as readonly string[]).includes(step.view)) {
          errors.push(
            `${at}.view: expected one of ${VIEWS.join('|')}, got ${JSON.stringify(step.view)}`,
          );
        }
        for (const key of ['figure', 'figure2'] as const) {
          const id = step[key];
          if (id === undefined) continue;
          const info = figureInfo(id);
          if (!info) {
            errors.push(
              `${at}.${key}: expected one of ${FIGURE_IDS.join('|')}, got ${JSON.stringify(id)}`,
            );
          } else if (info.view !== step.view) {
            errors.push(`${at}.${key}: "${id}" belongs to the ${info.view} view, not ${step.view}`);
          }
        }
        const { ignored } = decode(step.state, { ids: { study: studyIds } });
        for (const problem of ignored) errors.push(`${at}.state: ${linkProblemCode(problem)}`);
        for (const key of new URLSearchParams(step.state).keys()) {
          if (['view', 'theme', 'lecture', 'slide', 'presenter', 'figure', 'v'].includes(key)) {
            errors.push(
              `${at}.state: "${key}" is set by the lecture itself and may not appear here`,
            );
          }
        }
      });
      continue;
    }
    if (file.endsWith('evidence.json')) {
      const seen = new Set<string>();
      (json as z.infer<typeof EvidenceFile>).entries.forEach((entry, index) => {
        if (seen.has(entry.id))
          errors.push(`${file}: entries[${index}].id: duplicate id "${entry.id}"`);
        seen.add(entry.id);
        if (entry.n && typeof entry.n.value !== 'number') {
          errors.push(`${file}: entries[${index}].n.value: expected a number of participants`);
        }
      });
      continue;
    }
    if (file.endsWith('methods.json')) {
      const seen = new Set<string>();
      (json as z.infer<typeof MethodsFile>).facts.forEach((entry, index) => {
        if (seen.has(entry.id))
          errors.push(`${file}: facts[${index}].id: duplicate id "${entry.id}"`);
        seen.add(entry.id);
      });
      continue;
    }
    if (file.endsWith('glossary.json')) {
      const seen = new Set<string>();
      (json as z.infer<typeof GlossaryFile>).terms.forEach((term, index) => {
        if (seen.has(term.id))
          errors.push(`${file}: terms[${index}].id: duplicate id "${term.id}"`);
        seen.add(term.id);
      });
      continue;
    }
    const study = json as z.infer<typeof Study>;
    for (const found of studyProblems(study)) errors.push(`${file}: ${fileProblemCode(found)}`);
    if (typeof study.id === 'string') {
      const expected = `${study.id}.json`;
      if (!file.endsWith(`/${expected}`) && file !== expected) {
        errors.push(
          `${file}: id: "${study.id}" does not match the file name (expected ${expected})`,
        );
      }
    }
  }
  errors.push(...translationErrors(texts, parsed, errors));
  return errors;
}

/**
 * Every language other than English translates every reader-facing string of the data, in
 * data/i18n/<code>/<same path>; a missing or stray key names the file and the JSON path.
 */
function translationErrors(
  texts: DataTexts,
  parsed: ReadonlyMap<string, unknown>,
  dataErrors: readonly string[],
): string[] {
  const errors: string[] = [];
  const expected = new Set<string>();
  for (const code of LANGUAGE_CODES) {
    if (code === SOURCE_LANGUAGE) continue;
    for (const file of Object.keys(texts)) {
      if (file.startsWith('data/i18n/')) continue;
      const below = file.replace(/^data\//, '');
      const translationFile = `data/i18n/${code}/${below}`;
      expected.add(translationFile);
      // A file with errors of its own is fixed first; its translation is checked after.
      const json = parsed.get(file);
      if (json === undefined || dataErrors.some((error) => error.startsWith(`${file}:`))) continue;
      errors.push(
        ...translationProblems(translationFile, textsOf(below, json), texts[translationFile]),
      );
    }
  }
  for (const file of Object.keys(texts)) {
    if (file.startsWith('data/i18n/') && !expected.has(file)) {
      errors.push(`${file}: translates no data file of a language in src/messages/languages.ts`);
    }
  }
  return errors;
}
