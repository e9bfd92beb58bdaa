/**
 * studyIndex: the ids of the studies in data/studies/ as a tiny virtual module,
 * `virtual:study-index` (read by src/data/studyIndex.ts only). The entry needs the ids at start —
 * to check a link's `study=` and to tell a built-in study from a reader's own — but not the
 * studies themselves, which load with the first view that shows them (issue #14). The ids are read
 * from the files at build time (and on every change in development), never copied by hand.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readDataTexts } from './dataFiles.ts';

export const STUDY_INDEX_ID = 'virtual:study-index';
const RESOLVED_ID = `\0${STUDY_INDEX_ID}`;

/** The `id` of every file in data/studies/, in file-name order (the build checks id = file name). */
export function studyIdsIn(root: string): string[] {
  return Object.entries(readDataTexts(root, 'data/studies'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, text]) => {
      try {
        const id = (JSON.parse(text) as { id?: unknown }).id;
        if (typeof id === 'string') return id;
      } catch {
        // validateData reports the broken file; the file name stands in for its id here.
      }
      return file.replace(/^.*\//, '').replace(/\.json$/, '');
    });
}

export function studyIndex(root: string): Plugin {
  return {
    name: 'study-index',
    resolveId(id) {
      return id === STUDY_INDEX_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of Object.keys(readDataTexts(root, 'data/studies')))
        this.addWatchFile(join(root, file));
      return `export default ${JSON.stringify(studyIdsIn(root))};\n`;
    },
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (!/[\\/]data[\\/]studies[\\/][^\\/]+\.json$/.test(file)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
      });
    },
  };
}
