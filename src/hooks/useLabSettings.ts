/**
 * The researcher's lab settings (issue #18) from the store, as one shallow-stable object, and
 * whether they leave the original path (AB/BA with equal allocation, continuous, at most the
 * one interim look): then the lab shows the research figure.
 */
import { useShallow } from 'zustand/react/shallow';
import { useExplorerStore, type ExplorerState } from '../store';
import { DEFAULT_LAB_SETTINGS, type LabSettings } from '../model/lab/settings';
import { selectNothing, useLabSnapshot } from './labSnapshot';

const SETTING_KEYS = Object.keys(DEFAULT_LAB_SETTINGS) as (keyof LabSettings)[];

function pickSettings(state: ExplorerState): LabSettings {
  const out = {} as Record<keyof LabSettings, unknown>;
  for (const key of SETTING_KEYS) out[key] = state[key];
  return out as LabSettings;
}

/** The settings: inside the lab view's figures the deferred snapshot, elsewhere the store's. */
export function useLabSettings(): LabSettings {
  const snapshot = useLabSnapshot();
  const live = useExplorerStore(useShallow(snapshot ? selectNothing : pickSettings));
  return snapshot ? snapshot.settings : (live as LabSettings);
}

/** The store's live settings, even inside the figures' snapshot (the controls read these). */
export function useLiveLabSettings(): LabSettings {
  return useExplorerStore(useShallow(pickSettings));
}

/** True when the settings need the researcher's simulation rather than the original figures. */
export function isResearchPath(settings: LabSettings, design: 'crossover' | 'parallel'): boolean {
  // The original figures handle the single interim look; more looks need the research figure.
  if (settings.outcome === 'binary' || settings.interimLooks > 1) return true;
  if (settings.allocation !== 0.5) return true;
  return design === 'crossover' && settings.crossoverDesign !== 'ab-ba';
}

/** The lab's original figures, shown only while the settings stay on the original path. */
const ORIGINAL_LAB_FIGURES = ['lab-trial', 'lab-estimates', 'lab-power'];

/**
 * Whether the lab view shows a figure for the current settings (the handout prints what the view
 * shows): the research figure off the original path, the original three on it.
 */
export function useLabFigureShown(): (figureId: string) => boolean {
  const settings = useLabSettings();
  const design = useExplorerStore((state) => state.design);
  const research = isResearchPath(settings, design);
  return (figureId) => {
    if (figureId === 'lab-research') return research;
    if (ORIGINAL_LAB_FIGURES.includes(figureId)) return !research;
    return true;
  };
}
