'use client';

import { memo } from 'react';
import { KnobControl } from '@/components/widgets/shared/knob-control';
import { t, type MessageKey } from '@/lib/i18n';
import type { KnobValue } from '@/lib/params/knobs';
import { MOE_KNOBS, MOE_PRESETS, type MoeParams } from '@/lib/widgets/moe-playground/params';

const GROUPS: ReadonlyArray<{ title: MessageKey; keys: ReadonlyArray<keyof MoeParams> }> = [
  { title: 'moe.group.model', keys: ['dataset', 'experts', 'k', 'hidden'] },
  { title: 'moe.group.balancing', keys: ['lambda', 'capacity', 'noise', 'renorm', 'zloss'] },
  { title: 'moe.group.training', keys: ['lr', 'batch', 'seed'] },
];

/** The playground's knobs, generated from their declarations, plus story presets. Locked knobs are hidden. */
export const MoeControls = memo(function MoeControls({
  params,
  onChange,
  onPreset,
  locked,
}: {
  params: MoeParams;
  onChange: (key: keyof MoeParams, value: KnobValue) => void;
  onPreset: (values: Partial<MoeParams>) => void;
  locked: ReadonlySet<string>;
}) {
  return (
    <div className="widget__controls">
      {!locked.has('preset') ? (
        <fieldset>
          <legend>{t('widget.presets')}</legend>
          <div className="presets">
            {MOE_PRESETS.map((p) => (
              <button key={p.id} type="button" className="button button--small" title={p.story} onClick={() => onPreset(p.values)}>
                {p.label}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      {GROUPS.map((group) => {
        const knobs = MOE_KNOBS.filter((k) => group.keys.includes(k.key) && !locked.has(k.key));
        if (knobs.length === 0) return null;
        return (
          <fieldset key={group.title}>
            <legend>{t(group.title)}</legend>
            {knobs.map((knob) => (
              <KnobControl
                key={knob.key}
                knob={knob}
                value={params[knob.key]}
                max={knob.key === 'k' ? params.experts : undefined}
                onChange={(v) => onChange(knob.key, v)}
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
});
