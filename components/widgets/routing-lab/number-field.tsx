'use client';

import { useId, useState } from 'react';

/**
 * An integer input that applies every parsable keystroke and shows what was typed while focused,
 * then the value actually used (rounded and clamped) once focus leaves.
 */
export function NumberField({ label, value, min, max, onCommit }: { label: string; value: number; min: number; max: number; onCommit: (raw: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="knob calc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft ?? String(value)}
        onFocus={() => setDraft(String(value))}
        onChange={(e) => {
          setDraft(e.target.value);
          onCommit(e.target.value);
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  );
}
