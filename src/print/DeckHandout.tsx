/**
 * The lecture handout's steps (print=1&lecture=1, issue #11): each deck step's figure at that
 * step's own settings, beside its notes, with the step's link. Each step renders inside a document
 * scope (a store of its own, src/store/index.ts), so 25 slides' figures can sit on one page each
 * with its own day, sample size or reveal — the same figure code as the slide, in its print frame.
 */
import { useMemo, type ReactNode } from 'react';
import type { LectureStepData } from '../data/schema';
import type { DocumentState } from '../document/fields';
import { FigureHost, isFigureId } from '../figures/registry';
import { ExplorerStoreScope, createScopedStore } from '../store';

export function DeckStepFigures({
  step,
  document,
}: {
  step: LectureStepData;
  document: DocumentState;
}): ReactNode {
  // One store per step's settings (not per render): a figure's own state, such as a simulation
  // in progress, stays with it while the page re-renders.
  const key = JSON.stringify(document);
  const store = useMemo(
    () => createScopedStore({ ...(JSON.parse(key) as DocumentState), lecture: false, print: true }),
    [key],
  );
  const figures = [step.figure, step.figure2].filter(
    (id): id is NonNullable<typeof id> => id !== undefined && isFigureId(id),
  );
  if (figures.length === 0) return null;
  return (
    <ExplorerStoreScope.Provider value={store}>
      <div className="handout__step-figures">
        {figures.map((id) => (
          <FigureHost key={id} id={id as never} frame="print" />
        ))}
      </div>
    </ExplorerStoreScope.Provider>
  );
}
