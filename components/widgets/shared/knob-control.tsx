'use client';

import { useId } from 'react';
import { format, type Knob, type KnobValue } from '@/lib/params/knobs';
import { SeedControl } from './seed-control';

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

/** One control generated from a knob declaration: slider, select, switch or seed field, always labelled. */
export function KnobControl({
  knob,
  value,
  onChange,
  max,
  values,
  disabled,
  reason,
}: {
  knob: Knob;
  value: KnobValue;
  onChange: (value: KnobValue) => void;
  /** Overrides the declared maximum (e.g. K ≤ N). */
  max?: number;
  /** The only values an int knob may take (e.g. heads dividing d_model): the slider steps over these. */
  values?: readonly number[];
  disabled?: boolean;
  /** Shown under a disabled control: why it does nothing now. */
  reason?: string;
}) {
  const id = useId();
  const shown = format(knob, value);
  const why = disabled && reason ? <p className="knob__reason" id={`${id}-reason`}>{reason}</p> : null;
  const describedBy = why ? `${id}-reason` : undefined;
  if (knob.kind === 'int' && knob.input === 'seed') {
    return <SeedControl knob={knob} value={value as number} onChange={onChange} disabled={disabled} />;
  }
  if (knob.kind === 'int' && values && values.length > 0) {
    // A slider over the positions of the allowed values, so arrow keys never land on a refused one.
    const index = Math.max(0, values.indexOf(value as number));
    return (
      <div className="knob" data-knob={knob.key}>
        <label htmlFor={id}>
          {knob.label} <output htmlFor={id}>{shown}</output>
        </label>
        <input
          id={id}
          type="range"
          min={0}
          max={values.length - 1}
          step={1}
          value={index}
          disabled={disabled}
          aria-valuetext={shown}
          aria-describedby={describedBy}
          onChange={(e) => onChange(values[Number(e.target.value)])}
        />
        {why}
      </div>
    );
  }
  if (knob.kind === 'bool') {
    return (
      <div className="knob knob--bool" data-knob={knob.key}>
        <input id={id} type="checkbox" checked={value as boolean} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{knob.label}</label>
        {why}
      </div>
    );
  }
  if (knob.kind === 'enum') {
    return (
      <div className="knob" data-knob={knob.key}>
        <label htmlFor={id}>{knob.label}</label>
        <select id={id} value={value as string} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          {knob.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {why}
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
        aria-describedby={describedBy}
        onChange={(e) => {
          const pos = Number(e.target.value);
          onChange(knob.kind === 'number' ? fromSlider(knob, pos) : pos);
        }}
      />
      {why}
    </div>
  );
}
