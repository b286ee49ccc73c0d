import { backOfEnvelope, ffnParameters, modelConfig, rooflineTime, type Envelope, type ModelConfig } from '@/lib/math';
import { t as english, type MessageKey } from '@/lib/i18n';
import type { Translate } from '@/lib/params/knobs';
import { formatParams, formatPlain, formatScientific, formatSeconds, formatSi } from './format';
import { figureLabelVars, tokenCount } from './labels';
import { gpu, type Gpu } from './gpus';
import { DTYPE_BYTES, type CalculatorParams } from './params';

/** One figure of the calculator: what it is, its value, and how it was obtained. */
export interface Figure {
  id: string;
  label: string;
  value: string;
  how: string;
}

export interface CalculatorView {
  model: ModelConfig;
  gpu: Gpu;
  envelope: Envelope;
  bound: 'memory' | 'compute';
  sections: ReadonlyArray<{ id: string; title: string; figures: Figure[] }>;
  /** the few figures that answer "what did that knob change" at a glance */
  headline: Figure[];
  /** the preset's numbers, each with where it comes from */
  facts: ReadonlyArray<{ label: string; value: string; source: string }>;
}

function attentionText(m: ModelConfig, t: Translate): string {
  const a = m.shape.attention;
  if (a.kind === 'mha') return t('calc.attn.mha');
  if (a.kind === 'gqa') return t('calc.attn.gqa', { heads: a.heads, kvHeads: a.kvHeads, headDim: a.headDim });
  return t('calc.attn.mla', { heads: a.heads, kvRank: a.kvRank, ropeDim: a.qkRopeDim, qRank: a.qRank });
}

function ffnText(m: ModelConfig, t: Translate): string {
  const s = m.shape;
  if (s.experts === 1) return t('calc.ffn.dense', { width: s.denseHidden, layers: s.layers });
  const dense = s.denseLayers > 0 ? t('calc.ffn.denseFirst', { n: s.denseLayers, width: s.denseHidden }) : '';
  const shared = s.sharedExperts > 0 ? t('calc.ffn.shared', { n: s.sharedExperts }) : '';
  return t('calc.ffn.moe', { shared, experts: s.experts, width: s.expertHidden, k: s.topK, dense });
}

const ADAM_DETAIL = { mixed: 'calc.how.adam.mixed', fp32: 'calc.how.adam.fp32', bf16: 'calc.how.adam.bf16' } as const satisfies Record<CalculatorParams['adam'], MessageKey>;
const KV_KIND = { released: 'calc.kv.released', mha: 'calc.kv.mha', mqa: 'calc.kv.mqa' } as const satisfies Record<CalculatorParams['attention'], MessageKey>;

/**
 * Everything the calculator shows for `p`, computed with lib/math; every label and sentence through
 * the page's `t` (English by default). The numbers are formatted the same in every language.
 */
