'use client';

import { memo } from 'react';
import { KnobControl } from '@/components/widgets/shared/knob-control';
import { t, type MessageKey } from '@/lib/i18n';
import type { KnobValue } from '@/lib/params/knobs';
import { TFM_KNOBS, validHeads, type TfmParams } from '@/lib/widgets/tiny-transformer/params';

const GROUPS: ReadonlyArray<{ title: MessageKey; keys: ReadonlyArray<keyof TfmParams> }> = [
  { title: 'tfm.group.task', keys: ['task', 'length'] },
  { title: 'tfm.group.model', keys: ['layers', 'heads', 'dModel'] },
  { title: 'tfm.group.training', keys: ['lr', 'seed'] },
];

/** The Tiny Transformer's knobs, generated from their declarations; locked knobs are hidden. */
export const TfmControls = memo(function TfmControls({
  params,
  onChange,
  locked,
}: {
  params: TfmParams;
  onChange: (key: keyof TfmParams, value: KnobValue) => void;
  locked: ReadonlySet<string>;
}) {
  return (
    <div className="widget__controls">
      {GROUPS.map((group) => {
        const knobs = TFM_KNOBS.filter((k) => group.keys.includes(k.key) && !locked.has(k.key));
        if (knobs.length === 0) return null;
        return (
          <fieldset key={group.title}>
            <legend>{t(group.title)}</legend>
            {knobs.map((knob) => (
              <KnobControl
                key={knob.key}
                knob={knob}
                value={params[knob.key]}
                values={knob.key === 'heads' ? validHeads(params.dModel) : undefined}
                onChange={(v) => onChange(knob.key, v)}
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
});
