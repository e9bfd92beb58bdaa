/**
 * A checked study file → what the registry takes. A reader's sources get ids of their own
 * ("own:<study id>:<source id>") so that two readers' files, or a file and this app, can use
 * the same source id without mixing up whose source a fact rests on. A source without a citation
 * gets the registry's NO_CITATION text, which exports turn into "user-supplied study".
 */
import { NO_CITATION } from '../data/studies';
import type { OwnSourceData, SourceData, StudyData } from '../data/schema';

export const OWN_SOURCE_PREFIX = 'own:';

function ownSourceId(studyId: string, sourceId: string): string {
  return `${OWN_SOURCE_PREFIX}${studyId}:${sourceId}`;
}

/** A copy of `value` with every `sourceId` renamed by `rename`. */
function renameSourceIds<T>(value: T, rename: (id: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => renameSourceIds(item, rename)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === 'sourceId' && typeof child === 'string'
        ? rename(child)
        : renameSourceIds(child, rename),
    ]),
  ) as T;
}

/** The study and sources of a checked file, ready for `registerStudy(study, 'user', sources)`. */
export function registrable(
  study: StudyData,
  sources: readonly OwnSourceData[],
): { study: StudyData; sources: SourceData[] } {
  const rename = (id: string) => ownSourceId(study.id, id);
  return {
    study: renameSourceIds(study, rename),
    sources: sources.map((source) => ({
      ...source,
      id: rename(source.id),
      group: study.id,
      citation: source.citation ?? NO_CITATION,
    })),
  };
}
