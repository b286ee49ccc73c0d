'use client';

import { useT } from '@/components/i18n/locale-context';
import { memo } from 'react';
import { KnobGroups, type KnobGroupSpec } from '@/components/widgets/shared/knob-group';
import type { KnobValue } from '@/lib/params/knobs';
import { ENSEMBLE_KNOBS, knobUse, type EnsembleParams } from '@/lib/widgets/ensemble-lab/params';

const GROUPS: ReadonlyArray<KnobGroupSpec<keyof EnsembleParams>> = [
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
  const t = useT();
  return (
    <div className="widget__controls">
      <KnobGroups
        knobs={ENSEMBLE_KNOBS}
        groups={GROUPS}
        params={params}
        locked={locked}
        onChange={onChange}
        stateOf={(key) => {
          const use = knobUse(key, params.method, t);
          return { max: key === 'k' ? params.experts : undefined, disabled: !use.used, reason: use.used ? undefined : use.reason };
        }}
      />
    </div>
  );
});
