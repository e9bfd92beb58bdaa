/**
 * The small part of readers' studies that runs with the entry: does the page need them before
 * it reads its address, and the page-wide drop target. Everything else loads when used.
 */
import { isBuiltInStudyId } from '../data/studyIndex';
import './startup.css';

/**
 * True when the address needs a reader's study before it can be read: a `#own=` fragment, or a
 * `study=` that is not built in (one kept in this browser). Otherwise they load after the page.
 */
export function needsOwnStudiesFirst(location: Pick<Location, 'hash' | 'search'>): boolean {
  if (location.hash.startsWith('#own=')) return true;
  const study = new URLSearchParams(location.search).get('study');
  return study !== null && !isBuiltInStudyId(study);
}

/**
 * Open the kept studies and any study in the link; never throws. With `onlyIfKept` (a page whose
 * address needs none), the checker is loaded only if this browser keeps a study.
 */
export async function openOwnStudiesSafely(
  win: Window,
  { onlyIfKept = false }: { onlyIfKept?: boolean } = {},
): Promise<void> {
  try {
    if (onlyIfKept) {
      const { studyKeeper } = await import('./storage');
      if ((await studyKeeper().all()).length === 0) return;
    }
    const { openOwnStudies } = await import('./boot');
    await openOwnStudies(win);
  } catch (error) {
    console.warn('Your studies could not be opened:', error);
  }
}

/**
 * Dropping a file anywhere on the page opens it as a study. While a file is dragged over the
 * page, `<html data-dropping>` shows where to drop it. Returns a function that removes it.
 */
export function installStudyDrop(win: Window): () => void {
  const root = win.document.documentElement;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    root.setAttribute('data-dropping', '');
  };
  const stop = () => root.removeAttribute('data-dropping');
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) stop();
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    stop();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    void Promise.all([import('./ownStudies'), import('./report')]).then(async ([own, report]) =>
      report.reportOpen(await own.openStudyFile(file), { kind: 'file', name: file.name }),
    );
  };
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('dragleave', onDragLeave);
  win.addEventListener('drop', onDrop);
  return () => {
    win.removeEventListener('dragover', onDragOver);
    win.removeEventListener('dragleave', onDragLeave);
    win.removeEventListener('drop', onDrop);
  };
}
