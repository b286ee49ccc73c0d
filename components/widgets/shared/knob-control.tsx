'use client';

import { useId } from 'react';
import { format, type Knob, type KnobValue } from '@/lib/params/knobs';

/** Slider position (0…LOG_STEPS) for log-scale knobs; position 0 means "off" when the knob allows 0. */
const LOG_STEPS = 100;

function toSlider(knob: Extract<Knob, { kind: 'number' }>, value: number): number {
  if (knob.scale === 'linear') return value === 0 && knob.zero ? knob.min - (knob.step ?? 0.25) : value;
  if (value === 0) return 0;
  const lo = Math.log10(knob.min);
  const hi = Math.log10(knob.max);
  const pos = ((Math.log10(value) - lo) / (hi - lo)) * LOG_STEPS;
  return knob.zero ? 1 + Math.round(pos) : Math.round(pos);
}

function fromSlider(knob: Extract<Knob, { kind: 'number' }>, pos: number): number {
  if (knob.scale === 'linear') return knob.zero && pos < knob.min ? 0 : pos;
  if (knob.zero && pos === 0) return 0;
  const lo = Math.log10(knob.min);
  const hi = Math.log10(knob.max);
  const x = 10 ** (lo + ((knob.zero ? pos - 1 : pos) / LOG_STEPS) * (hi - lo));
  return Number(x.toPrecision(2));
}

/** One control generated from a knob declaration: slider, select or switch, always labelled. */
export function KnobControl({
  knob,
  value,
  onChange,
  max,
  disabled,
}: {
  knob: Knob;
  value: KnobValue;
  onChange: (value: KnobValue) => void;
  /** Overrides the declared maximum (e.g. K ≤ N). */
  max?: number;
  disabled?: boolean;
}) {
  const id = useId();
  const shown = format(knob, value);
  if (knob.kind === 'bool') {
    return (
      <div className="knob knob--bool" data-knob={knob.key}>
        <input id={id} type="checkbox" checked={value as boolean} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{knob.label}</label>
      </div>
    );
  }
  if (knob.kind === 'enum') {
    return (
      <div className="knob" data-knob={knob.key}>
        <label htmlFor={id}>{knob.label}</label>
        <select id={id} value={value as string} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {knob.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const isLog = knob.kind === 'number' && knob.scale === 'log';
  const sliderMin = knob.kind === 'number' ? toSlider(knob, knob.zero ? 0 : knob.min) : knob.min;
  const sliderMax = knob.kind === 'number' ? toSlider(knob, knob.max) : (max ?? knob.max);
  const sliderValue = knob.kind === 'number' ? toSlider(knob, value as number) : (value as number);
  const step = isLog ? 1 : knob.kind === 'number' ? (knob.step ?? 0.01) : (knob.step ?? 1);
  return (
    <div className="knob" data-knob={knob.key}>
      <label htmlFor={id}>
        {knob.label} <output htmlFor={id}>{shown}</output>
      </label>
      <input
        id={id}
        type="range"
        min={sliderMin}
        max={sliderMax}
        step={step}
        value={sliderValue}
        disabled={disabled}
        aria-valuetext={shown}
        onChange={(e) => {
          const pos = Number(e.target.value);
          onChange(knob.kind === 'number' ? fromSlider(knob, pos) : pos);
        }}
      />
    </div>
  );
}
