'use client';

import { KnobControl } from '@/components/widgets/shared/knob-control';
import { t, type MessageKey } from '@/lib/i18n';
import type { KnobValue } from '@/lib/params/knobs';
import { ROUTING_KNOBS, ROUTING_PRESETS, type RoutingParams } from '@/lib/widgets/routing-lab/params';

type Key = keyof RoutingParams;

// γ and the step count live in the balancing panel, the model in the calculator.
const GROUPS: ReadonlyArray<{ title: MessageKey; keys: readonly Key[] }> = [
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
  return (
    <div className="widget__controls">
      {!locked.has('preset') ? (
        <fieldset>
          <legend>{t('widget.presets')}</legend>
          <div className="presets">
            {ROUTING_PRESETS.map((p) => (
              <button key={p.id} type="button" className="button button--small" title={t(`routing.preset.${p.id}.story`)} onClick={() => onPreset(p.values)}>
                {t(`routing.preset.${p.id}`)}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      {GROUPS.map((group) => {
        const knobs = ROUTING_KNOBS.filter((k) => group.keys.includes(k.key) && !locked.has(k.key));
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
                disabled={isDisabled(knob.key, params)}
                onChange={(v) => onChange(knob.key, v)}
              />
            ))}
          </fieldset>
        );
      })}
      {locked.size > 0 ? <p className="widget__status">{t('routing.lock.hidden')}</p> : null}
    </div>
  );
}
