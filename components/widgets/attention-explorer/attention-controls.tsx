'use client';

import { KnobControl } from '@/components/widgets/shared/knob-control';
import { t, type MessageKey } from '@/lib/i18n';
import type { KnobValue } from '@/lib/params/knobs';
import { ATTENTION_KNOBS, ATTENTION_PRESETS, type AttentionParams } from '@/lib/widgets/attention-explorer/params';

type Key = Exclude<keyof AttentionParams, 'text'>;

const GROUPS: ReadonlyArray<{ title: MessageKey; keys: readonly Key[] }> = [
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
  return (
    <div className="widget__controls" data-testid="attention-controls">
      {!locked.has('preset') ? (
        <fieldset>
          <legend>{t('widget.presets')}</legend>
          <div className="presets">
            {ATTENTION_PRESETS.map((p) => (
              <button key={p.id} type="button" className="button button--small" title={t(`attention.preset.${p.id}.story`)} onClick={() => onPreset(p.values)}>
                {t(`attention.preset.${p.id}`)}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      {GROUPS.map((group) => {
        const knobs = ATTENTION_KNOBS.filter((k) => group.keys.includes(k.key) && !locked.has(k.key));
        if (knobs.length === 0) return null;
        return (
          <fieldset key={group.title}>
            <legend>{t(group.title)}</legend>
            {knobs.map((knob) => (
              <KnobControl
                key={knob.key}
                knob={knob}
                value={params[knob.key]}
                disabled={knob.key === 'padmask' && params.pad === 0}
                reason={knob.key === 'padmask' ? t('attention.reason.padmask') : undefined}
                onChange={(v) => onChange(knob.key, v)}
              />
            ))}
          </fieldset>
        );
      })}
      {locked.size > 0 ? <p className="widget__status">{t('attention.lock.hidden')}</p> : null}
    </div>
  );
}
