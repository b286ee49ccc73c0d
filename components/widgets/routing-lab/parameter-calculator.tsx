'use client';

import { useMemo, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { countParameters, type AttentionShape } from '@/lib/math';
import { CALCULATOR_FIELDS, editShape } from '@/lib/widgets/routing-lab/calculator';
import { formatCount } from '@/lib/widgets/routing-lab/format';
import { MODEL_PRESETS, modelPreset, type ModelPreset } from '@/lib/widgets/routing-lab/model-presets';
import { CalculatorBreakdown } from './calculator-breakdown';
import { NumberField } from './number-field';

type Translate = ReturnType<typeof useT>;

function describeAttention(a: AttentionShape, t: Translate): string {
  if (a.kind === 'mha') return t('routing.calc.attention.mha');
  if (a.kind === 'gqa') return t('routing.calc.attention.gqa', { heads: a.heads, kv: a.kvHeads, dim: a.headDim });
  return t('routing.calc.attention.mla', { heads: a.heads, q: a.qRank, kv: a.kvRank });
}

/** Total vs active parameters of a model shape (lib/math countParameters), from presets the learner can edit. */
export function ParameterCalculator({ model, onModel }: { model: ModelPreset['id']; onModel: (id: ModelPreset['id']) => void }) {
  const t = useT();
  const preset = modelPreset(model);
  const [shape, setShape] = useState(preset.shape);
  const edited = JSON.stringify(shape) !== JSON.stringify(preset.shape);
  const count = useMemo(() => countParameters(shape), [shape]);
  return (
    <section className="panel calculator" aria-labelledby="calculator-title" data-testid="calculator">
      <h2 id="calculator-title">{t('routing.calc.title')}</h2>
      <p>{t('routing.calc.lead')}</p>
      <div className="presets" role="group" aria-label={t('routing.calc.models')}>
        {MODEL_PRESETS.map((p) => (
          <button key={p.id} type="button" className="button button--small" aria-pressed={p.id === model && !edited} onClick={() => (p.id === model ? setShape(p.shape) : onModel(p.id))}>
            {p.name}
          </button>
        ))}
      </div>
      <div className="calculator__body">
        <div className="calculator__fields">
          {CALCULATOR_FIELDS.map((f) => (
            <NumberField key={f.key} label={t(`routing.calc.field.${f.key}`)} value={shape[f.key]} min={f.min} max={f.max} onCommit={(raw) => setShape(editShape(shape, f.key, raw))} />
          ))}
        </div>
        <div className="calculator__result">
          <p className="calculator__headline" role="status">
            <span>
              {t('routing.calc.total')} <b>{formatCount(count.total)}</b>
            </span>
            <span>
              {t('routing.calc.active')} <b>{formatCount(count.active)}</b>
            </span>
          </p>
          <CalculatorBreakdown count={count} />
          <ul className="calculator__notes">
            <li>{describeAttention(shape.attention, t)}</li>
            <li>{t('routing.calc.ffn', { kind: t(`routing.calc.ffn.${shape.ffn}`) })}</li>
            <li>{t('routing.calc.tied', { kind: t(shape.tiedEmbeddings ? 'routing.calc.tied.yes' : 'routing.calc.tied.no') })}</li>
            {shape.crossAttentionLayers > 0 ? <li>{t('routing.calc.cross', { n: shape.crossAttentionLayers })}</li> : null}
            <li>{t('routing.calc.layers', { moe: count.moeLayers, dense: count.denseLayers })}</li>
          </ul>
          {edited ? (
            <p className="notice">{t('routing.calc.edited', { name: preset.name })}</p>
          ) : (
            <p data-testid="calc-published">
              {t('routing.calc.published', { total: formatCount(preset.published.total), active: formatCount(preset.published.active), source: preset.source })}
            </p>
          )}
          <p className="widget__status">{t(`routing.calc.note.${preset.id}`)}</p>
          <p className="widget__status">{t('routing.calc.ignored')}</p>
        </div>
      </div>
    </section>
  );
}
