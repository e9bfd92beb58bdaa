/** One selector per field; each returns a primitive or a stable reference. */
import type { ExplorerState } from './index';

export const selectView = (state: ExplorerState) => state.view;
export const selectTheme = (state: ExplorerState) => state.theme;
export const selectNotices = (state: ExplorerState) => state.notices;
export const selectSetView = (state: ExplorerState) => state.setView;
export const selectSetTheme = (state: ExplorerState) => state.setTheme;
export const selectDismissNotice = (state: ExplorerState) => state.dismissNotice;
export const selectResetCurrentView = (state: ExplorerState) => state.resetCurrentView;
