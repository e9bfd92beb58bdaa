/**
 * A reader's study file, checked as the browser checks it (src/data/studyFile.ts): the template
 * passes; every malformed file in the table is refused with problems that each name the JSON path
 * and what was expected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseStudyFile,
  studyJsonSchema,
  validateTemplateTexts,
  type StudyFileResult,
} from '../../src/data/studyFile';
import { fileProblemText } from '../../src/messages/fileProblems';
import { ensureCatalog } from '../../src/messages/i18n';
import { MAX_STUDY_FILE_BYTES, TIERS } from '../../src/data/constants';
import { readDataTexts } from '../../scripts/dataFiles';
import { FICTIONAL_FILE_TEXT } from '../fixtures/fictionalStudy';

const CONTEXT = { reservedIds: ['hess-2024', 'williams-2018'] };

// The problems are worded by the app's catalogue (English here).
beforeAll(() => ensureCatalog('en', 'own'));

/** A failed result's problems in words. */
function problemsOf(result: StudyFileResult): string[] {
  return result.ok ? [] : result.problems.map(fileProblemText);
}

/** A fresh copy of the template, changed by `edit`, as text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits reach anywhere in the file
function edited(edit: (file: Record<string, any>) => void): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const file = JSON.parse(FICTIONAL_FILE_TEXT) as Record<string, any>;
  edit(file);
  return JSON.stringify(file);
}

/** Each problem starts with a JSON path (or "(root)" / "#own") and a colon. */
const PATH = /^(\(root\)|[A-Za-z$][\w$]*(\[\d+\]|\.[\w$]+)*): \S/;

