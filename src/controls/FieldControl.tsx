/**
 * A control for any document field, made from its entry in the field table: a slider for a
 * number (range, step and label from the table), radio buttons for a choice, a checkbox for a
 * flag. Slides and one-figure embeds show a figure's controls this way, so a lecturer can move a
 * value live and the URL and the presenter window follow.
 */
import { useExplorerStore } from '../store';
import { FIELDS, type DocumentState, type FieldKey } from '../document/fields';
import { useStudies } from '../hooks/useStudies';
import { RangeControl } from './RangeControl';
import { RadioGroup } from './RadioGroup';

/** The label without the "Lab: " prefix the README table uses. */
const shortLabel = (key: FieldKey) => {
  const label = FIELDS[key].label.replace(/^Lab: /, '');
  // Only Latin letters: the capital of "α" is "Α", which reads as a Latin A.
  return /^[a-z]/.test(label) ? label[0]!.toUpperCase() + label.slice(1) : label;
};

function formatNumber(value: number, unit: string | undefined): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
  return unit ? `${text} ${unit}` : text;
}

export function FieldControl({ field }: { field: FieldKey }) {
  const value = useExplorerStore((state) => state[field]);
  const setField = useExplorerStore((state) => state.setField);
  const studies = useStudies();
  const spec = FIELDS[field];
  const set = (next: DocumentState[FieldKey]) => setField(field, next as never);
  switch (spec.kind) {
    case 'number':
      return (
        <RangeControl
          label={shortLabel(field)}
          value={value as number}
          min={spec.min}
          max={spec.max}
          step={spec.step}
          format={(v) => formatNumber(v, 'unit' in spec ? spec.unit : undefined)}
          onChange={set}
        />
      );
    case 'flag':
      return (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value as boolean}
            onChange={(event) => set(event.target.checked)}
          />
          <span>{shortLabel(field)}</span>
        </label>
      );
    case 'enum':
      return (
        <RadioGroup<string>
          legend={shortLabel(field)}
          value={value as string}
          options={spec.values.map((option) => ({
            value: option,
            label: (spec.valueLabels as Record<string, string> | undefined)?.[option] ?? option,
          }))}
          onChange={set}
        />
      );
    case 'id':
      return (
        <RadioGroup<string>
          legend={shortLabel(field)}
          value={value as string}
          options={studies.map((study) => ({ value: study.id, label: study.shortName }))}
          onChange={set}
        />
      );
  }
}