export function calculatorView(p: CalculatorParams, t: Translate = english): CalculatorView {
  const model = modelConfig(p.model);
  const g = gpu(p.gpu);
  const bytes = DTYPE_BYTES[p.dtype];
  const e = backOfEnvelope(p.model, { context: p.context, batch: p.batch, bytes, attention: p.attention, trainingTokens: p.train * 1e12, adam: p.adam });
  const roof = rooflineTime(e.decode.flops, e.decode.bytes, g.peakFlops, g.bandwidth);
  const s = model.shape;
  const moe = e.params.moeLayers > 0;
  const kvName = t(KV_KIND[p.attention]);
  const expert = ffnParameters(s.dModel, s.expertHidden, s.ffn);
  const vars = (id: string) => figureLabelVars(p, g.name, id, t);
  const figure = (id: string, value: string, how: string): Figure => ({ id, label: t(`calc.figure.${id}` as MessageKey, vars(id)), value, how });
  const section = (id: string, figures: Figure[]) => ({ id, title: t(`calc.section.${id}` as MessageKey), figures });
  const batchTokens = tokenCount(p.batch, t);
  const sections = [
    section('params', [
      figure('total', formatParams(e.params.total), t('calc.how.total', { embeddings: formatParams(e.params.embeddings), attention: formatParams(e.params.attention), published: formatParams(model.published.total) })),
      figure(
        'active',
        formatParams(e.params.active),
        moe
          ? t('calc.how.active.moe', {
              k: s.topK,
              experts: s.experts,
              shared: s.sharedExperts ? t('calc.how.active.shared', { n: s.sharedExperts }) : '',
              without: formatParams(e.params.activeWithoutLookup),
              published: formatParams(model.published.active),
            })
          : t('calc.how.active.dense'),
      ),
    ]),
    section('compute', [
      figure('flops-token', formatSi(e.flopsPerToken.total, 'FLOP'), t('calc.how.flops-token', { active: formatParams(e.params.activeWithoutLookup), weights: formatSi(e.flopsPerToken.weights, 'FLOP'), context: p.context, attention: formatSi(e.flopsPerToken.attention, 'FLOP') })),
      figure('training', formatScientific(e.trainingFlops, 'FLOP'), t('calc.how.training', { active: formatParams(e.params.activeWithoutLookup), train: formatPlain(p.train) })),
    ]),
    section('memory', [
      figure('weights', formatSi(e.params.total * bytes, 'B'), t('calc.how.weights', { total: formatParams(e.params.total), bytes })),
      figure('adam', formatSi(e.adam.total, 'B'), t('calc.how.adam', { perParam: e.adam.bytesPerParam, detail: t(ADAM_DETAIL[p.adam]) })),
      figure('kv-token', formatSi(e.kvBytesPerToken, 'B'), t('calc.how.kv-token', { kind: kvName, elements: e.kvBytesPerToken / bytes, bytes, layers: s.layers })),
      figure('kv-total', formatSi(e.kvBytes, 'B'), t('calc.how.kv-total')),
    ]),
    section('decode', [
      figure(
        'decode-bytes',
        formatSi(e.decode.bytes, 'B'),
        t('calc.how.decode-bytes', {
          weights: formatSi(e.decode.weightBytes, 'B'),
          experts: moe ? t('calc.how.decode-bytes.experts', { touched: formatPlain(e.decode.expertsTouched), experts: s.experts, tokens: batchTokens }) : '',
          kv: formatSi(e.decode.kvBytes, 'B'),
        }),
      ),
      figure('intensity', `${formatPlain(e.decode.intensity)} FLOP/B`, t('calc.how.intensity', { flops: formatSi(e.decode.flops, 'FLOP'), bytes: formatSi(e.decode.bytes, 'B'), gpu: g.name, ridge: formatPlain(roof.ridge) })),
      figure('step-time', formatSeconds(roof.seconds), t(roof.bound === 'memory' ? 'calc.how.step-time.memory' : 'calc.how.step-time.compute', { peak: formatSi(g.peakFlops, 'FLOP/s'), bandwidth: formatSi(g.bandwidth, 'B/s') })),
    ]),
    ...(e.allToAll
      ? [
          section('a2a', [
            figure('a2a-decode', formatSi(e.allToAll.decode.total, 'B'), t('calc.how.a2a-decode', { tokens: batchTokens, k: s.topK, d: s.dModel, bytes })),
            figure('a2a-prefill', formatSi(e.allToAll.prefill.total, 'B'), t('calc.how.a2a-prefill', { layers: e.params.moeLayers, expert: formatParams(expert) })),
          ]),
        ]
      : []),
  ];
  // the sources are citations (paper, config file, datasheet): they stay as written
  const facts = [
    { label: t('calc.fact.shape'), value: t('calc.fact.shape.value', { layers: s.layers, width: s.dModel, vocab: s.vocab, attention: attentionText(model, t), ffn: ffnText(model, t) }), source: model.sources.shape },
    { label: t('calc.fact.context'), value: t('calc.fact.context.value', { n: model.context }), source: model.sources.context },
    { label: t('calc.fact.trainingTokens'), value: model.trainingTokens === null ? t('calc.fact.trainingTokens.none') : `${formatPlain(model.trainingTokens / 1e12)}T`, source: model.sources.trainingTokens },
    { label: t('calc.fact.published'), value: t('calc.fact.published.value', { total: formatParams(model.published.total), active: formatParams(model.published.active) }), source: model.sources.published },
    { label: t('calc.fact.gpu'), value: t('calc.fact.gpu.value', { name: g.name, peak: formatSi(g.peakFlops, 'FLOP/s'), bandwidth: formatSi(g.bandwidth, 'B/s') }), source: g.source },
  ];
  const all = sections.flatMap((sec) => sec.figures);
  // short labels: on a phone these stay pinned above the knobs
  const short = ['active', 'kv-total', 'decode-bytes', 'intensity', 'step-time'];
  const headline = short.map((id) => ({ ...all.find((f) => f.id === id)!, label: t(`calc.headline.${id}` as MessageKey, vars(id)) }));
  return { model, gpu: g, envelope: e, bound: roof.bound, sections, headline, facts };
}
