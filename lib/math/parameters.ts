import { checkInteger } from './validate';

/**
 * The attention block's projections (biases and norms not counted):
 * `mha` — Q, K, V, O each d × d; `gqa` — grouped-query attention with `kvHeads` key/value heads;
 * `mla` — DeepSeek's multi-head latent attention (low-rank Q and joint low-rank K/V, decoupled RoPE).
 */
export type AttentionShape =
  | { kind: 'mha' }
  | { kind: 'gqa'; heads: number; kvHeads: number; headDim: number }
  | { kind: 'mla'; heads: number; qRank: number; kvRank: number; qkNopeDim: number; qkRopeDim: number; vDim: number };

/** A Transformer's shape, as far as parameter counts go; every count is per model. */
export interface ModelShape {
  /** blocks that hold an FFN (encoder + decoder blocks for an encoder–decoder model) */
  layers: number;
  /** blocks with one extra (cross-)attention block: the decoder blocks of an encoder–decoder model */
  crossAttentionLayers: number;
  dModel: number;
  vocab: number;
  /** the output projection reuses the input embedding matrix */
  tiedEmbeddings: boolean;
  attention: AttentionShape;
  /** SwiGLU/GLU: 3 matrices (gate, up, down); ReLU FFN: 2 */
  ffn: 'swiglu' | 'relu';
  /** hidden size of one routed (and one shared) expert */
  expertHidden: number;
  /** hidden size of a dense FFN block */
  denseHidden: number;
  /** routed experts per MoE block */
  experts: number;
  /** always-active shared experts per MoE block (DeepSeekMoE) */
  sharedExperts: number;
  /** routed experts active per token */
  topK: number;
  /** leading blocks with a dense FFN (DeepSeek: the first layers) */
  denseLayers: number;
  /** after the leading dense blocks, every `moeEvery`-th block is MoE (1: all; 2: every other, GShard/Switch) */
  moeEvery: number;
}

/** Parameters by part; `total` is stored, `active` is used per token (both embeddings counted). */
export interface ParameterCount {
  embeddings: number;
  attention: number;
  denseFfn: number;
  routedExperts: number;
  activeRoutedExperts: number;
  sharedExperts: number;
  router: number;
  moeLayers: number;
  denseLayers: number;
  total: number;
  active: number;
  /** active minus the input-embedding table, which is a lookup (no multiply-adds) */
  activeWithoutLookup: number;
}

/**
 * Weights of one attention block of width d.
 *
 * MHA: $4d^2$. GQA: $d\,h d_h$ (Q) $+ 2\,d\,h_{kv} d_h$ (K, V) $+ h d_h\, d$ (O).
 * MLA: $d\,r_q + r_q\,h(d_{nope}+d_{rope})$ (Q) $+ d\,(r_{kv}+d_{rope}) + r_{kv}\,h(d_{nope}+d_v)$ (K, V) $+ h d_v\, d$ (O);
 * with $r_q = 0$ the query is a full $d \times h(d_{nope}+d_{rope})$ projection.
 * Sources: Vaswani et al. 2017 (arXiv:1706.03762); Ainslie et al. 2023, GQA (arXiv:2305.13245);
 * DeepSeek-V2 (arXiv:2405.04434), §2.1.
 */
export function attentionParameters(dModel: number, a: AttentionShape): number {
  checkInteger(dModel, 'dModel', 1);
  if (a.kind === 'mha') return 4 * dModel * dModel;
  if (a.kind === 'gqa') {
    checkInteger(a.heads, 'attention.heads', 1);
    checkInteger(a.kvHeads, 'attention.kvHeads', 1, a.heads);
    checkInteger(a.headDim, 'attention.headDim', 1);
    return 2 * dModel * a.heads * a.headDim + 2 * dModel * a.kvHeads * a.headDim;
  }
  checkInteger(a.heads, 'attention.heads', 1);
  checkInteger(a.qRank, 'attention.qRank', 0);
  for (const key of ['kvRank', 'qkNopeDim', 'qkRopeDim', 'vDim'] as const) checkInteger(a[key], `attention.${key}`, 1);
  const qkDim = a.heads * (a.qkNopeDim + a.qkRopeDim);
  const query = a.qRank === 0 ? dModel * qkDim : dModel * a.qRank + a.qRank * qkDim;
  const keyValue = dModel * (a.kvRank + a.qkRopeDim) + a.kvRank * a.heads * (a.qkNopeDim + a.vDim);
  return query + keyValue + a.heads * a.vDim * dModel;
}

