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

export interface ArticleReference {
  authors: string[];
  /** Sentence case, as APA asks for article titles. */
  title: string;
  journal: string;
  year: number;
  volume: string;
  issue?: string;
  pages: string;
  doi?: string;
}

/** "Zarate CA Jr" -> "Zarate, C. A., Jr." */
function apaAuthor(author: string): string {
  const [surname = '', initials = '', suffix] = author.split(' ');
  const dotted = initials
    .split('')
    .map((letter) => `${letter}.`)
    .join(' ');
  return `${surname}, ${dotted}${suffix ? `, ${suffix}.` : ''}`;
}

/** APA 7 reference for a journal article (up to 20 authors, "&" before the last). */
export function apaArticle(ref: ArticleReference): string {
  const names = ref.authors.map(apaAuthor);
  const authors =
    names.length === 1
      ? names[0]!
      : `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  const issue = ref.issue ? `(${ref.issue})` : '';
  const doi = ref.doi ? ` https://doi.org/${ref.doi}` : '';
  return `${authors} (${ref.year}). ${ref.title}. ${ref.journal}, ${ref.volume}${issue}, ${ref.pages}.${doi}`;
}

/** A BibTeX @article entry keyed "surnameYEAR". */
export function bibtexArticle(ref: ArticleReference): string {
  const first = (ref.authors[0] ?? 'anon').split(' ')[0]!.toLowerCase();
  const authors = ref.authors
    .map((author) => {
      const [surname = '', initials = '', suffix] = author.split(' ');
      const given = initials
        .split('')
        .map((letter) => `${letter}.`)
        .join(' ');
      return suffix ? `${surname}, ${suffix}., ${given}` : `${surname}, ${given}`;
    })
    .join(' and ');
  const lines = [
    `@article{${first}${ref.year},`,
    `  author = {${bibEscape(authors)}},`,
    `  title = {${bibEscape(ref.title)}},`,
    `  journal = {${bibEscape(ref.journal)}},`,
    `  year = {${ref.year}},`,
    `  volume = {${ref.volume}},`,
    ...(ref.issue ? [`  number = {${ref.issue}},`] : []),
    `  pages = {${ref.pages.replace('–', '--')}},`,
    ...(ref.doi ? [`  doi = {${ref.doi}},`] : []),
    `}`,
  ];
  return lines.join('\n');
}
