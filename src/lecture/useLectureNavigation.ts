/** The current slide and a `goTo` that applies a slide's whole state (keeping theme and language). */
import { useCallback } from 'react';
import { useExplorerStore } from '../store';
import { clampSlide, slideDocument } from './deck';

export function useLectureNavigation() {
  const slide = useExplorerStore((state) => state.slide);
  const theme = useExplorerStore((state) => state.theme);
  const presenter = useExplorerStore((state) => state.presenter);
  const lang = useExplorerStore((state) => state.lang);
  const applyDocument = useExplorerStore((state) => state.applyDocument);
  const goTo = useCallback(
    (target: number) =>
      applyDocument(slideDocument(clampSlide(target), { theme, presenter, lang })),
    [applyDocument, theme, presenter, lang],
  );
  return { slide: clampSlide(slide), goTo };
}
