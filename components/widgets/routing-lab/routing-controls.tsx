'use client';

import { KnobGroups, type KnobGroupSpec } from '@/components/widgets/shared/knob-group';
import { PresetGroup } from '@/components/widgets/shared/preset-group';
import { useT } from '@/components/i18n/locale-context';
import type { KnobValue } from '@/lib/params/knobs';
import { ROUTING_KNOBS, ROUTING_PRESETS, type RoutingParams } from '@/lib/widgets/routing-lab/params';

type Key = keyof RoutingParams;

// γ and the step count live in the balancing panel, the model in the calculator.
const GROUPS: ReadonlyArray<KnobGroupSpec<Key>> = [
  { title: 'routing.group.routing', keys: ['mode', 'experts', 'k', 'capacity', 'p', 'renorm'] },
  { title: 'routing.group.variants', keys: ['shared', 'noise'] },
  { title: 'routing.group.tokens', keys: ['source', 'tokens', 'skew', 'seed'] },
];

/** Knobs that do nothing in the current mode are shown disabled, so the learner sees why. */
function isDisabled(key: Key, p: RoutingParams): boolean {
  if (key === 'k' || key === 'capacity') return p.mode === 'top-p';
  if (key === 'p') return p.mode !== 'top-p';
  if (key === 'renorm') return p.mode === 'expert-choice';
  return key === 'tokens' && p.source !== 'random';
}

/** The lab's knobs, generated from their declarations, plus story presets. Locked knobs are hidden. */
export function RoutingControls({
  params,
  onChange,
  onPreset,
  locked,
}: {
  params: RoutingParams;
  onChange: (key: Key, value: KnobValue) => void;
  onPreset: (values: Partial<RoutingParams>) => void;
  locked: ReadonlySet<string>;
}) {
  const t = useT();
  return (
    <div className="widget__controls">
      {!locked.has('preset') ? (
        <PresetGroup presets={ROUTING_PRESETS} label={(p) => t(`routing.preset.${p.id}`)} story={(p) => t(`routing.preset.${p.id}.story`)} onPreset={onPreset} />
      ) : null}
      <KnobGroups
        knobs={ROUTING_KNOBS}
        groups={GROUPS}
        params={params}
        locked={locked}
        onChange={onChange}
        stateOf={(key) => ({ max: key === 'k' ? params.experts : undefined, disabled: isDisabled(key, params) })}
      />
      {locked.size > 0 ? <p className="widget__status">{t('routing.lock.hidden')}</p> : null}
    </div>
  );
}
