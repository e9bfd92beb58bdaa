/** Start from a real design: lab presets from every study in the registry. */
import { useMemo } from 'react';
import { useExplorerStore } from '../../store';
import { selectApplyLabPreset } from '../../store/selectors';
import { labPresets, type LabPreset } from '../../data/studyInputs';
import { useStudies } from '../../hooks/useStudies';
import { studyLabel } from '../../data/studies';
import { Fact } from '../../components/Fact';

const PRESET_NOTES: Record<LabPreset['kind'], string> = {
  'as-run':
    'Sample size and interval from the study; the effect size, correlation and everything else are illustrative.',
  'as-planned': 'Planned size and interval from the study; everything else is illustrative.',
  'as-stopped':
    'Planned size, the interim look and the share who did not complete, from the study. The stopping boundary was not reported; the one used here is illustrative, as are the effect size and correlation.',
};

const PRESET_NAMES: Record<LabPreset['kind'], string> = {
  'as-run': 'as run',
  'as-planned': 'as planned',
  'as-stopped': 'as stopped',
};

export function Presets() {
  const apply = useExplorerStore(selectApplyLabPreset);
  const resetScope = useExplorerStore((state) => state.resetScope);
  const studies = useStudies();
  const presets = useMemo(() => studies.flatMap(labPresets), [studies]);
  const nameOf = (preset: LabPreset) => {
    const study = studies.find((candidate) => candidate.id === preset.studyId);
    return `${study ? studyLabel(study) : preset.studyId} ${PRESET_NAMES[preset.kind]}`;
  };
  return (
    <section aria-labelledby="presets-title" className="presets">
      <h2 id="presets-title">Start from a real design</h2>
      <ul className="presets__list">
        {presets.map((preset) => (
          <li key={preset.id} className="preset">
            <button type="button" className="button" onClick={() => apply(preset.values)}>
              {nameOf(preset)}
            </button>
            <ul className="preset__facts">
              {preset.facts.map((fact) => (
                <li key={fact.label}>
                  <Fact fact={fact} withLabel />
                </li>
              ))}
            </ul>
            <p className="preset__note">{PRESET_NOTES[preset.kind]}</p>
          </li>
        ))}
        <li className="preset">
          <button type="button" className="button button--quiet" onClick={() => resetScope('lab')}>
            Reset the lab
          </button>
          <p className="preset__note">Back to the starting values (all illustrative).</p>
        </li>
      </ul>
    </section>
  );
}
