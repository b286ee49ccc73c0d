'use client';

import { memo } from 'react';
import { KnobControl } from '@/components/widgets/shared/knob-control';
import { t, type MessageKey } from '@/lib/i18n';
import type { KnobValue } from '@/lib/params/knobs';
import { ENSEMBLE_KNOBS, knobUse, type EnsembleParams } from '@/lib/widgets/ensemble-lab/params';

const GROUPS: ReadonlyArray<{ title: MessageKey; keys: ReadonlyArray<keyof EnsembleParams> }> = [
  { title: 'ens.group.ensemble', keys: ['method', 'members', 'combiner', 'hidden', 'depth'] },
  { title: 'ens.group.data', keys: ['dataset', 'noise', 'seed'] },
  { title: 'ens.group.compare', keys: ['experts', 'k'] },
];

/** The lab's knobs, generated from their declarations; locked knobs are hidden, knobs the method ignores disabled with the reason. */
export const EnsembleControls = memo(function EnsembleControls({
  params,
  onChange,
  locked,
}: {
  params: EnsembleParams;
  onChange: (key: keyof EnsembleParams, value: KnobValue) => void;
  locked: ReadonlySet<string>;
}) {
  return (
    <div className="widget__controls">
      {GROUPS.map((group) => {
        const knobs = ENSEMBLE_KNOBS.filter((k) => group.keys.includes(k.key) && !locked.has(k.key));
        if (knobs.length === 0) return null;
        return (
          <fieldset key={group.title}>
            <legend>{t(group.title)}</legend>
            {knobs.map((knob) => {
              const use = knobUse(knob.key, params.method);
              return (
                <KnobControl
                  key={knob.key}
                  knob={knob}
                  value={params[knob.key]}
                  max={knob.key === 'k' ? params.experts : undefined}
                  disabled={!use.used}
                  reason={use.used ? undefined : use.reason}
                  onChange={(v) => onChange(knob.key, v)}
                />
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
});
