/**
 * Where a figure is being shown. A figure renders the same chart everywhere; the frame only
 * decides the furniture around it: a view shows everything; a slide shows the chart large with a
 * compact source line (no export buttons, no table toggle); an embed shows one figure alone with
 * its tools; the handout prints it with its caption and sources, without controls.
 */
import { createContext, useContext } from 'react';

export type FigureFrame = 'view' | 'slide' | 'embed' | 'print';

export const FigureFrameContext = createContext<FigureFrame>('view');

export function useFigureFrame(): FigureFrame {
  return useContext(FigureFrameContext);
}
