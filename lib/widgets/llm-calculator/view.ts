import { backOfEnvelope, ffnParameters, modelConfig, rooflineTime, type Envelope, type ModelConfig } from '@/lib/math';
import { formatParams, formatPlain, formatScientific, formatSeconds, formatSi, plural } from './format';
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

function attentionText(m: ModelConfig): string {
  const a = m.shape.attention;
  if (a.kind === 'mha') return 'MHA';
  if (a.kind === 'gqa') return `GQA: ${a.heads} query heads, ${a.kvHeads} K/V heads of size ${a.headDim}`;
  return `MLA: ${a.heads} heads; cached per layer: a ${a.kvRank}-wide K/V latent + a ${a.qkRopeDim}-wide RoPE key; query rank ${a.qRank}`;
}

function ffnText(m: ModelConfig): string {
  const s = m.shape;
  if (s.experts === 1) return `dense SwiGLU, width ${s.denseHidden}, all ${s.layers} layers`;
  const dense = s.denseLayers > 0 ? `; first ${s.denseLayers} layers dense SwiGLU of width ${s.denseHidden}` : '';
  const shared = s.sharedExperts > 0 ? `${s.sharedExperts} shared + ` : '';
  return `${shared}${s.experts} routed SwiGLU experts of width ${s.expertHidden}, top-${s.topK}${dense}`;
}

