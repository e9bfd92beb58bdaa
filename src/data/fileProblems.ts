/**
 * What can be wrong with a reader's study file (or the link or browser record that carries one),
 * as a JSON path, a code and the values its sentence needs — no words. The sentences are in the
 * catalogue (src/messages/fileProblems.ts words them in the reader's language); the build, whose
 * reader is a developer, prints the short form `fileProblemCode`.
 *
 * Pure and free of zod (the app imports it without the validator): a zod issue is read through the
 * few fields used here.
 */

export type FileProblemCode =
  // the file as a whole
  | 'tooLarge'
  | 'empty'
  | 'notJson'
  | 'notObject'
  | 'versionMissing'
  | 'versionWrong'
  | 'unreadable'
  // the schema (zod issues)
  | 'oneOf'
  | 'missing'
  | 'type'
  | 'unknownKeys'
  | 'tooSmall'
  | 'tooBig'
  | 'format'
  | 'idFormat'
  | 'lowerId'
  | 'doiFormat'
  | 'authorFormat'
  | 'notReportedHasValue'
  | 'nullNeedsNotReported'
  | 'derivedNeedsFormula'
  | 'other'
  // what the schema cannot check
  | 'reservedId'
  | 'duplicateId'
  | 'unknownSource'
  | 'sameConditions'
  | 'roles'
  | 'sequenceOrder'
  | 'sameSequences'
  | 'duration'
  | 'intervalNeeded'
  | 'ratingDays'
  | 'ratingWindow'
  | 'more'
  // a link's study (#own=) and this browser's store
  | 'linkFormat'
  | 'linkCharacters'
  | 'linkBase64'
  | 'linkUnpack'
  | 'linkTooLarge'
  | 'storageUnreadable'
  | 'notKept'
  | 'keptAs';

export type ProblemValues = Record<string, string | number>;

export interface FileProblem {
  /** The JSON path ("flow.enrolled.tier", "(root)", "#own"), or a kept record's key. */
  path: string;
  code: FileProblemCode;
  values?: ProblemValues;
}

export function problem(path: string, code: FileProblemCode, values?: ProblemValues): FileProblem {
  return values ? { path, code, values } : { path, code };
}

/** A value as JSON, cut short: what the file had where something else was expected. */
export function shownValue(value: unknown, max = 80): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The schema's own messages (src/data/schema.ts), by their code. */
const SCHEMA_MESSAGES: Readonly<Record<string, FileProblemCode>> = {
  'a not-reported fact must have value null (never fill in an unknown)': 'notReportedHasValue',
  'value is null, so tier must be "not-reported"': 'nullNeedsNotReported',
  'a derived fact must say how it was computed (formula)': 'derivedNeedsFormula',
  'expected an id like "hess-2024" (lower case, dashes)': 'idFormat',
  'expected a lower-case id with dashes': 'lowerId',
  'expected a DOI like 10.1176/appi.ajp.20230980': 'doiFormat',
  'expected "Surname INITIALS"': 'authorFormat',
};

/** The fields of a zod issue read here (zod's `$ZodIssue` has them, by its `code`). */
export interface IssueLike {
  code: string;
  message: string;
  input?: unknown;
  values?: readonly unknown[];
  expected?: string;
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

/** A zod issue as a problem at `path`. */
export function issueProblem(path: string, issue: IssueLike): FileProblem {
  const got = issue.input !== undefined ? shownValue(issue.input) : '';
  const known = SCHEMA_MESSAGES[issue.message];
  if (known) return problem(path, known, got ? { got } : undefined);
  switch (issue.code) {
    case 'invalid_value':
      return problem(path, 'oneOf', { choices: (issue.values ?? []).map(String).join('|'), got });
    case 'invalid_type':
      return issue.input === undefined
        ? problem(path, 'missing', { expected: issue.expected ?? '' })
        : problem(path, 'type', { expected: issue.expected ?? '', got });
    case 'unrecognized_keys':
      return problem(path, 'unknownKeys', {
        count: issue.keys?.length ?? 0,
        keys: (issue.keys ?? []).map((key) => `"${key}"`).join(', '),
      });
    case 'too_small':
      return problem(path, 'tooSmall', {
        origin: issue.origin ?? '',
        limit: Number(issue.minimum),
        got,
      });
    case 'too_big':
      return problem(path, 'tooBig', {
        origin: issue.origin ?? '',
        limit: Number(issue.maximum),
        got,
      });
    case 'invalid_format':
      return problem(path, 'format', { format: issue.format ?? '', got });
    default:
      // Rare shapes the study schema does not produce: zod's own (English) message.
      return problem(path, 'other', { message: issue.message, got });
  }
}

/** The short, word-free form of a problem: `flow.enrolled.tier: oneOf (choices …; got "papr")`. */
export function fileProblemCode({ path, code, values }: FileProblem): string {
  const rest = Object.entries(values ?? {})
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key} ${String(value)}`)
    .join('; ');
  return `${path}: ${code}${rest ? ` (${rest})` : ''}`;
}