/**
 * Weights of one FFN (one expert) of width d and hidden size $d_{ff}$, biases not counted:
 * SwiGLU $3\,d\,d_{ff}$ (Shazeer 2020, arXiv:2002.05202), ReLU $2\,d\,d_{ff}$ (Vaswani et al. 2017).
 */
export function ffnParameters(dModel: number, hidden: number, kind: 'swiglu' | 'relu'): number {
  checkInteger(dModel, 'dModel', 1);
  checkInteger(hidden, 'hidden', 1);
  return (kind === 'swiglu' ? 3 : 2) * dModel * hidden;
}

/**
 * Total and per-token active parameters of a (MoE) Transformer; norms, biases and position
 * tables are ignored (well under 0.1% for the models here).
 *
 * $$P_{total} = P_{emb} + L_{att} P_{att} + L_{dense} P_{ffn}(d_{dense}) + L_{moe}\big((N + N_s) P_{ffn}(d_e) + dN\big)$$
 * $$P_{active} = P_{emb} + L_{att} P_{att} + L_{dense} P_{ffn}(d_{dense}) + L_{moe}\big((K + N_s) P_{ffn}(d_e) + dN\big)$$
 *
 * with $P_{emb} = Vd$ (tied) or $2Vd$, $L_{att}$ = layers + cross-attention layers, and the router
 * $d \times N$ per MoE block. The input embedding is a lookup but is counted as active, as in
 * Mistral's 12.9B for Mixtral. Sources: Jiang et al. 2024 (arXiv:2401.04088); Dai et al. 2024
 * (arXiv:2401.06066); Fedus et al. 2021 (arXiv:2101.03961).
 */
export function countParameters(m: ModelShape): ParameterCount {
  checkInteger(m.layers, 'layers', 1);
  checkInteger(m.crossAttentionLayers, 'crossAttentionLayers', 0, m.layers);
  checkInteger(m.vocab, 'vocab', 1);
  checkInteger(m.experts, 'experts', 1);
  checkInteger(m.sharedExperts, 'sharedExperts', 0);
  checkInteger(m.topK, 'topK', 1, m.experts);
  checkInteger(m.denseLayers, 'denseLayers', 0, m.layers);
  checkInteger(m.moeEvery, 'moeEvery', 1);
  const d = m.dModel;
  const moeLayers = Math.floor((m.layers - m.denseLayers) / m.moeEvery);
  const denseLayers = m.layers - moeLayers;
  const expert = ffnParameters(d, m.expertHidden, m.ffn);
  const embeddings = (m.tiedEmbeddings ? 1 : 2) * m.vocab * d;
  const attention = (m.layers + m.crossAttentionLayers) * attentionParameters(d, m.attention);
  const denseFfn = denseLayers === 0 ? 0 : denseLayers * ffnParameters(d, m.denseHidden, m.ffn);
  const routedExperts = moeLayers * m.experts * expert;
  const activeRoutedExperts = moeLayers * m.topK * expert;
  const sharedExperts = moeLayers * m.sharedExperts * expert;
  const router = moeLayers * d * m.experts;
  const common = embeddings + attention + denseFfn + sharedExperts + router;
  return {
    embeddings,
    attention,
    denseFfn,
    routedExperts,
    activeRoutedExperts,
    sharedExperts,
    router,
    moeLayers,
    denseLayers,
    total: common + routedExperts,
    active: common + activeRoutedExperts,
    activeWithoutLookup: common + activeRoutedExperts - m.vocab * d,
  };
}
