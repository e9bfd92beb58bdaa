/** Start from a real design: lab presets from every study in the registry. */
import { useMemo } from 'react';
import { useExplorerStore } from '../../store';
import { selectApplyLabPreset } from '../../store/selectors';
import { labPresets, type LabPreset } from '../../data/studyInputs';
import { useStudies } from '../../hooks/useStudies';
import { studyLabel } from '../../data/studies';
import { Fact } from '../../components/Fact';
import { t, type MessageId } from '../../messages/i18n';

const PRESET_NOTES: Record<LabPreset['kind'], MessageId> = {
  'as-run': 'lab.presets.note.asRun',
  'as-planned': 'lab.presets.note.asPlanned',
  'as-stopped': 'lab.presets.note.asStopped',
};

const PRESET_NAMES: Record<LabPreset['kind'], MessageId> = {
  'as-run': 'lab.presets.name.asRun',
  'as-planned': 'lab.presets.name.asPlanned',
  'as-stopped': 'lab.presets.name.asStopped',
};

export function Presets() {
  const apply = useExplorerStore(selectApplyLabPreset);
  const resetScope = useExplorerStore((state) => state.resetScope);
  const studies = useStudies();
  const presets = useMemo(() => studies.flatMap(labPresets), [studies]);
  const nameOf = (preset: LabPreset) => {
    const study = studies.find((candidate) => candidate.id === preset.studyId);
    return t(PRESET_NAMES[preset.kind], { study: study ? studyLabel(study) : preset.studyId });
  };
  return (
    <section aria-labelledby="presets-title" className="presets">
      <h2 id="presets-title">{t('lab.presets.heading')}</h2>
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
            <p className="preset__note">{t(PRESET_NOTES[preset.kind])}</p>
          </li>
        ))}
        <li className="preset">
          <button type="button" className="button button--quiet" onClick={() => resetScope('lab')}>
            {t('lab.presets.reset')}
          </button>
          <p className="preset__note">{t('lab.presets.resetNote')}</p>
        </li>
      </ul>
    </section>
  );
}
