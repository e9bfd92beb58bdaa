/** One selector per field; each returns a primitive or a stable reference. */
import type { ExplorerState } from './index';

export const selectView = (state: ExplorerState) => state.view;
export const selectTheme = (state: ExplorerState) => state.theme;
export const selectNotices = (state: ExplorerState) => state.notices;
export const selectSetView = (state: ExplorerState) => state.setView;
export const selectSetTheme = (state: ExplorerState) => state.setTheme;
export const selectDismissNotice = (state: ExplorerState) => state.dismissNotice;
export const selectResetCurrentView = (state: ExplorerState) => state.resetCurrentView;
export const selectStudy = (state: ExplorerState) => state.study;
export const selectSequence = (state: ExplorerState) => state.sequence;
export const selectFlowMode = (state: ExplorerState) => state.by;
export const selectStep = (state: ExplorerState) => state.step;
export const selectSetStudy = (state: ExplorerState) => state.setStudy;
export const selectSetSequence = (state: ExplorerState) => state.setSequence;
export const selectSetFlowMode = (state: ExplorerState) => state.setFlowMode;
export const selectSetStep = (state: ExplorerState) => state.setStep;
