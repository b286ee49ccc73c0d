'use client';

import { type MessageKey } from '@/lib/i18n';
import { useT } from '@/components/i18n/locale-context';
import type { Knob, KnobValue } from '@/lib/params/knobs';
import { KnobControl } from './knob-control';

/** One titled fieldset of a widget's controls: which knobs of its table it shows, in table order. */
export interface KnobGroupSpec<Key extends string> {
  title: MessageKey;
  keys: readonly Key[];
}

/** What one knob's control needs besides its value, from the widget's current state (K ≤ N, a knob the mode ignores …). */
export interface KnobState {
  /** Overrides the declared maximum. */
  max?: number;
  /** The only values an int knob may take. */
  values?: readonly number[];
  disabled?: boolean;
  /** Shown under the control while it is disabled. */
  reason?: string;
}

/**
 * A widget's knobs as titled fieldsets, each control generated from its declaration; locked knobs
 * are hidden and a group left with none is not drawn. Every widget's controls are this loop.
 */
export function KnobGroups<Key extends string>({
  knobs,
  groups,
  params,
  locked,
  onChange,
  stateOf,
}: {
  knobs: ReadonlyArray<Knob & { key: Key }>;
  groups: ReadonlyArray<KnobGroupSpec<Key>>;
  params: { readonly [P in Key]: KnobValue };
  locked: ReadonlySet<string>;
  onChange: (key: Key, value: KnobValue) => void;
  stateOf?: (key: Key) => KnobState;
}) {
  const t = useT();
  return groups.map((group) => {
    const shown = knobs.filter((k) => group.keys.includes(k.key) && !locked.has(k.key));
    if (shown.length === 0) return null;
    return (
      <fieldset key={group.title}>
        <legend>{t(group.title)}</legend>
        {shown.map((knob) => (
          <KnobControl key={knob.key} knob={knob} value={params[knob.key]} {...stateOf?.(knob.key)} onChange={(v) => onChange(knob.key, v)} />
        ))}
      </fieldset>
    );
  });
}
