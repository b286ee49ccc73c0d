'use client';

import { KnobGroups, type KnobGroupSpec } from '@/components/widgets/shared/knob-group';
import { PresetGroup } from '@/components/widgets/shared/preset-group';
import { useT } from '@/components/i18n/locale-context';
import type { KnobValue } from '@/lib/params/knobs';
import { ATTENTION_KNOBS, ATTENTION_PRESETS, type AttentionParams } from '@/lib/widgets/attention-explorer/params';

type Key = Exclude<keyof AttentionParams, 'text'>;

const GROUPS: ReadonlyArray<KnobGroupSpec<Key>> = [
  { title: 'attention.group.scores', keys: ['dk', 'scale', 'temp'] },
  { title: 'attention.group.masks', keys: ['causal', 'pad', 'padmask'] },
  { title: 'attention.group.model', keys: ['heads', 'seed'] },
];

/** The explorer's knobs, generated from their declarations, plus story presets. Locked knobs are hidden. */
export function AttentionControls({
  params,
  onChange,
  onPreset,
  locked,
}: {
  params: AttentionParams;
  onChange: (key: Key, value: KnobValue) => void;
  onPreset: (values: Partial<AttentionParams>) => void;
  locked: ReadonlySet<string>;
}) {
  const t = useT();
  return (
    <div className="widget__controls" data-testid="attention-controls">
      {!locked.has('preset') ? (
        <PresetGroup presets={ATTENTION_PRESETS} label={(p) => t(`attention.preset.${p.id}`)} story={(p) => t(`attention.preset.${p.id}.story`)} onPreset={onPreset} />
      ) : null}
      <KnobGroups
        knobs={ATTENTION_KNOBS}
        groups={GROUPS}
        params={params}
        locked={locked}
        onChange={onChange}
        stateOf={(key) => (key === 'padmask' ? { disabled: params.pad === 0, reason: t('attention.reason.padmask') } : {})}
      />
      {locked.size > 0 ? <p className="widget__status">{t('attention.lock.hidden')}</p> : null}
    </div>
  );
}
