'use client';

import { memo } from 'react';
import { KnobGroups, type KnobGroupSpec } from '@/components/widgets/shared/knob-group';
import { PresetGroup } from '@/components/widgets/shared/preset-group';
import { useT } from '@/components/i18n/locale-context';
import type { KnobValue } from '@/lib/params/knobs';
import { D_MODEL_VALUES, GRANULARITY_VALUES, LM_KNOBS, LM_PRESETS, type LmKnobParams } from '@/lib/widgets/moe-lm/params';
import { LM_SHAPE_KEYS } from '@/lib/widgets/moe-lm/protocol';

type KnobKey = keyof LmKnobParams;

const GROUPS: ReadonlyArray<KnobGroupSpec<KnobKey>> = [
  { title: 'lm.group.start', keys: ['checkpoint'] },
  { title: 'lm.group.model', keys: ['layers', 'dModel', 'context', 'experts', 'k', 'shared', 'granularity'] },
  { title: 'lm.group.routing', keys: ['router', 'lambda', 'zloss', 'gamma', 'capacity', 'jitter'] },
  { title: 'lm.group.training', keys: ['lr', 'batch', 'seed'] },
];

const SHAPE = new Set<string>(LM_SHAPE_KEYS);

/**
 * The model's knobs, generated from the knob table, and the story presets. While a checkpoint
 * is chosen its shape is fixed: those knobs are disabled and say why. The layer shown is the
 * switch above the text, not a knob here. It takes the knobs without the text, so a keystroke in
 * the text box leaves it as it is.
 */
export const LmControls = memo(function LmControls({
  params,
  onChange,
  onPreset,
  locked,
}: {
  params: LmKnobParams;
  onChange: (key: KnobKey, value: KnobValue) => void;
  onPreset: (values: Partial<LmKnobParams>) => void;
  locked: ReadonlySet<string>;
}) {
  const t = useT();
  const fromCheckpoint = params.checkpoint !== 'scratch';
  return (
    <div className="widget__controls">
      {!locked.has('preset') ? <PresetGroup presets={LM_PRESETS} label={(p) => t(`lm.preset.${p.id}`)} story={(p) => t(`lm.preset.${p.id}.story`)} onPreset={onPreset} /> : null}
      <KnobGroups
        knobs={LM_KNOBS}
        groups={GROUPS}
        params={params}
        locked={locked}
        onChange={onChange}
        stateOf={(key) => {
          const disabled = fromCheckpoint && SHAPE.has(key);
          // one explanation, under the first of the fixed knobs
          const base = disabled ? { disabled, ...(key === 'layers' ? { reason: t('lm.shapeFixed') } : {}) } : {};
          if (key === 'k') return { ...base, max: params.experts };
          if (key === 'dModel') return { ...base, values: D_MODEL_VALUES };
          if (key === 'granularity') return { ...base, values: GRANULARITY_VALUES };
          if (key === 'gamma') return { disabled: params.router !== 'aux-free' };
          return base;
        }}
      />
    </div>
  );
});