const MALFORMED: [name: string, text: string, expected: RegExp][] = [
  ['not JSON', '{"schemaVersion": 2, "id": ', /^\(root\): not valid JSON \(/],
  ['an empty file', '  \n', /^\(root\): the file is empty/],
  ['a list, not a study', '[1, 2, 3]', /^\(root\): expected a study .*, got a list/],
  ['null', 'null', /^\(root\): expected a study .*, got null/],
  [
    'the wrong schema version',
    edited((f) => (f.schemaVersion = 1)),
    /^schemaVersion: expected 2 \(the study schema this app reads\), got 1$/,
  ],
  [
    'no schema version',
    edited((f) => delete f.schemaVersion),
    /^schemaVersion: missing \(expected 2/,
  ],
  [
    'a missing required part',
    edited((f) => delete f.flow),
    /^flow: missing \(expected an object\)$/,
  ],
  [
    'a missing fact inside a part',
    edited((f) => delete f.flow.analysed),
    /^flow\.analysed: missing \(expected an object\)$/,
  ],
  [
    'a wrong type',
    edited((f) => (f.sequences[0].n = 20)),
    /^sequences\[0\]\.n: expected an object, got 20$/,
  ],
  [
    'an unknown tier',
    edited((f) => (f.flow.enrolled.tier = 'papr')),
    /^flow\.enrolled\.tier: expected one of paper\|registry\|secondary\|derived\|not-reported\|illustrative, got "papr"$/,
  ],
  [
    'a value out of range (a year)',
    edited((f) => (f.sources[0].year = 1700)),
    /^sources\[0\]\.year: too small: expected at least 1900, got 1700/,
  ],
  [
    'a name too long',
    edited((f) => (f.shortName = 'x'.repeat(61))),
    /^shortName: too big: expected at most 60 characters/,
  ],
  [
    'a file over 1 MB',
    edited((f) => (f.title = 'x'.repeat(MAX_STUDY_FILE_BYTES))),
    /^\(root\): the file is 1\.0 MB; a study file may be at most 1\.0 MB$/,
  ],
  [
    'an id that clashes with a built-in study',
    edited((f) => (f.id = 'hess-2024')),
    /^id: "hess-2024" is the id of a study built into this app; give your study another id$/,
  ],
  [
    'an id that is not an id',
    edited((f) => (f.id = 'My Study!')),
    /^id: expected an id like "hess-2024"/,
  ],
  ['an unknown key (a typo)', edited((f) => (f.flwo = {})), /^\(root\): unknown key "flwo"$/],
  [
    'a fact naming a source the file does not have',
    edited((f) => (f.question.sourceId = 'nowhere')),
    /^question\.sourceId: expected the id of one of this file’s sources \(fictional-source\), got "nowhere"$/,
  ],
  [
    'two sources with one id',
    edited((f) => f.sources.push({ ...f.sources[0] })),
    /^sources\[1\]\.id: duplicate id "fictional-source"$/,
  ],
  [
    'no sources',
    edited((f) => (f.sources = [])),
    /^sources: too small: expected at least 1 item, got \[\]$/,
  ],
  [
    'a not-reported fact with a value',
    edited((f) => (f.flow.discontinuedReasons.value = 'moved away')),
    /^flow\.discontinuedReasons\.value: a not-reported fact must have value null/,
  ],
  [
    'a derived fact without its formula',
    edited((f) => (f.flow.analysed.tier = 'derived')),
    /^flow\.analysed\.formula: a derived fact must say how it was computed/,
  ],
  [
    'a sequence whose order contradicts its name',
    edited((f) => (f.sequences[0].order = ['B', 'A'])),
    /^sequences\[0\]\.order: expected \["A","B"\] for sequence AB$/,
  ],
  [
    'two active conditions',
    edited((f) => (f.conditions[1].role = 'active')),
    /^conditions\[1\]\.role: one condition must be active and the other control$/,
  ],
  [
    'an interval that is not a duration',
    edited((f) => (f.schedule.interval.unit = 'minutes')),
    /^schedule\.interval: expected a number with a unit of days, weeks or months$/,
  ],
  [
    'a malformed DOI',
    edited((f) => (f.sources[0].doi = 'doi.org/10.1/x')),
    /^sources\[0\]\.doi: expected a DOI like/,
  ],
  [
    'a source address that is not https',
    edited((f) => (f.sources[0].url = 'javascript:alert(1)')),
    /^sources\[0\]\.url: /,
  ],
];

describe('parseStudyFile refuses malformed files, naming the path', () => {
  it('has at least 15 cases', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(15));

  it.each(MALFORMED)('%s', (_name, text, expected) => {
    const result = parseStudyFile(text, CONTEXT);
    expect(result.ok).toBe(false);
    const problems = problemsOf(result);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(PATH);
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('cuts long values short and lists at most 20 problems', () => {
    const spoil = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(spoil);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.tier === 'string') record.tier = 'x'.repeat(300);
        Object.values(record).forEach(spoil);
      }
    };
    const text = edited((f) => {
      f.kicker = 'k'.repeat(500);
      spoil(f);
    });
    const result = parseStudyFile(text, CONTEXT);
    const problems = problemsOf(result);
    expect(problems).toHaveLength(21);
    expect(problems[20]).toMatch(/^… and \d+ more problems$/);
    for (const problem of problems) expect(problem.length).toBeLessThan(400);
  });
});

describe('parseStudyFile accepts a sound file', () => {
  it('the template: the study and its sources, apart', () => {
    const result = parseStudyFile(FICTIONAL_FILE_TEXT, CONTEXT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.study.id).toBe('fictional-2030');
    expect(result.file.study).not.toHaveProperty('sources');
    expect(result.file.sources.map((source) => source.id)).toEqual(['fictional-source']);
  });

  it('ignores an editor\'s "$schema" pointer, and allows a source without a citation', () => {
    const result = parseStudyFile(
      edited((f) => {
        f.$schema = 'https://example.org/study.schema.json';
        delete f.sources[0].citation;
      }),
      CONTEXT,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.json).not.toHaveProperty('$schema');
    expect(result.file.study).not.toHaveProperty('$schema');
    expect(result.file.sources[0]!.citation).toBeUndefined();
  });
});

describe('the templates in data/templates/', () => {
  it('pass the checks a reader’s file gets', () => {
    expect(validateTemplateTexts(readDataTexts(process.cwd()), CONTEXT.reservedIds)).toEqual([]);
  });

  it('are refused with the file named when broken', () => {
    expect(
      validateTemplateTexts(
        { 'data/templates/fictional-2030.json': edited((f) => (f.flow.enrolled.tier = 'papr')) },
        [],
      ),
    ).toEqual([
      expect.stringMatching(/^data\/templates\/fictional-2030\.json: flow\.enrolled\.tier: /),
    ]);
  });
});

describe('studyJsonSchema', () => {
  it('is generated from the zod schema: required parts, tiers, strictness and sources', () => {
    const schema = studyJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'flow', 'schedule', 'sources']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.schemaVersion).toMatchObject({ const: 2 });
    expect(JSON.stringify(schema)).toContain(JSON.stringify(TIERS));
  });
});
