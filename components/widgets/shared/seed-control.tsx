'use client';

import { useId, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { parseKnob, randomSeed, type Knob } from '@/lib/params/knobs';

/**
 * The seed of every widget: a number field (a 0–999,999 slider cannot be aimed at a value) and a
 * "New seed" button. A typed seed applies as soon as it is a whole number in range; on Enter or
 * leaving the field, anything else is clamped by the same rule as a URL value, with its notice.
 */
export function SeedControl({
  knob,
  value,
  onChange,
  disabled,
}: {
  knob: Extract<Knob, { kind: 'int' }>;
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [notice, setNotice] = useState<string | null>(null);
  // A seed set from outside (a preset, New seed, a reset) replaces what the field shows.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const commit = () => {
    const parsed = parseKnob(knob, draft, t);
    setNotice(parsed.notice ?? null);
    setDraft(String(parsed.value));
    if (parsed.value !== value) onChange(parsed.value as number);
  };
  return (
    <div className="knob knob--seed" data-knob={knob.key}>
      <label htmlFor={id}>{knob.labelKey ? t(knob.labelKey) : knob.label}</label>
      <div className="knob__row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={knob.min}
          max={knob.max}
          step={1}
          value={draft}
          disabled={disabled}
          aria-invalid={notice ? true : undefined}
          aria-describedby={notice ? `${id}-notice` : undefined}
          onChange={(e) => {
            const raw = e.target.value;
            setDraft(raw);
            const parsed = parseKnob(knob, raw, t);
            // a whole number in range applies while typing; anything else waits for Enter or blur
            if (raw.trim() !== '' && !parsed.notice) {
              setNotice(null);
              if (parsed.value !== value) onChange(parsed.value as number);
            }
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
        <button
          type="button"
          className="button button--small"
          disabled={disabled}
          data-testid="new-seed"
          onClick={() => {
            setNotice(null);
            onChange(randomSeed(value));
          }}
        >
          {t('widget.newSeed')}
        </button>
      </div>
      {notice ? (
        <p id={`${id}-notice`} className="knob__notice" role="status">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
