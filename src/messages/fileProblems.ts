/**
 * What was wrong with a reader's study file, link or kept record (src/data/fileProblems.ts gives a
 * path, a code and values), as a sentence in the reader's language: "flow.enrolled.tier: expected
 * one of …, got "papr"". The path and the file's own values are quoted as they are.
 */
import type { FileProblem } from '../data/fileProblems';
import { t, type MessageId } from './i18n';
import { formatNumber } from './format';

/** A size in words: "1.3 MB", "820 KB" (in the locale's digits). */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? t('file.megabytes', { value: formatNumber(bytes / (1024 * 1024), 1, true) })
    : t('file.kilobytes', { value: formatNumber(Math.ceil(bytes / 1024), 0) });
}

/** Whole numbers as written (a year stays "1900"); fractions in the locale's digits. */
function plainNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : formatNumber(value, 6);
}

export function fileProblemText({ path, code, values = {} }: FileProblem): string {
  const words =
    code === 'tooLarge'
      ? { size: formatBytes(Number(values.size)), max: formatBytes(Number(values.max)) }
      : code === 'tooSmall' || code === 'tooBig'
        ? { ...values, limit: plainNumber(Number(values.limit)), count: Number(values.limit) }
        : values;
  const got = values.got ? t('file.got', { value: String(values.got) }) : '';
  const problem = t(`file.${code}` as MessageId, { ...words, got });
  return code === 'more' ? problem : t('file.problem', { path, problem });
}
