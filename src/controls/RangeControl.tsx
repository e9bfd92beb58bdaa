/**
 * A labelled range slider with its current value shown (and announced) in plain words. Memoised:
 * with stable `format` and `onChange`, a slider whose props did not change is not re-rendered.
 */
import { memo } from 'react';

export interface RangeControlProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
  /** A short hint under the label. */
  hint?: string;
}

export const RangeControl = memo(function RangeControl({
  label,
  value,
  min,
  max,
  step,
  format,
  onChange,
  hint,
}: RangeControlProps) {
  return (
    <label className="range-control">
      <span className="range-control__label">
        {label}
        {hint && <span className="range-control__hint">{hint}</span>}
      </span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={format(value)}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output className="range-control__value">{format(value)}</output>
    </label>
  );
});
