/** The studies of the registry (built-in, fixtures and a reader's own), re-rendering on change. */
import { useSyncExternalStore } from 'react';
import { allStudies, findStudy, subscribeStudies } from '../data/studies';
import type { StudyData } from '../data/schema';

export function useStudies(): readonly StudyData[] {
  return useSyncExternalStore(subscribeStudies, allStudies, allStudies);
}

/** The study with this id, or the first study when the id is unknown (a removed study). */
export function useStudy(id: string): StudyData {
  const studies = useStudies();
  return findStudy(id) ?? studies[0]!;
}
