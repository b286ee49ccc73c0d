'use client';

import { useId } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { messagesFor, type MessageKey } from '@/lib/i18n';
import { format, type Knob, type KnobValue } from '@/lib/params/knobs';
import { SeedControl } from './seed-control';

const CATALOG = messagesFor('en');
/** An enum value's catalog key (knob.option.<value>) where it has a name in words; identifiers (mixtral, fp8, h100-sxm …) have none and show as they are. */
const optionKey = (value: string): MessageKey | null => (`knob.option.${value}` in CATALOG ? (`knob.option.${value}` as MessageKey) : null);

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

type SliderKnob = Extract<Knob, { kind: 'int' | 'number' }>;

/** Where a numeric knob's slider runs and how a position maps back to a value: one slider serves every numeric knob. */
function sliderFor(knob: SliderKnob, value: KnobValue, max?: number, values?: readonly number[]) {
  if (knob.kind === 'int' && values && values.length > 0) {
    // A slider over the positions of the allowed values, so arrow keys never land on a refused one.
    return { min: 0, max: values.length - 1, step: 1, position: Math.max(0, values.indexOf(value as number)), valueAt: (pos: number) => values[pos] };
  }
  if (knob.kind === 'int') {
    return { min: knob.min, max: max ?? knob.max, step: knob.step ?? 1, position: value as number, valueAt: (pos: number) => pos };
  }
  return {
    min: toSlider(knob, knob.zero ? 0 : knob.min),
    max: toSlider(knob, knob.max),
    step: knob.scale === 'log' ? 1 : (knob.step ?? 0.01),
    position: toSlider(knob, value as number),
    valueAt: (pos: number) => fromSlider(knob, pos),
  };
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
  const t = useT();
  const label = knob.labelKey ? t(knob.labelKey) : knob.label;
  const formatted = format(knob, value);
  const shown = formatted === 'off' ? t('knob.off') : formatted;
  const why = disabled && reason ? <p className="knob__reason" id={`${id}-reason`}>{reason}</p> : null;
  const describedBy = why ? `${id}-reason` : undefined;
  if (knob.kind === 'int' && knob.input === 'seed') {
    return <SeedControl knob={knob} value={value as number} onChange={onChange} disabled={disabled} />;
  }
  if (knob.kind === 'bool') {
    return (
      <div className="knob knob--bool" data-knob={knob.key}>
        <input id={id} type="checkbox" checked={value as boolean} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
        {why}
      </div>
    );
  }
  if (knob.kind === 'enum') {
    return (
      <div className="knob" data-knob={knob.key}>
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value as string} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          {knob.options.map((o) => (
            <option key={o} value={o}>
              {optionKey(o) ? t(optionKey(o)!) : o}
            </option>
          ))}
        </select>
        {why}
      </div>
    );
  }
  const slider = sliderFor(knob, value, max, values);
  return (
    <div className="knob" data-knob={knob.key}>
      <label htmlFor={id}>
        {label} <output htmlFor={id}>{shown}</output>
      </label>
      <input
        id={id}
        type="range"
        min={slider.min}
        max={slider.max}
        step={slider.step}
        value={slider.position}
        disabled={disabled}
        aria-valuetext={shown}
        aria-describedby={describedBy}
        onChange={(e) => onChange(slider.valueAt(Number(e.target.value)))}
      />
      {why}
    </div>
  );
}
