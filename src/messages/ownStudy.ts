/**
 * The words of a reader's own study: what opening, keeping, sharing and removing it says, and what
 * was wrong with a file, a link or a kept record. They live in the `own` catalogue, which loads
 * with the own-study panel or before the first such notice (`ensureOwnWords`).
 */
import type { FileProblem } from '../data/fileProblems';
import { activeLocale, ensureCatalog, t } from './i18n';
import { fileProblemText } from './fileProblems';
import { formatNumber } from './format';

export interface OwnMessage {
  title: string;
  items: string[];
}

/** Where a study came from, for messages: a file, a link, or this browser's store. */
export type OpenedFrom = { kind: 'file'; name: string } | { kind: 'link' } | { kind: 'kept' };

/** Loads the `own` catalogue in the active language (before a notice uses its words). */
export async function ensureOwnWords(): Promise<void> {
  await ensureCatalog(activeLocale(), 'own');
}

export function openedMessage(
  result: { name: string; replaced: boolean; kept: boolean },
  from: OpenedFrom,
): OwnMessage {
  return {
    title: t('own.opened', {
      replaced: result.replaced ? 'yes' : 'no',
      name: result.name,
      from: from.kind,
      file: from.kind === 'file' ? from.name : '',
    }),
    items: [
      t('own.opened.where', { mark: t('own.mark') }),
      t(result.kept ? 'own.opened.kept' : 'own.opened.notKept'),
    ],
  };
}

export function notOpenedMessage(problems: readonly FileProblem[], from: OpenedFrom): OwnMessage {
  return {
    title: t('own.notOpened', {
      from: from.kind,
      file: from.kind === 'file' ? from.name : '',
    }),
    items: problems.map(fileProblemText),
  };
}

export function shareTooLong(length: number, max: number): string {
  return t('own.shareTooLong', { length: formatNumber(length, 0), max: formatNumber(max, 0) });
}
