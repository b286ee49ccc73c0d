'use client';

import { useT } from '@/components/i18n/locale-context';
import { memo } from 'react';
import { KnobGroups, type KnobGroupSpec } from '@/components/widgets/shared/knob-group';
import { PresetGroup } from '@/components/widgets/shared/preset-group';
import type { KnobValue } from '@/lib/params/knobs';
import { MOE_KNOBS, MOE_PRESETS, type MoeParams } from '@/lib/widgets/moe-playground/params';

const GROUPS: ReadonlyArray<KnobGroupSpec<keyof MoeParams>> = [
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
  const t = useT();
  return (
    <div className="widget__controls">
      {!locked.has('preset') ? <PresetGroup presets={MOE_PRESETS} label={(p) => t(`moe.preset.${p.id}`)} story={(p) => t(`moe.preset.${p.id}.story`)} onPreset={onPreset} /> : null}
      <KnobGroups knobs={MOE_KNOBS} groups={GROUPS} params={params} locked={locked} onChange={onChange} stateOf={(key) => ({ max: key === 'k' ? params.experts : undefined })} />
    </div>
  );
});
