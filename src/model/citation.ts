/**
 * Citation strings for the app itself (APA 7 style and BibTeX). Pure: the URL and access date are
 * passed in, so the output is testable.
 */

export interface AppCitationInput {
  title: string;
  author: string;
  version: string;
  year: number;
  url: string;
  /** ISO date (YYYY-MM-DD) on which the reader used the app. */
  accessed: string;
}

function monthDayYear(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${months[(month ?? 1) - 1] ?? 'January'} ${day ?? 1}, ${year ?? 1970}`;
}

/** APA 7 reference for software/web apps. */
export function apaCitation(input: AppCitationInput): string {
  return `${input.author}. (${input.year}). ${input.title} (Version ${input.version}) [Interactive web application]. Retrieved ${monthDayYear(input.accessed)}, from ${input.url}`;
}

/** Escape the characters BibTeX treats specially. */
function bibEscape(text: string): string {
  return text.replace(/([{}%&$#_])/g, '\\$1');
}

/** A BibTeX @software entry. */
export function bibtexCitation(input: AppCitationInput): string {
  const key = `ketamine_explainer_${input.year}`;
  return [
    `@software{${key},`,
    `  author = {{${bibEscape(input.author)}}},`,
    `  title = {${bibEscape(input.title)}},`,
    `  version = {${bibEscape(input.version)}},`,
    `  year = {${input.year}},`,
    `  url = {${input.url}},`,
    `  urldate = {${input.accessed}},`,
    `  note = {Interactive web application}`,
    `}`,
  ].join('\n');
}
