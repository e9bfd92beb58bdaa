/**
 * What the entry knows about studies before any study's data has loaded: the ids of the built-in
 * studies (from data/studies/ at build time, see scripts/studyIndexPlugin.ts) in display order,
 * and the ids registered later (test fixtures, readers' own studies), which src/data/studies.ts
 * reports here. The codec checks a link's `study=` against these; the studies themselves load
 * with the first view that shows them (issue #14: keep the entry small).
 */
import ids from 'virtual:study-index';

function yearOf(id: string): number {
  const match = /(\d{4})$/.exec(id);
  return match ? Number(match[1]) : 0;
}

/** Display order: newest first (by the year that ends the id), then by id, descending. */
export function compareStudyIds(a: string, b: string): number {
  return yearOf(b) - yearOf(a) || (a < b ? 1 : a > b ? -1 : 0);
}

/** The built-in studies' ids, in display order. */
export const BUILT_IN_STUDY_IDS: readonly string[] = [...ids].sort(compareStudyIds);

let registeredIds: readonly string[] = [];

/** Called by src/data/studies.ts whenever its registry changes (ids beyond the built-in ones). */
export function setRegisteredStudyIds(next: readonly string[]): void {
  registeredIds = next;
}

/** Every study id known now: built-in first, then those registered at run time. */
export function knownStudyIds(): string[] {
  return [...BUILT_IN_STUDY_IDS, ...registeredIds];
}

export function isBuiltInStudyId(id: string): boolean {
  return BUILT_IN_STUDY_IDS.includes(id);
}
