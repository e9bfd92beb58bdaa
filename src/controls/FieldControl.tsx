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
import { t, type MessageId } from '../messages/i18n';
import { formatNumber } from '../messages/format';

/** A control's label, from the shell catalogue (`field.<key>`). */
const shortLabel = (key: FieldKey) => t(`field.${key}` as MessageId);

function formatValue(value: number, unit: string | undefined): string {
  if (unit === 'days' || unit === 'people' || unit === 'SD') {
    return t(`unit.${unit}`, { value: unit === 'SD' ? formatNumber(value, 3) : value });
  }
  return formatNumber(value, 3);
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
          format={(v) => formatValue(v, 'unit' in spec ? spec.unit : undefined)}
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
            label: spec.valueLabels ? t(`field.${field}.${option}` as MessageId) : option,
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
