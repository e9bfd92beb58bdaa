/**
 * Which strings of data/ are words for readers (to be translated), and how a language's
 * translation of them is checked and applied. Pure: the build's validation and the app share it.
 *
 * A translation lives beside the data: data/i18n/<code>/<the same path below data/>, a flat object
 * from JSON path to text, e.g. data/i18n/es/studies/hess-2024.json:
 *   { "population.age.label": "Edad", "schedule.interval.unit": "semanas", … }
 * Study titles, citations, short names and ids are not translated (they stay as published); a
 * quoted questionnaire item is translated by giving the published words with a gloss beside them.
 */

/** The keys whose string values are reader-facing text, per kind of data file. */
const TEXT_KEYS: Record<string, readonly string[]> = {
  study: ['label', 'note', 'formula', 'kicker', 'unit', 'value', 'subjects', 'taskName', 'title'],
  glossary: ['term', 'definition', 'more'],
  deck: ['title', 'takeaway', 'notes'],
  evidence: ['comparison', 'label', 'unit', 'value'],
  methods: ['label', 'unit', 'value', 'note'],
  sources: ['note'],
};

/** The kind of a data file from its path below data/ ("studies/hess-2024.json" → study). */
export function dataKind(file: string): keyof typeof TEXT_KEYS | null {
  if (file.startsWith('studies/')) return 'study';
  if (file.startsWith('lecture/')) return 'deck';
  if (file === 'glossary.json') return 'glossary';
  if (file === 'evidence.json') return 'evidence';
  if (file === 'methods.json') return 'methods';
  if (file === 'sources.json') return 'sources';
  return null;
}

/** The path of a value: "population.age.label", "results.main.value[1]". */
function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/**
 * Every reader-facing string of a data file, path → English text. A study's root `title` (the
 * paper's title) is left as published.
 */
export function textsOf(file: string, json: unknown): Map<string, string> {
  const kind = dataKind(file);
  const out = new Map<string, string>();
  if (!kind) return out;
  const keys = TEXT_KEYS[kind]!;
  const visit = (value: unknown, path: string, textKey: boolean) => {
    if (typeof value === 'string') {
      if (textKey && value.trim() !== '') out.set(path, value);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, join(path, index), textKey));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const isText = keys.includes(key) && !(kind === 'study' && path === '' && key === 'title');
        visit(child, join(path, key), isText);
      }
    }
  };
  visit(json, '', false);
  return out;
}

/** Problems with one translation file against its English data, each naming file and key. */
export function translationProblems(
  translationFile: string,
  english: Map<string, string>,
  translationText: string | undefined,
): string[] {
  if (translationText === undefined) {
    return english.size === 0
      ? []
      : [`${translationFile}: missing (${english.size} texts to translate)`];
  }
  let json: unknown;
  try {
    json = JSON.parse(translationText);
  } catch (error) {
    return [`${translationFile}: not valid JSON (${(error as Error).message})`];
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [`${translationFile}: expected an object of JSON path → text`];
  }
  const record = json as Record<string, unknown>;
  const problems: string[] = [];
  for (const path of english.keys()) {
    if (!(path in record)) problems.push(`${translationFile}: ${path}: missing translation`);
  }
  for (const [path, value] of Object.entries(record)) {
    if (!english.has(path)) {
      problems.push(`${translationFile}: ${path}: no such text in the English data`);
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${translationFile}: ${path}: expected a non-empty string`);
    }
  }
  return problems;
}

/** Sets the string at a path ("a.b[2].c") inside `root`; returns false if the path is absent. */
export function setAtPath(root: unknown, path: string, text: string): boolean {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node = root as Record<string, unknown> | unknown[];
  for (let index = 0; index < parts.length - 1; index += 1) {
    const part = parts[index]!;
    const next = Array.isArray(node) ? node[Number(part)] : node[part];
    if (next === null || typeof next !== 'object') return false;
    node = next as Record<string, unknown> | unknown[];
  }
  const last = parts[parts.length - 1]!;
  if (Array.isArray(node)) {
    if (typeof node[Number(last)] !== 'string') return false;
    node[Number(last)] = text;
  } else {
    if (typeof node[last] !== 'string') return false;
    node[last] = text;
  }
  return true;
}
