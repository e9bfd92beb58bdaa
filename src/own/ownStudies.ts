/**
 * Readers' own studies: open one from a file's text, a link or this browser's store; share,
 * download and remove it. Loaded only when needed (it brings the zod checker with it).
 *
 * Every way in goes through `openStudyText`: the same checks as the build (src/data/studyFile.ts),
 * then `registerStudy(study, 'user', sources)`. A file that fails changes nothing already loaded.
 */
import { parseStudyFile, tooLarge } from '../data/studyFile';
import { problem, type FileProblem } from '../data/fileProblems';
import { MAX_STUDY_FILE_BYTES } from '../data/constants';
import { builtInStudies, originOf, registerStudy, registeredStudies } from '../data/studies';
import { unregisterStudy } from '../data/studies';
import { loadStudyTemplate } from '../data/templates';
import { useExplorerStore } from '../store';
import { registrable } from './register';
import { studyKeeper } from './storage';
import {
  decompressStudy,
  fragmentData,
  LinkError,
  shareLinkFor,
  type ShareLink,
} from './shareLink';

export type OpenResult =
  | {
      ok: true;
      id: string;
      name: string;
      /** A study of the reader's with this id was already open, and the new file replaced it. */
      replaced: boolean;
      /** The same study, unchanged, was already open. */
      unchanged: boolean;
      /** It is kept in this browser (false when the browser's storage is unavailable). */
      kept: boolean;
    }
  | { ok: false; problems: FileProblem[] };

/** Each open study's file text (compact JSON), for sharing and downloading. */
const fileTexts = new Map<string, string>();
/** The study that the page's `#own=` fragment carries, if it was opened from there. */
let fragmentStudyId: string | null = null;

function reservedIds(): string[] {
  return registeredStudies()
    .filter((entry) => entry.origin !== 'user')
    .map((entry) => entry.study.id);
}

/** Check a study file's text and, if it is sound, open it (and keep it unless told not to). */
export async function openStudyText(
  text: string,
  { keep = true }: { keep?: boolean } = {},
): Promise<OpenResult> {
  const result = parseStudyFile(text, { reservedIds: reservedIds() });
  if (!result.ok) return result;
  const { study, sources, json } = result.file;
  const compact = JSON.stringify(json);
  const replaced = originOf(study.id) === 'user';
  const unchanged = replaced && fileTexts.get(study.id) === compact;
  if (!unchanged) {
    const ready = registrable(study, sources);
    registerStudy(ready.study, 'user', ready.sources);
    fileTexts.set(study.id, compact);
  }
  let kept = !keep;
  if (keep) {
    try {
      await studyKeeper().put({ id: study.id, text: compact, savedAt: Date.now() });
      kept = true;
    } catch {
      kept = false;
    }
  }
  return { ok: true, id: study.id, name: study.shortName, replaced, unchanged, kept };
}

/** Open a file the reader chose or dropped; a file over 1 MB is refused before it is read. */
export async function openStudyFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_STUDY_FILE_BYTES) {
    return { ok: false, problems: [tooLarge(file.size)] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [problem('(root)', 'unreadable')] };
  }
  return openStudyText(text);
}

/** Open the study in a `#own=` fragment; null when the fragment carries none. */
export async function openStudyFromFragment(hash: string): Promise<OpenResult | null> {
  const data = fragmentData(hash);
  if (data === null) return null;
  let text: string;
  try {
    text = await decompressStudy(data);
  } catch (error) {
    return {
      ok: false,
      problems: [problem('#own', error instanceof LinkError ? error.code : 'linkUnpack')],
    };
  }
  const result = await openStudyText(text);
  if (result.ok) fragmentStudyId = result.id;
  return result;
}

/**
 * Open every study kept in this browser. A record that cannot be opened any more is removed, and
 * what was wrong with it is returned.
 */
export async function openKeptStudies(): Promise<{ opened: string[]; problems: FileProblem[] }> {
  const keeper = studyKeeper();
  const opened: string[] = [];
  const problems: FileProblem[] = [];
  let records: [string, unknown][];
  try {
    records = await keeper.all();
  } catch {
    return { opened, problems: [problem('(storage)', 'storageUnreadable')] };
  }
  for (const [key, record] of records) {
    const text = (record as { text?: unknown } | null)?.text;
    const result =
      typeof text === 'string'
        ? await openStudyText(text, { keep: false })
        : ({ ok: false, problems: [problem('(record)', 'notKept')] } as const);
    if (result.ok && result.id === key) {
      opened.push(result.id);
      continue;
    }
    const why = result.ok ? [problem('id', 'keptAs', { key, id: result.id })] : result.problems;
    problems.push(...why.map((found) => ({ ...found, path: `"${key}": ${found.path}` })));
    if (result.ok) {
      unregisterStudy(result.id);
      fileTexts.delete(result.id);
    }
    await keeper.remove(key).catch(() => {});
  }
  return { opened, problems };
}

/** Close a reader's study, forget it in this browser, and drop it from the address. */
export async function removeOwnStudy(id: string): Promise<void> {
  if (originOf(id) !== 'user') return;
  unregisterStudy(id);
  fileTexts.delete(id);
  const store = useExplorerStore.getState();
  if (store.study === id) store.setStudy(builtInStudies()[0]!.id);
  if (fragmentStudyId === id && fragmentData(window.location.hash) !== null) {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}`,
    );
    fragmentStudyId = null;
  }
  await studyKeeper()
    .remove(id)
    .catch(() => {});
}

/** The link that carries the study. */
export async function shareLinkOf(id: string): Promise<ShareLink> {
  const text = fileTexts.get(id);
  if (text === undefined) throw new Error(`"${id}" is not one of your open studies`);
  return shareLinkFor(text, id, window.location);
}

/** The study's file, as the reader can save it and open it again. */
export function fileTextOf(id: string): string {
  const text = fileTexts.get(id);
  if (text === undefined) throw new Error(`"${id}" is not one of your open studies`);
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

/** The template: a fictional crossover, pointing the editor at this app's JSON Schema. */
export async function templateText(): Promise<string> {
  const template = await loadStudyTemplate();
  const schemaUrl = new URL('study.schema.json', document.baseURI).href;
  return `${JSON.stringify({ $schema: schemaUrl, ...template }, null, 2)}\n`;
}

/** Save text as a file (a download made in the page; nothing is sent anywhere). */
export function saveTextFile(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
