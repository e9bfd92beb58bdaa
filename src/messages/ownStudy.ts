/** The words of a reader's own study: what opening, keeping, sharing and removing it says. */

export const OWN_STUDY_MARK = 'your study';

export interface OwnMessage {
  title: string;
  items: string[];
}

/** Where a study came from, for messages: a file, a link, or this browser's store. */
export type OpenedFrom = { kind: 'file'; name: string } | { kind: 'link' } | { kind: 'kept' };

export function openedMessage(
  result: { name: string; replaced: boolean; kept: boolean },
  from: OpenedFrom,
): OwnMessage {
  const where =
    from.kind === 'link' ? 'from this link' : from.kind === 'file' ? `from “${from.name}”` : '';
  const items = [
    `It is in the study picker (Designs), on the Overview, in the design comparison and among the lab’s presets, marked “${OWN_STUDY_MARK}”. Its facts show the tiers the file gives them; this app has not checked them against any paper.`,
    result.kept
      ? 'It is kept in this browser until you remove it (Overview → Your own study → Remove).'
      : 'This browser’s storage is not available, so it will be gone when the page is closed.',
  ];
  return {
    title: `${result.replaced ? 'Updated' : 'Opened'} your study “${result.name}” ${where}`.trim(),
    items,
  };
}

export function notOpenedMessage(problems: string[], from: OpenedFrom): OwnMessage {
  const what =
    from.kind === 'file'
      ? `The file “${from.name}” was not opened`
      : from.kind === 'link'
        ? 'The study in this link was not opened'
        : 'A study kept in this browser could not be opened, and was removed from it';
  return {
    title: `${what}. Nothing else has changed.`,
    items: problems,
  };
}

export const SHARE_TOO_LONG = (length: number, max: number) =>
  `This link would be ${length.toLocaleString('en')} characters long, more than the ${max.toLocaleString('en')} that can be shared safely (some mail and chat programs cut long links). Send the study file instead.`;

export const SHARE_READY =
  'The study travels inside this link, after the “#”, which browsers never send to a server. Anyone who opens it sees the same figures.';
