'use client';

import { memo } from 'react';
import { KnobGroups, type KnobGroupSpec } from '@/components/widgets/shared/knob-group';
import type { KnobValue } from '@/lib/params/knobs';
import { TFM_KNOBS, validHeads, type TfmParams } from '@/lib/widgets/tiny-transformer/params';

const GROUPS: ReadonlyArray<KnobGroupSpec<keyof TfmParams>> = [
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
      <KnobGroups knobs={TFM_KNOBS} groups={GROUPS} params={params} locked={locked} onChange={onChange} stateOf={(key) => ({ values: key === 'heads' ? validHeads(params.dModel) : undefined })} />
    </div>
  );
});
