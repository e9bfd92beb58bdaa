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
export const selectDay = (state: ExplorerState) => state.day;
export const selectCurveShown = (state: ExplorerState) => state.curve;
export const selectRise = (state: ExplorerState) => state.rise;
export const selectPeak = (state: ExplorerState) => state.peak;
export const selectHalf = (state: ExplorerState) => state.half;
export const selectHatStep = (state: ExplorerState) => state.hat;
export const selectSetDay = (state: ExplorerState) => state.setDay;
export const selectSetCurveShown = (state: ExplorerState) => state.setCurveShown;
export const selectSetCurveParam = (state: ExplorerState) => state.setCurveParam;
export const selectSetHatStep = (state: ExplorerState) => state.setHatStep;
export const selectRevealed = (state: ExplorerState) => state.revealed;
export const selectSetRevealed = (state: ExplorerState) => state.setRevealed;
export const selectPredictionAntidepressant = (state: ExplorerState) =>
  state.predictions.antidepressant;
export const selectPredictionDissociation = (state: ExplorerState) =>
  state.predictions.dissociation;
export const selectSetPrediction = (state: ExplorerState) => state.setPrediction;
export const selectClearPredictions = (state: ExplorerState) => state.clearPredictions;
export const selectSetLabNumber = (state: ExplorerState) => state.setLabNumber;
export const selectSetLabDesign = (state: ExplorerState) => state.setLabDesign;
export const selectSetLabBoundary = (state: ExplorerState) => state.setLabBoundary;
export const selectApplyLabPreset = (state: ExplorerState) => state.applyLabPreset;