/** Everything the calculator shows for `p`, computed with lib/math. */
export function calculatorView(p: CalculatorParams): CalculatorView {
  const model = modelConfig(p.model);
  const g = gpu(p.gpu);
  const bytes = DTYPE_BYTES[p.dtype];
  const e = backOfEnvelope(p.model, { context: p.context, batch: p.batch, bytes, attention: p.attention, trainingTokens: p.train * 1e12, adam: p.adam });
  const roof = rooflineTime(e.decode.flops, e.decode.bytes, g.peakFlops, g.bandwidth);
  const s = model.shape;
  const moe = e.params.moeLayers > 0;
  const kvName = p.attention === 'released' ? 'as released' : p.attention === 'mha' ? 'if every query head had its own K/V head' : 'with a single K/V head (MQA)';
  const expert = ffnParameters(s.dModel, s.expertHidden, s.ffn);
  const sections = [
    {
      id: 'params',
      title: 'Parameters',
      figures: [
        { id: 'total', label: 'Total (stored)', value: formatParams(e.params.total), how: `embeddings ${formatParams(e.params.embeddings)} + attention ${formatParams(e.params.attention)} + FFN/experts; published ${formatParams(model.published.total)}` },
        { id: 'active', label: 'Active per token', value: formatParams(e.params.active), how: moe ? `top-${s.topK} of ${s.experts} routed experts${s.sharedExperts ? ` + ${s.sharedExperts} shared` : ''}, input lookup counted; without it ${formatParams(e.params.activeWithoutLookup)}; published ${formatParams(model.published.active)}` : 'dense: every weight is used for every token' },
      ],
    },
    {
      id: 'compute',
      title: 'Compute',
      figures: [
        { id: 'flops-token', label: 'Forward FLOPs per token', value: formatSi(e.flopsPerToken.total, 'FLOP'), how: `2 × ${formatParams(e.params.activeWithoutLookup)} active weights = ${formatSi(e.flopsPerToken.weights, 'FLOP')}, + attention over ${p.context} tokens ${formatSi(e.flopsPerToken.attention, 'FLOP')}` },
        { id: 'training', label: 'Training compute 6·N·D', value: formatScientific(e.trainingFlops, 'FLOP'), how: `6 × ${formatParams(e.params.activeWithoutLookup)} × ${formatPlain(p.train)}T tokens` },
      ],
    },
    {
      id: 'memory',
      title: 'Memory',
      figures: [
        { id: 'weights', label: `Weights in ${p.dtype}`, value: formatSi(e.params.total * bytes, 'B'), how: `${formatParams(e.params.total)} × ${bytes} B — all experts, not only the active ones` },
        { id: 'adam', label: 'Adam training state', value: formatSi(e.adam.total, 'B'), how: `${e.adam.bytesPerParam} B per parameter (${p.adam === 'mixed' ? 'bf16 weights and gradients + fp32 master, momentum, variance' : p.adam === 'fp32' ? 'fp32 weights, gradients and both moments' : 'everything in bf16'}); activations not counted` },
        { id: 'kv-token', label: 'KV cache per token', value: formatSi(e.kvBytesPerToken, 'B'), how: `${kvName}: ${e.kvBytesPerToken / bytes} elements × ${bytes} B over ${s.layers} layers` },
        { id: 'kv-total', label: `KV cache, ${p.batch} × ${p.context} tokens`, value: formatSi(e.kvBytes, 'B'), how: 'per token × context × batch' },
      ],
    },
    {
      id: 'decode',
      title: 'One decode step',
      figures: [
        { id: 'decode-bytes', label: 'Bytes read per step', value: formatSi(e.decode.bytes, 'B'), how: `weights ${formatSi(e.decode.weightBytes, 'B')}${moe ? ` (≈ ${formatPlain(e.decode.expertsTouched)} of ${s.experts} experts per layer touched by ${plural(p.batch, 'token')}, uniform routing)` : ''} + KV cache ${formatSi(e.decode.kvBytes, 'B')}` },
        { id: 'intensity', label: 'Arithmetic intensity', value: `${formatPlain(e.decode.intensity)} FLOP/B`, how: `${formatSi(e.decode.flops, 'FLOP')} / ${formatSi(e.decode.bytes, 'B')}; the ${g.name} ridge is ${formatPlain(roof.ridge)} FLOP/B` },
        { id: 'step-time', label: `Roofline time on one ${g.name}`, value: formatSeconds(roof.seconds), how: `${roof.bound}-bound: max(FLOPs / ${formatSi(g.peakFlops, 'FLOP/s')}, bytes / ${formatSi(g.bandwidth, 'B/s')}); a lower bound, weights assumed to fit` },
      ],
    },
    ...(e.allToAll
      ? [
          {
            id: 'a2a',
            title: 'Expert parallelism (per MoE layer)',
            figures: [
              { id: 'a2a-decode', label: `All-to-all, decode step (${plural(p.batch, 'token')})`, value: formatSi(e.allToAll.decode.total, 'B'), how: `dispatch + combine = 2 × ${plural(p.batch, 'token')} × k ${s.topK} × d ${s.dModel} × ${bytes} B` },
              { id: 'a2a-prefill', label: `All-to-all, prefill (${plural(p.batch * p.context, 'token')})`, value: formatSi(e.allToAll.prefill.total, 'B'), how: `every assignment counted, local ones too (an upper bound); × ${e.params.moeLayers} MoE layers per forward pass; one expert holds ${formatParams(expert)}` },
            ],
          },
        ]
      : []),
  ];
  const facts = [
    { label: 'Shape', value: `${s.layers} layers, width ${s.dModel}, vocabulary ${s.vocab}; ${attentionText(model)}; ${ffnText(model)}`, source: model.sources.shape },
    { label: 'Context', value: `${model.context} tokens`, source: model.sources.context },
    { label: 'Training tokens', value: model.trainingTokens === null ? 'not published' : `${formatPlain(model.trainingTokens / 1e12)}T`, source: model.sources.trainingTokens },
    { label: 'Published size', value: `${formatParams(model.published.total)} total / ${formatParams(model.published.active)} active`, source: model.sources.published },
    { label: 'Accelerator', value: `${g.name}: ${formatSi(g.peakFlops, 'FLOP/s')} dense BF16, ${formatSi(g.bandwidth, 'B/s')}`, source: g.source },
  ];
  const all = sections.flatMap((section) => section.figures);
  // short labels: on a phone these stay pinned above the knobs
  const short: ReadonlyArray<[string, string]> = [
    ['active', 'Active per token'],
    ['kv-total', 'KV cache'],
    ['decode-bytes', 'Read per step'],
    ['intensity', 'Intensity'],
    ['step-time', `Step ≥ (${g.name})`],
  ];
  const headline = short.map(([id, label]) => ({ ...all.find((f) => f.id === id)!, label }));
  return { model, gpu: g, envelope: e, bound: roof.bound, sections, headline, facts };
}
