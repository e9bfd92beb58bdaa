/**
 * Readers' studies kept in this browser (IndexedDB, through idb-keyval) until they remove them.
 * Each record is the study file's text; it is checked again when read, so a record that has been
 * damaged, or that an older version of the app wrote, gives a message rather than an error.
 * Tests swap in an in-memory keeper with `setStudyKeeper`.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/** Also read by the build's view-preload script (scripts/vitePlugins.ts). */
export const OWN_STUDIES_DATABASE = 'ketamine-crossover-explainer';
/**
 * A mark in localStorage, set once a reader's study has been kept: the build's view-preload script
 * reads it synchronously, before the page is painted, to show no saved first page (the app's page
 * then has the reader's studies in it).
 */
export const OWN_STUDIES_MARK = 'ketamine-crossover-explainer:studies-kept';
const DATABASE = OWN_STUDIES_DATABASE;
const STORE = 'own-studies';

export interface KeptStudy {
  id: string;
  /** The study file's text (JSON). */
  text: string;
  savedAt: number;
}

export interface StudyKeeper {
  /** Every record, as stored (unchecked: the caller checks each one). */
  all(): Promise<[key: string, value: unknown][]>;
  put(study: KeptStudy): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Whether the database exists, without creating it (a first visit stores nothing). */
async function databaseExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  const databases = await indexedDB.databases();
  return databases.some((database) => database.name === DATABASE);
}

function idbKeeper(): StudyKeeper {
  let store: UseStore | null = null;
  const open = () => (store ??= createStore(DATABASE, STORE));
  return {
    async all() {
      if (!(await databaseExists())) return [];
      return (await entries(open())).map(([key, value]) => [String(key), value]);
    },
    put: (study) => {
      try {
        localStorage.setItem(OWN_STUDIES_MARK, '1');
      } catch {
        // No localStorage: the view-preload script checks the database itself.
      }
      return set(study.id, study, open());
    },
    async remove(id) {
      if (await databaseExists()) await del(id, open());
    },
  };
}

let keeper: StudyKeeper | null = null;

export function studyKeeper(): StudyKeeper {
  return (keeper ??= idbKeeper());
}

/** Replace the keeper (tests). */
export function setStudyKeeper(next: StudyKeeper | null): void {
  keeper = next;
}

/** An in-memory keeper, for tests and for browsers without IndexedDB. */
export function memoryKeeper(initial: [string, unknown][] = []): StudyKeeper {
  const records = new Map<string, unknown>(initial);
  return {
    all: async () => [...records.entries()],
    put: async (study) => void records.set(study.id, study),
    remove: async (id) => void records.delete(id),
  };
}
